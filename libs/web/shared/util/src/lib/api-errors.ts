import type { AbstractControl } from '@angular/forms';
import { errorKeyFor } from './errors';

/** What the client needs from an API error (api.md: 400 `{ message: string[] }`, 409 `{ message }`). */
export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** Messages that name a known field, by field path (`identity.firstName`). */
  fields: Record<string, string>;
  /** Messages that name no known field. */
  messages: string[];
  /** A machine code some conflicts carry (e.g. `POSSIBLE_DUPLICATE`). */
  code: string | null;
  /** The response body, for codes' extra data (e.g. `existingCodes`). */
  body: Record<string, unknown>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The field a message names: the longest known path it starts with (`unitId: ...`, `each of phones ...`). */
function fieldOf(message: string, fields: readonly string[]): string | null {
  const text = message.replace(/^each of /, '');
  const matching = fields.filter(
    (field) => text === field || new RegExp(`^${field.replace(/\./g, '\\.')}(?=[\\s:.,\\[])`).test(text),
  );
  return matching.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * Sorts an HttpErrorResponse-like error into field messages and general ones. The API's validation
 * messages start with the field's name, so each is shown next to its field.
 */
export function parseApiError(error: unknown, fields: readonly string[] = []): ApiError {
  const record = asRecord(error);
  const status = typeof record['status'] === 'number' ? record['status'] : -1;
  const body = asRecord(record['error']);
  const raw = body['message'];
  const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).filter(
    (item): item is string => typeof item === 'string',
  );
  const result: ApiError = {
    status,
    fields: {},
    messages: [],
    code: typeof body['code'] === 'string' ? body['code'] : null,
    body,
  };
  for (const message of list) {
    const field = status === 400 ? fieldOf(message, fields) : null;
    if (field && !(field in result.fields)) {
      result.fields[field] = message;
    } else if (field) {
      result.fields[field] += ` ${message}`;
    } else {
      result.messages.push(message);
    }
  }
  return result;
}

/** Marks each named control invalid with the API's message (`api` error) so it shows under the field. */
export function applyFieldErrors(form: AbstractControl, fields: Record<string, string>): string[] {
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const control = form.get(path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), api: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced;
}

/** An error shown in one box (no form to place it at): a heading by status and every message. */
export function errorSummary(error: unknown, fields: readonly string[] = []): { key: string; messages: string[] } {
  const parsed = parseApiError(error, fields);
  return { key: errorKeyFor(parsed.status), messages: [...parsed.messages, ...Object.values(parsed.fields)] };
}
