import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { IbdNumberPipe } from '@ibd/web/shared/ui';

import { ChartFrameComponent } from './chart-frame.component';
import { linePoints, niceMax, SERIES_COLOURS, ticks } from './chart-geometry';

export interface LineSeries {
  name: string;
  points: ReadonlyArray<{ x: string; y: number }>;
}

const WIDTH = 560;
const HEIGHT = 200;
const LEFT = 48;
const TOP = 10;
const BOTTOM = 28;

/** Series over time in plain SVG, with a legend; colours come with names, never alone. */
@Component({
  selector: 'ibd-line-chart',
  imports: [IbdNumberPipe, ChartFrameComponent],
  template: `
    <ibd-chart-frame
      [heading]="heading()"
      [width]="left + width + 16"
      [height]="top + height + bottom"
      testId="line-chart"
    >
      <ng-template>
        <svg:g [attr.transform]="'translate(' + left + ',' + top + ')'">
          @for (tick of yTicks(); track $index) {
            <svg:line
              x1="0"
              [attr.x2]="width"
              [attr.y1]="height - (tick / max()) * height"
              [attr.y2]="height - (tick / max()) * height"
              class="chart__grid"
            />
            <svg:text x="-6" [attr.y]="height - (tick / max()) * height + 4" text-anchor="end" class="chart__axis">
              {{ tick | ibdNumber: 2 }}
            </svg:text>
          }
          @for (label of xLabels(); track $index) {
            <svg:text [attr.x]="label.x" [attr.y]="height + 18" text-anchor="middle" class="chart__axis">
              {{ label.text }}
            </svg:text>
          }
          @for (line of lines(); track line.name) {
            <svg:polyline [attr.points]="line.points" fill="none" [attr.stroke]="line.colour" stroke-width="2.5" />
          }
        </svg:g>
      </ng-template>
      <ul class="chart__legend">
        @for (line of lines(); track line.name) {
          <li><span class="chart__swatch" [style.background]="line.colour"></span>{{ line.name }}</li>
        }
      </ul>
    </ibd-chart-frame>
  `,
  styles: `
    .chart__grid {
      stroke: var(--mat-sys-outline-variant);
    }
    .chart__axis {
      font-size: 12px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .chart__legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      padding: 0;
      margin: 0.25rem 0 0;
    }
    .chart__swatch {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      margin-inline-end: 0.375rem;
      border-radius: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChartComponent {
  readonly series = input.required<readonly LineSeries[]>();
  readonly heading = input.required<string>();
  /** Formats an x value (e.g. a period start) for the axis. */
  readonly xFormat = input<(x: string) => string>((x) => x);

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly top = TOP;
  protected readonly bottom = BOTTOM;

  protected readonly max = computed(() =>
    niceMax(Math.max(0, ...this.series().flatMap((line) => line.points.map((point) => point.y)))),
  );
  protected readonly yTicks = computed(() => ticks(this.max()));
  protected readonly lines = computed(() =>
    this.series().map((line, i) => ({
      name: line.name,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
      points: linePoints(
        line.points.map((point) => point.y),
        WIDTH,
        HEIGHT,
        this.max(),
      ),
    })),
  );
  protected readonly xLabels = computed(() => {
    const xs = this.series()[0]?.points.map((point) => point.x) ?? [];
    const step = xs.length > 1 ? WIDTH / (xs.length - 1) : 0;
    const every = Math.max(1, Math.ceil(xs.length / 6));
    return xs
      .map((x, i) => ({ x: xs.length > 1 ? i * step : WIDTH / 2, text: this.xFormat()(x), i }))
      .filter((label) => label.i % every === 0 || label.i === xs.length - 1);
  });
}
