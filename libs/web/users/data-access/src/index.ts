export {
  USER_FIELDS,
  UsersStore,
  type CreateUser,
  type UpdateUser,
  type UserFilter,
  type UserView,
} from './lib/users.store';
