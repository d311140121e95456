export { USER_FIELDS, UsersStore, type UserFilter, type UserView } from './lib/users.store';
export { UserSecurityApi } from './lib/user-security.api';
