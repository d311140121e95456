import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { IbdNumberPipe } from '@ibd/web/shared/ui';

import { ChartFrameComponent } from './chart-frame.component';
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
  imports: [IbdNumberPipe, ChartFrameComponent],
  template: `
    <ibd-chart-frame [heading]="heading()" [width]="width" [height]="height()" testId="bar-chart">
      <ng-template>
        @for (bar of bars(); track bar.label; let i = $index) {
          <svg:g [attr.transform]="'translate(0,' + i * row + ')'">
            <svg:text x="0" y="19" class="chart__label">{{ bar.label }}</svg:text>
            <svg:rect [attr.x]="labelWidth" y="6" [attr.width]="bar.width" height="18" rx="3" class="chart__bar" />
            <svg:text [attr.x]="labelWidth + bar.width + 6" y="19" class="chart__value">
              {{ bar.value | ibdNumber }}
            </svg:text>
          </svg:g>
        }
      </ng-template>
    </ibd-chart-frame>
  `,
  styles: `
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
