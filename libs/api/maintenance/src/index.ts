export * from './lib/maintenance.job';
export * from './lib/maintenance.module';
