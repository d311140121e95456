import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { QueueBoardAccess } from '@ibd/web/catalogue/data-access';
import { ErrorBoxComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { errorKeyOf } from '@ibd/web/shared/util';

/**
 * The background jobs (statistics, alerts, retention, sign-in clean-up) as Bull Board shows them,
 * read-only. The board opens in a new tab: the tab is opened on the click itself (so no pop-up
 * blocker stops it) and sent to the board once the API has set the board cookie.
 */
@Component({
  selector: 'ibd-queue-board-page',
  imports: [MatButtonModule, TranslocoPipe, ErrorBoxComponent, PageHeaderComponent],
  template: `
    <ibd-page-header [heading]="'queues.title' | transloco">
      <p>{{ 'queues.intro' | transloco }}</p>
    </ibd-page-header>
    <button mat-flat-button type="button" data-testid="open-queue-board" [disabled]="pending()" (click)="open()">
      {{ 'queues.open' | transloco }}
    </button>
    <p class="note">{{ 'queues.note' | transloco }}</p>
    <ibd-error-box [heading]="errorKey() ? (errorKey()! | transloco) : null" />
  `,
  styles: `
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueBoardPageComponent {
  private readonly access = inject(QueueBoardAccess);
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected open(): void {
    const tab = window.open('', '_blank');
    this.pending.set(true);
    this.errorKey.set(null);
    this.access.open().subscribe({
      next: ({ url }) => {
        this.pending.set(false);
        if (!tab) return void window.location.assign(url);
        tab.opener = null;
        tab.location.href = url;
      },
      error: (error: unknown) => {
        this.pending.set(false);
        tab?.close();
        this.errorKey.set(errorKeyOf(error));
      },
    });
  }
}
