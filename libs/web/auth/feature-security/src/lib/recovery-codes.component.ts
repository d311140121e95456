import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { saveBlob } from '@ibd/web/shared/util';

const FILE_NAME = 'ibd-recovery-codes.txt';

/** A new set of recovery codes, shown once: to copy or to save as a text file. */
@Component({
  selector: 'ibd-recovery-codes',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <p class="codes__intro">{{ 'security.recoveryCodes.intro' | transloco }}</p>
    <ol class="codes__list" data-testid="recovery-codes">
      @for (code of codes(); track code) {
        <li>
          <code>{{ code }}</code>
        </li>
      }
    </ol>
    <div class="codes__actions">
      <button mat-stroked-button type="button" (click)="copy()" data-testid="recovery-codes-copy">
        {{ 'security.recoveryCodes.copy' | transloco }}
      </button>
      <button mat-stroked-button type="button" (click)="download()" data-testid="recovery-codes-download">
        {{ 'security.recoveryCodes.download' | transloco }}
      </button>
    </div>
    <p class="codes__status" role="status" data-testid="recovery-codes-status">
      @if (statusKey(); as key) {
        {{ key | transloco }}
      }
    </p>
  `,
  styles: `
    .codes__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.25rem 1.5rem;
      margin: 0.5rem 0 1rem;
      padding-inline-start: 1.75rem;
      font-size: 1.05rem;
    }
    .codes__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .codes__status {
      min-height: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodesComponent {
  private readonly transloco = inject(TranslocoService);

  readonly codes = input.required<readonly string[]>();

  protected readonly statusKey = signal<string | null>(null);

  protected copy(): void {
    navigator.clipboard.writeText(this.text()).then(
      () => this.statusKey.set('security.recoveryCodes.copied'),
      () => this.statusKey.set('security.recoveryCodes.copyFailed'),
    );
  }

  protected download(): void {
    saveBlob(new Blob([this.text()], { type: 'text/plain;charset=utf-8' }), FILE_NAME);
  }

  private text(): string {
    return `${this.transloco.translate('security.recoveryCodes.fileHeading')}\n\n${this.codes().join('\n')}\n`;
  }
}
