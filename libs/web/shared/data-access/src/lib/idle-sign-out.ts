import { DestroyRef, DOCUMENT, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent, merge, share, startWith, switchMap, throttleTime, timer } from 'rxjs';

import { AuthStore } from './auth.store';
import { SessionTabs } from './session-tabs';

/** Until the session answer says otherwise (IDLE_TIMEOUT_MINUTES). */
const DEFAULT_IDLE_MINUTES = 30;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

/** How often a tab in use tells the others so. */
const TELL_TABS_MS = 10_000;

/**
 * Signs the user out after the API's idle timeout without keyboard, pointer or scroll activity in
 * any tab of the application. Call from an injection context; it stops when that context is destroyed.
 */
export function startIdleSignOut(): void {
  const document = inject(DOCUMENT);
  const auth = inject(AuthStore);
  const tabs = inject(SessionTabs);
  const destroyed = takeUntilDestroyed(inject(DestroyRef));
  const here = merge(
    ...ACTIVITY_EVENTS.map((name) => fromEvent(document, name, { passive: true, capture: true })),
  ).pipe(throttleTime(1000), share());
  here.pipe(throttleTime(TELL_TABS_MS), destroyed).subscribe(() => tabs.tell({ type: 'active' }));
  merge(here, tabs.active)
    .pipe(
      startWith(null),
      switchMap(() => timer((auth.idleTimeoutMinutes() ?? DEFAULT_IDLE_MINUTES) * 60_000)),
      destroyed,
    )
    .subscribe(() => auth.logout('idle'));
}
