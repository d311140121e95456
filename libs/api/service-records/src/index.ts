export * from './lib/service-record.entity';
export * from './lib/service-records.module';
export * from './lib/service-type.entity';
export * from './lib/service-records.service';
