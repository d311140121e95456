import { inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

import { formatNumber } from '@ibd/web/shared/util';

/** Material's paginator, in the active language. Provide it where lists are shown. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap((language) => this.transloco.selectTranslation(language)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.translate());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const language = this.transloco.getActiveLang();
    if (length === 0) {
      return this.transloco.translate('paginator.none');
    }
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', {
      from: formatNumber(from, language),
      to: formatNumber(to, language),
      total: formatNumber(length, language),
    });
  };

  private translate(): void {
    this.itemsPerPageLabel = this.transloco.translate('paginator.itemsPerPage');
    this.nextPageLabel = this.transloco.translate('paginator.next');
    this.previousPageLabel = this.transloco.translate('paginator.previous');
    this.firstPageLabel = this.transloco.translate('paginator.first');
    this.lastPageLabel = this.transloco.translate('paginator.last');
    this.changes.next();
  }
}
