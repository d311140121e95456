import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import type { CaseStatus } from '@ibd/shared/contracts';
import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { CaseStatusComponent } from './case-status.component';

describe('CaseStatusComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function render(status: CaseStatus) {
    const fixture = TestBed.createComponent(CaseStatusComponent);
    fixture.componentRef.setInput('status', status);
    await fixture.whenStable();
    return { fixture, label: (fixture.nativeElement as HTMLElement).querySelector('span') as HTMLElement };
  }

  it.each([
    ['open', 'Открит', 'status--open'],
    ['active', 'Активен', 'status--active'],
    ['closed', 'Закрит', 'status--closed'],
  ] as const)('%s reads "%s" with class %s', async (status, text, className) => {
    const { label } = await render(status);
    expect(label.textContent.trim()).toBe(text);
    expect(label.classList).toContain(className);
  });

  it('follows the language switch', async () => {
    const { fixture, label } = await render('active');
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    expect(label.textContent.trim()).toBe('Active');
  });

  it('follows a change of status', async () => {
    const { fixture, label } = await render('open');
    fixture.componentRef.setInput('status', 'closed');
    await fixture.whenStable();
    expect(label.textContent.trim()).toBe('Закрит');
    expect(label.classList).not.toContain('status--open');
  });
});
