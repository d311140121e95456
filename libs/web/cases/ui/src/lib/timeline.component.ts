import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { IbdDateTimePipe, IbdNumberPipe } from '@ibd/web/shared/ui';

import { timelineDetail } from './timeline-detail';

export interface TimelineItem {
  at: string;
  kind: string;
  data: Record<string, unknown>;
}

/** A case's history as an ordered list, newest first. */
@Component({
  selector: 'ibd-timeline',
  imports: [TranslocoPipe, IbdDateTimePipe, IbdNumberPipe],
  template: `
    <ol class="timeline" data-testid="timeline">
      @for (entry of rows(); track $index) {
        <li class="timeline__entry">
          <time class="timeline__time" [attr.datetime]="entry.at">{{ entry.at | ibdDateTime }}</time>
          <span class="timeline__kind">{{ 'code.event.' + entry.kind | transloco }}</span>
          @if (entry.detail.key; as key) {
            <span class="timeline__detail">{{ key | transloco }}</span>
          }
          @if (entry.detail.serviceType; as type) {
            <span class="timeline__detail">{{ serviceLabel()(type) }}</span>
          }
          @if (entry.detail.minutes !== null) {
            <span class="timeline__detail">{{
              'cases.minutes' | transloco: { minutes: (entry.detail.minutes | ibdNumber) }
            }}</span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);
    }
    .timeline__entry {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 0 0.5rem 1rem;
    }
    .timeline__time {
      color: var(--mat-sys-on-surface-variant);
      min-width: 11rem;
    }
    .timeline__kind {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineComponent {
  readonly entries = input.required<readonly TimelineItem[]>();
  /** Names a service type in the UI language. */
  readonly serviceLabel = input<(code: string) => string>((code) => code);

  protected readonly rows = computed(() =>
    [...this.entries()].reverse().map((entry) => ({ ...entry, detail: timelineDetail(entry.kind, entry.data) })),
  );
}
