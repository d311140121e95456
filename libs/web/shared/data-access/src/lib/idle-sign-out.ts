import { DestroyRef, DOCUMENT, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent, merge, startWith, switchMap, throttleTime, timer } from 'rxjs';

import { AuthStore } from './auth.store';

const IDLE_TIMEOUT_MS = 15 * 60 * 1000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

/**
 * Signs the user out after {@link IDLE_TIMEOUT_MS} without keyboard, pointer or scroll activity.
 * Call from an injection context; it stops when that context is destroyed.
 */
export function startIdleSignOut(): void {
  const document = inject(DOCUMENT);
  const auth = inject(AuthStore);
  merge(...ACTIVITY_EVENTS.map((name) => fromEvent(document, name, { passive: true, capture: true })))
    .pipe(
      throttleTime(1000),
      startWith(null),
      switchMap(() => timer(IDLE_TIMEOUT_MS)),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe(() => auth.logout('idle'));
}
