import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import type { SecondFactorStatus } from '@ibd/shared/contracts';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { SecurityPageComponent } from './security-page.component';

const ENROLLED: SecondFactorStatus = {
  enrolled: true,
  enrolledAt: '2026-11-20T10:00:00Z',
  required: false,
  recoveryCodesLeft: 9,
};
const NONE: SecondFactorStatus = { enrolled: false, enrolledAt: null, required: true, recoveryCodesLeft: 0 };
const CODES = Array.from({ length: 10 }, (_, index) => `KLMNP-QRS${String(index).padStart(2, '0')}`);

describe('SecurityPageComponent', () => {
  let http: HttpTestingController;
  let element: HTMLElement;
  let fixture: ReturnType<typeof TestBed.createComponent<SecurityPageComponent>>;

  async function open(status: SecondFactorStatus) {
    ({ fixture, http, element } = createWithHttp(SecurityPageComponent));
    http.expectOne('/api/v1/auth/mfa').flush(status);
    http
      .expectOne((request) => request.url === '/api/v1/auth/sessions')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const { byTestId, click, type } = userActions(() => fixture);

  async function renewWith(code: string) {
    await type('renew-code', code);
    await click('renew-submit');
  }

  it('says since when the factor is set up and how many recovery codes are left', async () => {
    await open(ENROLLED);
    expect(element.querySelector('h1')?.textContent).toBe('Сигурност');
    expect(byTestId('factor-status').textContent.trim()).toBe(
      'Вторият фактор е настроен на 20.11.2026 г.; оставащи кодове за възстановяване: 9.',
    );
  });

  it('makes a new set of recovery codes for a current code and shows it once', async () => {
    await open(ENROLLED);
    await renewWith('246810');
    const request = http.expectOne('/api/v1/auth/mfa/recovery-codes');
    expect(request.request.body).toEqual({ code: '246810' });
    request.flush({ recoveryCodes: CODES });
    await fixture.whenStable();

    expect(element.querySelectorAll('[data-testid="recovery-codes"] li')).toHaveLength(10);
    expect(byTestId('renew-code')).toBeNull();

    byTestId('recovery-codes-close').click();
    http.expectOne('/api/v1/auth/mfa').flush({ ...ENROLLED, recoveryCodesLeft: 10 });
    await fixture.whenStable();
    expect(byTestId('recovery-codes')).toBeNull();
    expect(byTestId('factor-status').textContent).toContain('оставащи кодове за възстановяване: 10.');
  });

  it('places a refused code at its field', async () => {
    await open(ENROLLED);
    await renewWith('000000');
    http
      .expectOne('/api/v1/auth/mfa/recovery-codes')
      .flush({ statusCode: 400, message: ['code is not a current code'] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();

    expect(byTestId('renew-code-error').textContent).toContain('Кодът не е валиден.');
    expect(byTestId('recovery-codes')).toBeNull();
  });

  it('says so in the error box once wrong codes have locked the account, not at the field', async () => {
    await open(ENROLLED);
    await renewWith('000000');
    http
      .expectOne('/api/v1/auth/mfa/recovery-codes')
      .flush({ statusCode: 429, message: 'Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();

    expect(byTestId('error-box').textContent).toContain('Твърде много опити. Изчакайте малко.');
    expect(byTestId('renew-code-error')).toBeNull();
    expect(byTestId('recovery-codes')).toBeNull();
  });

  it('offers to set up a factor when there is none, and starts the enrolment', async () => {
    await open(NONE);
    expect(byTestId('factor-status').textContent.trim()).toBe('Ролята ви изисква втори фактор, а няма настроен.');
    await click('factor-set-up');
    http.expectOne('/api/v1/auth/mfa/enrolment').flush({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x' });
    await fixture.whenStable();
    expect(byTestId('enrolment-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP');
  });
});
