import type { Role } from './roles';

// Request bodies of /users: the API's DTOs implement them and the client sends them.

export interface CreateUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: string;
}

export interface UpdateUser extends Partial<Omit<CreateUser, 'username'>> {
  active?: boolean;
}
