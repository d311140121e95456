import type { HttpTestingController } from '@angular/common/http/testing';

import { createWithHttp, render, userActions } from '@ibd/web/shared/testing';

import { EnrolmentComponent } from './enrolment.component';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ENROLMENT = { secret: SECRET, otpauthUri: `otpauth://totp/%D0%98%D0%91%D0%94:staff.varna?secret=${SECRET}` };
const CODES = Array.from({ length: 10 }, (_, index) => `ABCDE-FGH${String(index).padStart(2, '0')}`);

describe('EnrolmentComponent', () => {
  let http: HttpTestingController;
  let element: HTMLElement;
  let fixture: Awaited<ReturnType<typeof render<EnrolmentComponent>>>['fixture'];

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(EnrolmentComponent));
    http.expectOne({ url: '/api/v1/auth/mfa/enrolment', method: 'POST' }).flush(ENROLMENT);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const { byTestId, click, type } = userActions(() => fixture);

  async function confirmWith(code: string) {
    await type('enrolment-code', code);
    await click('enrolment-confirm');
  }

  it('shows the QR code drawn from the otpauth URI and the secret for typing by hand', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.whenStable();
    const qr = byTestId<HTMLImageElement>('enrolment-qr');
    expect(qr.alt).toBe('QR код за приложението за удостоверяване');
    expect(decodeURIComponent(qr.src)).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg .*<path /);
    expect(byTestId('enrolment-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const code = byTestId('enrolment-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
  });

  it('confirms with one code, then shows the ten recovery codes once', async () => {
    const done = jest.fn();
    fixture.componentInstance.done.subscribe(done);
    await confirmWith('654321');
    const request = http.expectOne('/api/v1/auth/mfa/enrolment/confirm');
    expect(request.request.body).toEqual({ code: '654321' });
    request.flush({ recoveryCodes: CODES });
    await fixture.whenStable();

    expect(byTestId('enrolment-secret')).toBeNull();
    expect(
      [...element.querySelectorAll('[data-testid="recovery-codes"] li')].map((li) => li.textContent.trim()),
    ).toEqual(CODES);
    await click('enrolment-continue');
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('places a refused code at the field and keeps the secret on screen', async () => {
    await confirmWith('111111');
    http
      .expectOne('/api/v1/auth/mfa/enrolment/confirm')
      .flush(
        { statusCode: 400, message: ['code is not a current code of your authenticator app'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    expect(byTestId('enrolment-code-error').textContent).toBe(
      'Кодът не е валиден. Проверете дали часовникът на телефона е верен и въведете текущия код.',
    );
    expect(byTestId('enrolment-secret')).not.toBeNull();
    expect(byTestId('recovery-codes')).toBeNull();
  });

  it('sends nothing until the code has 6 digits', async () => {
    await confirmWith('12345');
    http.expectNone('/api/v1/auth/mfa/enrolment/confirm');
    expect(byTestId('enrolment-code-error').textContent).toBe('6-те цифри, които приложението показва сега.');
  });
});
