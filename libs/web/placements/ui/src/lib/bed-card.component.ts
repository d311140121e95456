import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import type { BedBoardEntry } from '@ibd/shared/contracts';
import { IbdDatePipe } from '@ibd/web/shared/ui';

import { termState } from './term-state';

/** One bed on the board: who holds it (case code), since when, and the term in words and colour. */
@Component({
  selector: 'ibd-bed-card',
  imports: [RouterLink, TranslocoPipe, IbdDatePipe],
  template: `
    <article
      class="bed"
      [class]="'bed bed--' + state()"
      [attr.data-testid]="'bed-' + bed().code"
      [attr.aria-labelledby]="'bed-title-' + bed().id"
    >
      <h3 class="bed__title" [id]="'bed-title-' + bed().id">
        {{ bed().label }} <span class="bed__code">{{ bed().code }}</span>
      </h3>
      @if (bed().occupiedBy; as occupant) {
        <p class="bed__case">
          @if (caseId(); as id) {
            <a [routerLink]="['/cases', id]">{{ occupant.caseCode }}</a>
          } @else {
            {{ occupant.caseCode }}
          }
        </p>
        <p>{{ 'beds.since' | transloco: { date: (occupant.since | ibdDate) } }}</p>
        <p>{{ 'beds.until' | transloco: { date: (occupant.stayLimitDate | ibdDate) } }}</p>
        <p class="bed__term" data-testid="bed-term">
          @switch (state()) {
            @case ('overdue') {
              {{ 'beds.overdue' | transloco: { days: -occupant.daysLeft } }}
            }
            @default {
              {{
                (occupant.daysLeft === 0 ? 'beds.endsToday' : 'beds.daysLeft') | transloco: { days: occupant.daysLeft }
              }}
            }
          }
        </p>
      } @else if (bed().occupied) {
        <p class="bed__term">{{ 'beds.occupied' | transloco }}</p>
      } @else {
        <p class="bed__term">{{ (bed().active ? 'beds.free' : 'beds.inactive') | transloco }}</p>
      }
      <div class="bed__actions"><ng-content /></div>
    </article>
  `,
  styles: `
    .bed {
      display: flex;
      flex-direction: column;
      height: 100%;
      box-sizing: border-box;
      padding: 0.75rem 1rem;
      border-radius: 12px;
      border: 2px solid var(--mat-sys-outline-variant);
      border-inline-start-width: 8px;
      background: var(--mat-sys-surface-container-lowest);
      p {
        margin: 0.125rem 0;
      }
    }
    .bed a {
      color: inherit;
    }
    .bed__title {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.25rem;
    }
    .bed__code {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bed__case {
      font: var(--mat-sys-title-small);
    }
    .bed__term {
      font-weight: 600;
    }
    .bed__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block-start: auto;
      padding-block-start: 0.5rem;
    }
    .bed--free {
      border-color: #2e7d32;
    }
    .bed--ok {
      border-color: var(--mat-sys-primary);
    }
    .bed--ending {
      border-color: #b26a00;
      background: #fff4e0;
    }
    .bed--overdue {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .bed--inactive {
      opacity: 0.7;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BedCardComponent {
  readonly bed = input.required<BedBoardEntry>();
  /** The case behind the stay, when known, for a link. */
  readonly caseId = input<string | null>(null);

  protected readonly state = computed(() => termState(this.bed().occupied, this.bed().occupiedBy, this.bed().active));
}
