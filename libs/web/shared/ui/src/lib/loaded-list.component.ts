import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyStateComponent, LoadingComponent } from './states.component';

/**
 * The frame of a list that comes in one piece (a case's timeline, services, stays, referrals):
 * loading until it has come, the empty state when it holds nothing, else the projected content.
 */
@Component({
  selector: 'ibd-loaded-list',
  imports: [TranslocoPipe, EmptyStateComponent, LoadingComponent],
  template: `
    @if (items(); as items) {
      @if (items.length === 0) {
        <ibd-empty-state [text]="emptyText()" />
      } @else {
        <ng-content />
      }
    } @else {
      <ibd-loading [label]="'common.loading' | transloco" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadedListComponent {
  /** The list, or null until it has come. */
  readonly items = input.required<readonly unknown[] | null>();
  /** Said when the list is empty, already translated by the caller. */
  readonly emptyText = input.required<string>();
}
