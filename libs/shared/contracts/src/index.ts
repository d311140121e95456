export * from './lib/roles';
export * from './lib/units';
export * from './lib/auth';
export * from './lib/pagination';
export * from './lib/codes';
export * from './lib/cases';
export * from './lib/referrals';
export * from './lib/placements';
