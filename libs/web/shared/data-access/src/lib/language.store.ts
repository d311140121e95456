import { DOCUMENT, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = ['bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'bg';

/** The only thing ИБД keeps in browser storage. */
const STORAGE_KEY = 'ibd.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly languages = LANGUAGES;
  readonly active = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  /** Applies the stored language and waits for its translations, so nothing renders as raw keys. */
  restore(): Promise<unknown> {
    const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
    const language = isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    this.apply(language);
    return firstValueFrom(this.transloco.load(language));
  }

  use(language: string): void {
    if (!isLanguage(language)) {
      return;
    }
    this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    this.apply(language);
  }

  private apply(language: Language): void {
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }
}
