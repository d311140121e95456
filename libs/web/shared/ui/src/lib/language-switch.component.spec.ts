import { TestBed } from '@angular/core/testing';

import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  async function render(active = 'bg') {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    fixture.componentRef.setInput('languages', ['bg', 'en']);
    fixture.componentRef.setInput('active', active);
    fixture.componentRef.setInput('label', 'Език');
    const chosen: string[] = [];
    fixture.componentInstance.languageChange.subscribe((language) => chosen.push(language));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const buttons = [...element.querySelectorAll('button')];
    return { fixture, element, buttons, chosen };
  }

  it('names each language in itself, marked with its language, in a labelled group', async () => {
    const { element, buttons } = await render();
    expect(element.querySelector('mat-button-toggle-group')?.getAttribute('aria-label')).toBe('Език');
    expect(buttons.map((button) => button.textContent.trim())).toEqual(['Български', 'English']);
    expect([...element.querySelectorAll('mat-button-toggle')].map((toggle) => toggle.getAttribute('lang'))).toEqual([
      'bg',
      'en',
    ]);
  });

  it('offers the languages as radio buttons, the active one checked', async () => {
    const { fixture, element, buttons } = await render('bg');
    expect(element.querySelector('mat-button-toggle-group')?.getAttribute('role')).toBe('radiogroup');
    expect(buttons.map((button) => button.getAttribute('role'))).toEqual(['radio', 'radio']);
    expect(buttons.map((button) => button.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    fixture.componentRef.setInput('active', 'en');
    await fixture.whenStable();
    expect(buttons.map((button) => button.getAttribute('aria-checked'))).toEqual(['false', 'true']);
  });

  it('emits the language chosen by a click', async () => {
    const { buttons, chosen } = await render('bg');
    buttons[1].click();
    expect(chosen).toEqual(['en']);
  });

  it('emits the language chosen from the keyboard, arrows moving between languages', async () => {
    const { buttons, chosen } = await render('bg');
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', keyCode: 39, bubbles: true }));
    expect(chosen).toEqual(['en']);
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', keyCode: 37, bubbles: true }));
    expect(chosen).toEqual(['en', 'bg']);
  });
});
