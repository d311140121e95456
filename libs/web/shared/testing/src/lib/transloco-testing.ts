import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { importProvidersFrom, Injectable, type EnvironmentProviders, type Provider } from '@angular/core';
import {
  provideTranslocoMissingHandler,
  TranslocoTestingModule,
  type Translation,
  type TranslocoMissingHandler,
} from '@jsverse/transloco';

/** Specs only: the app's own translation files, so a component test reads what a user reads. */
const I18N_DIR = join(__dirname, '../../../../../../apps/web/public/i18n');
const LANGUAGES = ['bg', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const cache = new Map<Language, Translation>();

/** The translations of one language, as the app loads them. */
export function translation(language: Language): Translation {
  let loaded = cache.get(language);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(join(I18N_DIR, `${language}.json`), 'utf8')) as Translation;
    cache.set(language, loaded);
  }
  return loaded;
}

/** A key a template uses but no language has fails the test instead of showing the raw key. */
@Injectable()
class FailOnMissingKey implements TranslocoMissingHandler {
  handle(key: string): never {
    throw new Error(`Missing translation: ${key}`);
  }
}

/** Transloco for a component test: both languages loaded up front, `active` in use. */
export function provideTranslocoTesting(active: Language = 'bg'): Array<Provider | EnvironmentProviders> {
  return [
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: Object.fromEntries(LANGUAGES.map((language) => [language, translation(language)])),
        translocoConfig: { availableLangs: [...LANGUAGES], defaultLang: active, reRenderOnLangChange: true },
        preloadLangs: true,
      }),
    ),
    provideTranslocoMissingHandler(FailOnMissingKey),
  ];
}
