import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { Observable } from 'rxjs';

import { type ApiError, applyFieldErrors, parseApiError } from './api-errors';
import { errorKeyFor } from './errors';

/** A value, or a function that gives it when an error comes (e.g. by the step that failed). */
type AtError<T> = T | (() => T | undefined);

export interface SendOptions<T> {
  /** The form whose fields receive the API's field messages (`submit` sets it to the form it checks). */
  form?: AtError<AbstractControl>;
  /** The field paths the API's messages may name. */
  fields?: AtError<readonly string[]>;
  /** A one-field form: no error box when every message stands at its field. */
  boxOnlyForUnplaced?: boolean;
  /** What follows a success. */
  done?: (value: T) => void;
  /** Takes an error the caller shows its own way (e.g. a duplicate warning); true when it did. */
  handle?: (error: ApiError) => boolean;
}

/**
 * One form's sending, as every form in the client does it: refused with every field's message while
 * the form is invalid, pending while the request runs, and an API error placed at the field it names
 * (the rest, with a heading by status, for the error box).
 */
export class Submission {
  private readonly busy = signal(false);
  private readonly key = signal<string | null>(null);
  private readonly messages = signal<string[]>([]);

  readonly pending = this.busy.asReadonly();
  /** Translation key of the error box's heading; null when there is no error. */
  readonly errorKey = this.key.asReadonly();
  /** Messages that belong to no field. */
  readonly errorMessages = this.messages.asReadonly();

  /** Sends what `request` builds unless `form` is invalid, in which case every field shows why. */
  submit<T>(form: AbstractControl, request: () => Observable<T>, options: SendOptions<T> = {}): boolean {
    if (form.invalid) {
      form.markAllAsTouched();
      return false;
    }
    this.send(request(), { form, ...options });
    return true;
  }

  send<T>(request: Observable<T>, options: SendOptions<T> = {}): void {
    this.busy.set(true);
    this.clear();
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        options.done?.(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.fail(error, options);
      },
    });
  }

  /** Forgets the last error (a form opened again, a new attempt). */
  clear(): void {
    this.key.set(null);
    this.messages.set([]);
  }

  private fail<T>(error: unknown, options: SendOptions<T>): void {
    const parsed = parseApiError(error, resolve(options.fields) ?? []);
    if (options.handle?.(parsed)) return;
    const form = resolve(options.form);
    const unplaced = form ? applyFieldErrors(form, parsed.fields) : Object.values(parsed.fields);
    const messages = [...parsed.messages, ...unplaced];
    const placedAll = messages.length === 0 && Object.keys(parsed.fields).length > 0;
    this.key.set(options.boxOnlyForUnplaced && placedAll ? null : errorKeyFor(parsed.status));
    this.messages.set(messages);
  }
}

function resolve<T extends object>(value: AtError<T> | undefined): T | undefined {
  return typeof value === 'function' ? value() : value;
}
