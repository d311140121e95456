export * from './lib/code-lists';
export * from './lib/countries';
export * from './lib/htcds-record';
