import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import type { LoginResponse } from '@ibd/shared/contracts';
import { AuthStore } from '@ibd/web/shared/data-access';
import { provideTranslocoTesting, render, userActions } from '@ibd/web/shared/testing';

import { LoginPageComponent } from './login-page.component';

const SESSION: LoginResponse = {
  accessToken: 'access',
  expiresIn: 900,
  idleTimeoutMinutes: 30,
  user: { id: 'u1', username: 'staff.varna', displayName: 'Мария', role: 'shelter_staff', unitId: 'unit' },
  mfaEnrolmentRequired: false,
};
const CHALLENGE = { challengeToken: 'challenge-1', challengeExpiresIn: 300 };
const WRONG = { statusCode: 401, message: 'Wrong username or password', error: 'Unauthorized' };

describe('LoginPageComponent', () => {
  let http: HttpTestingController;
  let fixture: Awaited<ReturnType<typeof render<LoginPageComponent>>>['fixture'];
  let navigated: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTranslocoTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    navigated = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    ({ fixture } = await render(LoginPageComponent, { returnUrl: '/cases' }));
  });

  afterEach(() => http.verify());

  const { byTestId, click, type } = userActions(() => fixture);

  async function passwordStep(answer: object) {
    await type('login-username', ' Staff.Varna ');
    await type('login-password', 'Demo-Pass-2026!');
    await click('login-submit');
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ username: 'Staff.Varna', password: 'Demo-Pass-2026!' });
    request.flush(answer);
    await fixture.whenStable();
  }

  it('signs a user without a second factor straight in', async () => {
    await passwordStep(SESSION);
    expect(byTestId('second-factor-form')).toBeNull();
    expect(navigated).toHaveBeenCalledWith('/cases');
    expect(TestBed.inject(AuthStore).user()?.username).toBe('staff.varna');
  });

  it('asks for the code after a challenge, then sends it with the challenge and opens the session', async () => {
    await passwordStep(CHALLENGE);

    expect(navigated).not.toHaveBeenCalled();
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(byTestId('login-password')).toBeNull();
    const code = byTestId<HTMLInputElement>('login-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(document.activeElement).toBe(code);
    expect(byTestId('second-factor-form').textContent).toContain('Код от приложението за удостоверяване');

    await type('login-code', '123456');
    await click('login-code-submit');
    const request = http.expectOne('/api/v1/auth/login/second-factor');
    expect(request.request.body).toEqual({ challengeToken: 'challenge-1', code: '123456' });
    request.flush(SESSION);
    await fixture.whenStable();

    expect(navigated).toHaveBeenCalledWith('/cases');
    expect(TestBed.inject(AuthStore).accessToken()).toBe('access');
  });

  it('sends nothing for a code that is not 6 digits', async () => {
    await passwordStep(CHALLENGE);
    await type('login-code', '12a45');
    await click('login-code-submit');
    http.expectNone('/api/v1/auth/login/second-factor');
    expect(byTestId('second-factor-form').querySelector('mat-error')?.textContent).toContain('6 цифри.');
  });

  it('shows a wrong code as the API answers a wrong password, and keeps the code step', async () => {
    await passwordStep(CHALLENGE);
    await type('login-code', '000000');
    await click('login-code-submit');
    http.expectOne('/api/v1/auth/login/second-factor').flush(WRONG, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(byTestId('login-error').textContent).toBe('Грешно потребителско име или парола.');
    expect(byTestId('login-code')).not.toBeNull();
    expect(navigated).not.toHaveBeenCalled();
  });

  it('takes a recovery code instead of a code', async () => {
    await passwordStep(CHALLENGE);
    await click('login-use-recovery-code');
    expect(byTestId('login-code')).toBeNull();
    expect(document.activeElement).toBe(byTestId('login-recovery-code'));

    await type('login-recovery-code', ' abcde-fghjk ');
    await click('login-code-submit');
    const request = http.expectOne('/api/v1/auth/login/second-factor');
    expect(request.request.body).toEqual({ challengeToken: 'challenge-1', recoveryCode: 'abcde-fghjk' });
    request.flush(SESSION);
    await fixture.whenStable();
    expect(navigated).toHaveBeenCalledWith('/cases');
  });

  it('tells a locked-out user so at the code step', async () => {
    await passwordStep(CHALLENGE);
    await type('login-code', '111111');
    await click('login-code-submit');
    http
      .expectOne('/api/v1/auth/login/second-factor')
      .flush({ statusCode: 429, retryAfterMinutes: 15 }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(byTestId('login-error').textContent).toBe('Профилът е временно заключен. Опитайте отново по-късно.');
  });

  it('goes back to the password when the challenge has expired', async () => {
    await passwordStep(CHALLENGE);
    await type('login-code', '123456');
    await click('login-code-submit');
    http
      .expectOne('/api/v1/auth/login/second-factor')
      .flush({ ...WRONG, code: 'CHALLENGE_EXPIRED' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(byTestId('login-code')).toBeNull();
    expect(byTestId<HTMLInputElement>('login-password').value).toBe('');
    expect(byTestId('login-error').textContent).toBe('Влизането продължи твърде дълго. Въведете паролата отново.');
  });
});
