import { Injectable } from '@angular/core';
import { EMPTY, filter, fromEvent, map, Observable, share } from 'rxjs';

export type SignOutReason = 'idle' | 'expired';

/** What one tab tells the others of the same browser: they share one session (the refresh cookie). */
export type TabMessage = { type: 'signed-out'; reason?: SignOutReason } | { type: 'active' };

/**
 * The tabs of the application in this browser, over a BroadcastChannel: a sign-out in one ends the
 * session in all, and activity in one keeps the others from signing out for idleness. Messages carry
 * no token and nothing personal.
 */
@Injectable({ providedIn: 'root' })
export class SessionTabs {
  private readonly channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ibd-session');
  private readonly messages: Observable<TabMessage> = this.channel
    ? fromEvent<MessageEvent<TabMessage>>(this.channel, 'message').pipe(
        map((event) => event.data),
        share(),
      )
    : EMPTY;

  /** Another tab signed out, and why. */
  readonly signedOut = this.messages.pipe(
    filter((message) => message.type === 'signed-out'),
    map((message) => message.reason),
  );

  /** Someone is using another tab. */
  readonly active = this.messages.pipe(filter((message) => message.type === 'active'));

  tell(message: TabMessage): void {
    this.channel?.postMessage(message);
  }
}
