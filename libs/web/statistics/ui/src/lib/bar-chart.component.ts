import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { IbdNumberPipe } from '@ibd/web/shared/ui';

import { barWidths } from './chart-geometry';

export interface BarDatum {
  label: string;
  value: number;
}

const LABEL_WIDTH = 170;
const BAR_AREA = 330;
const ROW = 30;

/** Horizontal bars in plain SVG; the caller gives an accessible title (and shows the numbers). */
@Component({
  selector: 'ibd-bar-chart',
  imports: [IbdNumberPipe],
  template: `
    <figure class="chart">
      <figcaption class="chart__title">{{ heading() }}</figcaption>
      <svg
        role="img"
        [attr.aria-label]="heading()"
        [attr.viewBox]="'0 0 ' + width + ' ' + height()"
        preserveAspectRatio="xMinYMin meet"
        data-testid="bar-chart"
      >
        @for (bar of bars(); track bar.label; let i = $index) {
          <g [attr.transform]="'translate(0,' + i * row + ')'">
            <text x="0" y="19" class="chart__label">{{ bar.label }}</text>
            <rect [attr.x]="labelWidth" y="6" [attr.width]="bar.width" height="18" rx="3" class="chart__bar" />
            <text [attr.x]="labelWidth + bar.width + 6" y="19" class="chart__value">{{ bar.value | ibdNumber }}</text>
          </g>
        }
      </svg>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
    }
    .chart__title {
      font: var(--mat-sys-title-small);
      margin-block-end: 0.5rem;
    }
    svg {
      width: 100%;
      max-width: 40rem;
      height: auto;
    }
    .chart__label,
    .chart__value {
      font-size: 13px;
      fill: var(--mat-sys-on-surface);
    }
    .chart__bar {
      fill: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  readonly data = input.required<readonly BarDatum[]>();
  /** Translated title; also the SVG's accessible name. */
  readonly heading = input.required<string>();

  protected readonly labelWidth = LABEL_WIDTH;
  protected readonly row = ROW;
  protected readonly width = LABEL_WIDTH + BAR_AREA + 60;
  protected readonly height = computed(() => Math.max(ROW, this.data().length * ROW));
  protected readonly bars = computed(() => {
    const widths = barWidths(
      this.data().map((datum) => datum.value),
      BAR_AREA,
    );
    return this.data().map((datum, i) => ({ ...datum, width: widths[i] }));
  });
}
