import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { PageHeaderComponent } from '@ibd/web/shared/ui';

/** Placeholder for sections that are not built yet; says so plainly. */
@Component({
  selector: 'ibd-coming-soon-page',
  imports: [TranslocoPipe, PageHeaderComponent],
  template: `
    <ibd-page-header [heading]="label() | transloco" />
    <p data-testid="coming-soon">{{ 'comingSoon.text' | transloco }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonPageComponent {
  /** Translation key of the section name, from the route data. */
  readonly label = input.required<string>();
}
