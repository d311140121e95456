export * from './lib/alert-setting.entity';
export * from './lib/alert.entity';
export * from './lib/alerts-computer';
export * from './lib/alerts.module';
export * from './lib/queue/alerts-worker.module';
export * from './lib/queue/alerts.job';
