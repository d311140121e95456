import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { countryName, formatDate, formatDateTime, formatNumber } from '@ibd/web/shared/util';

/**
 * Locale-aware formatting that follows the language switch. Impure on purpose: the active language
 * is read on each check (templates re-render on a switch through the transloco pipe).
 */
abstract class LocalePipe {
  private readonly transloco = inject(TranslocoService);
  protected get language(): string {
    return this.transloco.getActiveLang();
  }
}

@Pipe({ name: 'ibdDate', pure: false })
export class IbdDatePipe extends LocalePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return formatDate(value, this.language);
  }
}

@Pipe({ name: 'ibdDateTime', pure: false })
export class IbdDateTimePipe extends LocalePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return formatDateTime(value, this.language);
  }
}

@Pipe({ name: 'ibdNumber', pure: false })
export class IbdNumberPipe extends LocalePipe implements PipeTransform {
  transform(value: number | null | undefined, maximumFractionDigits = 1): string {
    return formatNumber(value, this.language, maximumFractionDigits);
  }
}

@Pipe({ name: 'ibdCountry', pure: false })
export class IbdCountryPipe extends LocalePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return countryName(value, this.language);
  }
}
