export * from './lib/bed-assignment.entity';
export * from './lib/placement-extension.entity';
export * from './lib/placement.entity';
export * from './lib/placements.module';
export * from './lib/stay-term';
export * from './lib/stay-term.entity';
export * from './lib/placements.service';
export * from './lib/placement-changes.service';
