export * from './lib/queue-board.constants';
export * from './lib/queue-board.module';
