import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, type Observable, switchMap } from 'rxjs';

import type { SecondFactorStatus } from '@ibd/shared/contracts';
import { confirmAction, ErrorBoxComponent, IbdDatePipe } from '@ibd/web/shared/ui';
import { errorKeyOf } from '@ibd/web/shared/util';
import { UserSecurityApi } from '@ibd/web/users/data-access';

type Action = 'reset' | 'endSessions';

/** A user's second factor and sessions for the admin: reset the factor (a lost phone), end sessions. */
@Component({
  selector: 'ibd-user-security',
  imports: [MatButtonModule, TranslocoPipe, ErrorBoxComponent, IbdDatePipe],
  template: `
    <section aria-labelledby="user-security-heading" data-testid="user-security">
      <h2 id="user-security-heading">{{ 'users.security.title' | transloco }}</h2>
      @if (status(); as status) {
        <p data-testid="user-mfa-status">
          @if (status.enrolled) {
            {{ 'users.security.enrolled' | transloco: { date: (status.enrolledAt | ibdDate) } }}
          } @else {
            {{ 'users.security.none' | transloco }}
          }
        </p>
      }
      @if (errorKey(); as key) {
        <ibd-error-box [heading]="key | transloco" />
      }
      <p role="status" data-testid="user-security-result">
        @if (result(); as result) {
          {{ result.key | transloco: { count: result.ended } }}
        }
      </p>
      <div class="actions">
        <button
          mat-stroked-button
          type="button"
          [disabled]="pending() || !status()?.enrolled"
          (click)="run('reset')"
          data-testid="user-mfa-reset"
        >
          {{ 'users.security.reset' | transloco }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="pending()"
          (click)="run('endSessions')"
          data-testid="user-end-sessions"
        >
          {{ 'users.security.endSessions' | transloco }}
        </button>
      </div>
    </section>
  `,
  styles: `
    section {
      max-width: 32rem;
      margin-block-start: 2.5rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserSecurityComponent {
  private readonly api = inject(UserSecurityApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  readonly userId = input.required<string>();

  protected readonly status = signal<SecondFactorStatus | null>(null);
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly result = signal<{ key: string; ended: number } | null>(null);

  constructor() {
    effect(() => this.load(this.userId()));
  }

  protected run(action: Action): void {
    const id = this.userId();
    const t = (key: string) => this.transloco.translate(`users.security.${key}`);
    const request: Observable<{ ended: number } | void> =
      action === 'reset' ? this.api.resetSecondFactor(id) : this.api.endSessions(id);
    confirmAction(this.dialog, {
      title: t(`${action}Title`),
      text: t(`${action}Text`),
      confirm: t(action),
      cancel: this.transloco.translate('common.cancel'),
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.pending.set(true);
          this.errorKey.set(null);
          this.result.set(null);
          return request;
        }),
      )
      .subscribe({
        next: (answer) => {
          this.pending.set(false);
          this.result.set({ key: `users.security.${action}Done`, ended: answer ? answer.ended : 0 });
          this.load(id);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.errorKey.set(errorKeyOf(error));
        },
      });
  }

  private load(id: string): void {
    this.api.secondFactor(id).subscribe({
      next: (status) => this.status.set(status),
      error: (error: unknown) => this.errorKey.set(errorKeyOf(error)),
    });
  }
}
