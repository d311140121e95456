export * from './lib/roles';
export * from './lib/units';
export * from './lib/auth';
export * from './lib/pagination';
export * from './lib/codes';
