import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChild, input, TemplateRef } from '@angular/core';

/**
 * What every chart shares: a figure captioned by its title, and an SVG image named by the same
 * title that scales to its width. The chart draws inside through an `<ng-template>` (SVG elements
 * there take the `svg:` prefix); anything else projected (a legend) follows the image.
 */
@Component({
  selector: 'ibd-chart-frame',
  imports: [NgTemplateOutlet],
  template: `
    <figure class="chart">
      <figcaption class="chart__title">{{ heading() }}</figcaption>
      <svg
        role="img"
        [attr.aria-label]="heading()"
        [attr.viewBox]="'0 0 ' + width() + ' ' + height()"
        preserveAspectRatio="xMinYMin meet"
        [attr.data-testid]="testId()"
      >
        <ng-container [ngTemplateOutlet]="drawing()" />
      </svg>
      <ng-content />
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartFrameComponent {
  /** Translated title: the caption, and the image's accessible name. */
  readonly heading = input.required<string>();
  /** The drawing's size in SVG units (its viewBox). */
  readonly width = input.required<number>();
  readonly height = input.required<number>();
  readonly testId = input.required<string>();

  protected readonly drawing = contentChild.required(TemplateRef);
}
