export * from './lib/bed.entity';
export * from './lib/bed-service-period.entity';
export * from './lib/unit.entity';
export * from './lib/units.module';
export * from './lib/units.service';
