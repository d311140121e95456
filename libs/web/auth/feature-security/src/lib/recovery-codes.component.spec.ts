import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { RecoveryCodesComponent } from './recovery-codes.component';

const CODES = ['ABCDE-FGHJK', 'LMNPQ-RSTUV'];
const TEXT = 'ИБД: кодове за възстановяване (всеки важи веднъж)\n\nABCDE-FGHJK\nLMNPQ-RSTUV\n';

describe('RecoveryCodesComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  const button = (element: HTMLElement, id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement;

  it('copies the codes and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { fixture, element } = await render(RecoveryCodesComponent, { codes: CODES });

    button(element, 'recovery-codes-copy').click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(writeText).toHaveBeenCalledWith(TEXT);
    expect(element.querySelector('[role="status"]')?.textContent.trim()).toBe('Кодовете са копирани.');
  });

  it('downloads the codes as a text file', async () => {
    let saved: Blob | undefined;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:codes';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('ibd-recovery-codes.txt');
    });
    const { element } = await render(RecoveryCodesComponent, { codes: CODES });

    button(element, 'recovery-codes-download').click();

    expect(clicked).toHaveBeenCalledTimes(1);
    const reader = new FileReader();
    const text = new Promise((resolve) => reader.addEventListener('load', () => resolve(reader.result)));
    reader.readAsText(saved as Blob);
    expect(await text).toBe(TEXT);
  });
});
