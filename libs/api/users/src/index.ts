export * from './lib/dto/user.dto';
export * from './lib/password.service';
export * from './lib/user.entity';
export * from './lib/users.module';
export * from './lib/users.service';
