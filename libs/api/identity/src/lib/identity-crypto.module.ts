import { Module } from '@nestjs/common';
import { AppConfig } from '@ibd/api/core';
import { BlindIndex } from './blind-index';
import { Keyring } from './keyring';

/** The identity keyring and the blind-index key, built from the validated configuration. */
@Module({
  providers: [
    {
      provide: Keyring,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => Keyring.parse(c.IDENTITY_KEYS, c.IDENTITY_ACTIVE_KEY),
    },
    {
      provide: BlindIndex,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        new BlindIndex(
          Buffer.from(c.BLIND_INDEX_KEY, 'base64'),
          c.BLIND_INDEX_PREVIOUS_KEY ? Buffer.from(c.BLIND_INDEX_PREVIOUS_KEY, 'base64') : undefined,
        ),
    },
  ],
  exports: [Keyring, BlindIndex],
})
export class IdentityCryptoModule {}
