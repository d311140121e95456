export * from './lib/actor';
export * from './lib/audit-entry';
export * from './lib/audit-log.entity';
export * from './lib/audit-sealer';
export * from './lib/audit.module';
export * from './lib/audit.service';
