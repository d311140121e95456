export * from './lib/case-finder';
export * from './lib/case-scope';
export * from './lib/case.entity';
export * from './lib/case-tasks.service';
export * from './lib/cases.module';
export * from './lib/cases.service';
export * from './lib/timeline/case-event.entity';
export * from './lib/timeline/case-events';
