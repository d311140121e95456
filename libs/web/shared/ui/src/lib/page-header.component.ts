import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'ibd-page-header',
  template: `
    <h1>{{ heading() }}</h1>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 1.5rem;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
}
