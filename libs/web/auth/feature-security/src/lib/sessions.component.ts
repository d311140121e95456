import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import type { SessionView } from '@ibd/shared/contracts';
import { ErrorBoxComponent, IbdDateTimePipe, LoadingComponent, TextColumnComponent } from '@ibd/web/shared/ui';
import { errorKeyOf } from '@ibd/web/shared/util';

import { SecurityApi } from './security.api';

/** Where the user is signed in: each session with when and from where, and ending them. */
@Component({
  selector: 'ibd-sessions',
  imports: [
    MatButtonModule,
    MatTableModule,
    TranslocoPipe,
    ErrorBoxComponent,
    IbdDateTimePipe,
    LoadingComponent,
    TextColumnComponent,
  ],
  templateUrl: './sessions.component.html',
  styleUrl: './sessions.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsComponent {
  private readonly api = inject(SecurityApi);

  protected readonly columns = ['createdAt', 'lastUsedAt', 'clientAddress', 'userAgent', 'action'];
  protected readonly sessions = signal<SessionView[] | null>(null);
  protected readonly hasOthers = computed(() => (this.sessions() ?? []).some((session) => !session.current));
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  /** What the last action did, announced: `{ key, ended }`. */
  protected readonly result = signal<{ key: string; ended: number } | null>(null);

  constructor() {
    this.load();
  }

  protected end(session: SessionView): void {
    this.act(this.api.endSession(session.id), () => ({ key: 'security.sessions.endedOne', ended: 1 }));
  }

  protected endOthers(): void {
    this.act(this.api.endOtherSessions(), ({ ended }) => ({ key: 'security.sessions.endedMany', ended }));
  }

  private act<T>(request: Observable<T>, result: (answer: T) => { key: string; ended: number }): void {
    this.pending.set(true);
    this.errorKey.set(null);
    this.result.set(null);
    request.subscribe({
      next: (answer) => {
        this.pending.set(false);
        this.result.set(result(answer));
        this.load();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.errorKey.set(errorKeyOf(error));
        this.load();
      },
    });
  }

  private load(): void {
    this.api.sessions().subscribe({
      next: (page) => this.sessions.set(page.items),
      error: (error: unknown) => this.errorKey.set(errorKeyOf(error)),
    });
  }
}
