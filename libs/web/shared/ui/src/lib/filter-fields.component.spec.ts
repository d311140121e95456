import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting, render, userActions } from '@ibd/web/shared/testing';

import { type FilterField, FilterFieldsComponent } from './filter-fields.component';
import { codeOptions } from './select-field.component';

type ReferralFilter = { box: string; status: string | null; urgency: string | null };

@Component({
  imports: [FilterFieldsComponent],
  template: `<ibd-filter-fields [fields]="fields" [filter]="filter()" (filterChange)="changed($event)" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly fields: FilterField<ReferralFilter>[] = [
    {
      name: 'status',
      label: 'referrals.status',
      options: codeOptions(['sent', 'accepted'], 'code.referralStatus.'),
      testId: 'status',
    },
    { name: 'urgency', label: 'referrals.urgency', options: codeOptions(['low', 'high'], 'code.urgency.') },
  ];
  readonly filter = signal<ReferralFilter>({ box: 'inbox', status: 'sent', urgency: null });
  readonly changes: Partial<ReferralFilter>[] = [];

  changed(change: Partial<ReferralFilter>): void {
    this.changes.push(change);
    this.filter.update((filter) => ({ ...filter, ...change }));
  }
}

describe('FilterFieldsComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function setup() {
    const { fixture, host } = await render(HostComponent);
    const actions = userActions(fixture);
    const urgency = () => actions.element.querySelectorAll('mat-select')[1] as HTMLElement;
    return { fixture, host, urgency, ...actions };
  }

  it('shows one labelled select per field with the filter as it stands, "all" for null', async () => {
    const { element, shown, urgency } = await setup();
    const labels = [...element.querySelectorAll('mat-label')].map((label) => label.textContent.trim());
    expect(labels).toEqual(['Състояние', 'Спешност']);
    expect(shown('status')).toBe('Изпратено');
    expect(shown(urgency())).toBe('');
  });

  it('offers "all" before the choices', async () => {
    const { open, texts } = await setup();
    expect(texts(await open('status'))).toEqual(['Всички', 'Изпратено', 'Прието']);
  });

  it('emits only the property the user changed, and null when "all" is chosen', async () => {
    const { host, choose, shown, urgency } = await setup();
    await choose(urgency(), 'Висока');
    await choose('status', 'Всички');
    expect(host.changes).toEqual([{ urgency: 'high' }, { status: null }]);
    expect(host.filter()).toEqual({ box: 'inbox', status: null, urgency: 'high' });
    expect(shown(urgency())).toBe('Висока');
  });

  it('follows a filter changed from outside (a link, another control)', async () => {
    const { fixture, host, shown } = await setup();
    host.filter.update((filter) => ({ ...filter, status: 'accepted' }));
    await fixture.whenStable();
    expect(shown('status')).toBe('Прието');
    expect(host.changes).toEqual([]);
  });
});
