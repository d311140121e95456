import { TestBed } from '@angular/core/testing';

import { EmptyStateComponent, ErrorBoxComponent, LoadingComponent } from './states.component';

describe('LoadingComponent', () => {
  it('announces loading by its label, for screen readers too', async () => {
    const fixture = TestBed.createComponent(LoadingComponent);
    fixture.componentRef.setInput('label', 'Зареждане…');
    await fixture.whenStable();
    const status = (fixture.nativeElement as HTMLElement).querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent.trim()).toBe('Зареждане…');
    expect(status.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Зареждане…');
  });
});

describe('EmptyStateComponent', () => {
  it('says plainly that there is nothing to show', async () => {
    const fixture = TestBed.createComponent(EmptyStateComponent);
    fixture.componentRef.setInput('text', 'Няма сигнали.');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="empty-state"]')?.textContent).toBe(
      'Няма сигнали.',
    );
  });
});

describe('ErrorBoxComponent', () => {
  async function render(inputs: { heading?: string | null; messages?: string[] }) {
    const fixture = TestBed.createComponent(ErrorBoxComponent);
    if (inputs.heading !== undefined) fixture.componentRef.setInput('heading', inputs.heading);
    if (inputs.messages) fixture.componentRef.setInput('messages', inputs.messages);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('keeps an empty live region until there is an error, so the error is announced when it comes', async () => {
    const { fixture, element } = await render({});
    const alert = element.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent.trim()).toBe('');
    fixture.componentRef.setInput('heading', 'Проверете полетата.');
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')).toBe(alert);
    expect(alert.textContent.trim()).toBe('Проверете полетата.');
  });

  it('lists the messages under the heading', async () => {
    const { element } = await render({ heading: 'Грешка', messages: ['value must be an integer', 'value too big'] });
    expect(element.querySelector('.error__heading')?.textContent).toBe('Грешка');
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'value must be an integer',
      'value too big',
    ]);
  });

  it('shows messages without a heading', async () => {
    const { element } = await render({ messages: ['Conflict'] });
    expect(element.querySelector('.error__heading')).toBeNull();
    expect(element.querySelector('[data-testid="error-box"]')?.textContent.trim()).toBe('Conflict');
  });
});
