import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/** What a validator's error says, by error name (translation keys); `required` and `maxlength` have defaults. */
export type FieldErrorKeys = Readonly<Record<string, string>>;

const DEFAULT_KEYS: FieldErrorKeys = { required: 'common.required', maxlength: 'form.tooLong' };

interface Shown {
  text?: string;
  key?: string;
  params?: Record<string, unknown>;
}

/**
 * The one message a touched, invalid field shows: the API's own message (`api`, placed by
 * `applyFieldErrors`) first, else the first validator error with a translation. Inside a
 * `mat-form-field` write it as `<ibd-field-error matError [control]="…" />` so the field projects it
 * into its error slot; elsewhere (a checkbox) it stands on its own.
 */
@Component({
  selector: 'ibd-field-error',
  imports: [TranslocoPipe],
  template: `
    @if (message(); as shown) {
      <span data-testid="field-error">{{ shown.text ?? (shown.key ?? '' | transloco: shown.params) }}</span>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl>();
  /** Messages for validator errors beyond `required` (e.g. `{ pattern: 'caseNew.personalNumberHint' }`). */
  readonly keys = input<FieldErrorKeys>({});
  /** Values for the messages' placeholders, beside the error's own (`maxlength` gives `requiredLength`). */
  readonly params = input<Record<string, unknown>>({});

  /** Bumped on each change of the control's value, status or touched state. */
  private readonly changes = signal(0);

  protected readonly message = computed<Shown | null>(() => {
    this.changes();
    const control = this.control();
    const errors = control.errors;
    if (!errors || !control.touched) return null;
    const api: unknown = errors['api'];
    if (typeof api === 'string') return { text: api };
    const keys = { ...DEFAULT_KEYS, ...this.keys() };
    const name = Object.keys(errors).find((error) => error in keys);
    if (!name) return null;
    const detail: unknown = errors[name];
    return { key: keys[name], params: { ...(typeof detail === 'object' ? detail : {}), ...this.params() } };
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.control().events.subscribe(() => this.changes.update((count) => count + 1));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
