export * from './lib/blind-index';
export * from './lib/identity-crypto.module';
export * from './lib/key-rotation';
export * from './lib/keyring';
export * from './lib/personal-number';
export * from './lib/transliteration';
