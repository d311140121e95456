export * from './lib/demo-data';
export * from './lib/demo-seed.service';
export * from './lib/demo.module';
export * from './lib/demo-cases.seeder';
