import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** A loading indicator with an accessible name (already translated by the caller). */
@Component({
  selector: 'ibd-loading',
  imports: [MatProgressBarModule],
  template: `
    <div role="status" class="loading" data-testid="loading">
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" />
      <span class="visually-hidden">{{ label() }}</span>
    </div>
  `,
  styles: `
    .loading {
      padding-block: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingComponent {
  readonly label = input.required<string>();
}

/** Said plainly when a list has nothing to show. */
@Component({
  selector: 'ibd-empty-state',
  template: `<p class="empty" data-testid="empty-state">{{ text() }}</p>`,
  styles: `
    .empty {
      padding: 1.5rem 1rem;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 8px;
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  readonly text = input.required<string>();
}

/** Errors that belong to no single field, announced to screen readers. */
@Component({
  selector: 'ibd-error-box',
  template: `
    <div role="alert">
      @if (heading() || messages().length > 0) {
        <div class="error" data-testid="error-box">
          @if (heading(); as heading) {
            <p class="error__heading">{{ heading }}</p>
          }
          @if (messages().length > 0) {
            <ul>
              @for (message of messages(); track $index) {
                <li>{{ message }}</li>
              }
            </ul>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .error {
      margin-block: 0.5rem 1rem;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error__heading {
      margin: 0;
      font-weight: 600;
    }
    ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorBoxComponent {
  readonly messages = input<readonly string[]>([]);
  readonly heading = input<string | null>(null);
}
