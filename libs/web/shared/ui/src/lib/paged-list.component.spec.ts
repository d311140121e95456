import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PageEvent } from '@angular/material/paginator';

import type { Page } from '@ibd/shared/contracts';
import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { PagedListComponent } from './paged-list.component';

@Component({
  selector: 'ibd-host',
  imports: [PagedListComponent],
  template: `
    <ibd-paged-list
      [page]="page()"
      [loading]="loading()"
      [scrollRegion]="scrollRegion()"
      emptyText="Няма случаи."
      (pageChange)="events.push($event)"
    >
      <table data-testid="rows">
        @for (item of page()?.items ?? []; track item) {
          <tr>
            <td>{{ item }}</td>
          </tr>
        }
      </table>
    </ibd-paged-list>
  `,
})
class HostComponent {
  readonly page = signal<Page<string> | null>(null);
  readonly loading = signal(true);
  readonly scrollRegion = signal(true);
  readonly events: PageEvent[] = [];
}

describe('PagedListComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  it('shows loading until the first page comes, and no table', async () => {
    const { element } = await render(HostComponent);
    expect(element.querySelector('[data-testid="loading"]')?.textContent.trim()).toBe('Зареждане…');
    expect(element.querySelector('[data-testid="rows"]')).toBeNull();
  });

  it('says plainly that a page is empty', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.page.set({ items: [], total: 0, page: 1, pageSize: 25 });
    host.loading.set(false);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="empty-state"]')?.textContent).toBe('Няма случаи.');
    expect(element.querySelector('mat-paginator')).toBeNull();
  });

  it('shows the rows in a labelled scroll region, and the next page from the paginator', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.page.set({ items: ['SOF-2026-0001', 'SOF-2026-0002'], total: 12, page: 1, pageSize: 10 });
    host.loading.set(false);
    await fixture.whenStable();
    const region = element.querySelector('[role="region"]') as HTMLElement;
    expect(region.getAttribute('aria-label')).toBe('Таблица (превъртете хоризонтално)');
    expect(region.tabIndex).toBe(0);
    expect([...region.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'SOF-2026-0001',
      'SOF-2026-0002',
    ]);
    (element.querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(host.events.map(({ pageIndex, pageSize }) => ({ pageIndex, pageSize }))).toEqual([
      { pageIndex: 1, pageSize: 10 },
    ]);
  });

  it('keeps the page shown while the next one loads', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.page.set({ items: ['SOF-2026-0001'], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="loading"]')).toBeNull();
    expect(element.querySelector('td')?.textContent).toBe('SOF-2026-0001');
  });

  it('leaves a list that wraps without the scroll region', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.scrollRegion.set(false);
    host.page.set({ items: ['SOF-2026-0001'], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(element.querySelector('[role="region"]')).toBeNull();
    expect(element.querySelector('ibd-paged-list > div')?.hasAttribute('tabindex')).toBe(false);
    expect(element.querySelector('td')?.textContent).toBe('SOF-2026-0001');
  });
});
