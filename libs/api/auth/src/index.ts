export * from './lib/auth-purge.service';
export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/login-throttle.entity';
export * from './lib/refresh-token.entity';
