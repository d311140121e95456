import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { TranslocoPipe } from '@jsverse/transloco';

import type { Page } from '@ibd/shared/contracts';

import { EmptyStateComponent, LoadingComponent } from './states.component';

/**
 * The frame of a paged list: loading before the first page, the empty state, the projected table in
 * a region that scrolls sideways on narrow screens (or a list as it is), and the paginator.
 */
@Component({
  selector: 'ibd-paged-list',
  imports: [MatPaginatorModule, TranslocoPipe, EmptyStateComponent, LoadingComponent],
  template: `
    @if (loading() && !page()) {
      <ibd-loading [label]="'common.loading' | transloco" />
    }
    @if (page(); as page) {
      @if (page.items.length === 0) {
        <ibd-empty-state [text]="emptyText()" />
      } @else {
        <div
          [class.table-wrap]="scrollRegion()"
          [attr.tabindex]="scrollRegion() ? 0 : null"
          [attr.role]="scrollRegion() ? 'region' : null"
          [attr.aria-label]="scrollRegion() ? ('common.scrollTable' | transloco) : null"
        >
          <ng-content />
        </div>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="pageSizeOptions()"
          (page)="pageChange.emit($event)"
        />
      }
    }
  `,
  styles: `
    .table-wrap {
      overflow-x: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedListComponent {
  /** The current page, or null before the first one has come. */
  readonly page = input.required<Page<unknown> | null>();
  readonly loading = input(false);
  /** Said when the page is empty, already translated by the caller. */
  readonly emptyText = input.required<string>();
  readonly pageSizeOptions = input<number[]>([10, 25, 50, 100]);
  /** A table wider than the screen scrolls in a focusable region; a list that wraps needs none. */
  readonly scrollRegion = input(true);
  readonly pageChange = output<PageEvent>();
}
