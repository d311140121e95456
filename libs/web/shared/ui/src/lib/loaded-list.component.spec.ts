import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { LoadedListComponent } from './loaded-list.component';

@Component({
  selector: 'ibd-host',
  imports: [LoadedListComponent],
  template: `
    <ibd-loaded-list [items]="items()" emptyText="Няма услуги.">
      <ul data-testid="rows">
        @for (item of items() ?? []; track item) {
          <li>{{ item }}</li>
        }
      </ul>
    </ibd-loaded-list>
  `,
})
class HostComponent {
  readonly items = signal<string[] | null>(null);
}

describe('LoadedListComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  it('shows loading until the list comes, and no content', async () => {
    const { element } = await render(HostComponent);
    expect(element.querySelector('[data-testid="loading"]')?.textContent.trim()).toBe('Зареждане…');
    expect(element.querySelector('[data-testid="rows"]')).toBeNull();
  });

  it('says plainly that the list is empty', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.items.set([]);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="empty-state"]')?.textContent).toBe('Няма услуги.');
    expect(element.querySelector('[data-testid="rows"]')).toBeNull();
    expect(element.querySelector('[data-testid="loading"]')).toBeNull();
  });

  it('shows the content once the list holds something', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.items.set(['Психологическа консултация', 'Правна помощ']);
    await fixture.whenStable();
    expect([...element.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Психологическа консултация',
      'Правна помощ',
    ]);
    expect(element.querySelector('[data-testid="empty-state"]')).toBeNull();
  });
});
