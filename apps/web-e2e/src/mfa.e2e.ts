import { readFile } from 'node:fs/promises';

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';

import { DEMO_PASSWORD, expectNoSeriousA11yViolations, screenshot, signIn, uniqueSuffix } from './support';

const PASSWORD = 'Second-Factor-E2e-2026!';
const STEP_SECONDS = 30;
/** The header the API asks for with the refresh cookie (CSRF_HEADER of the contracts). */
const CSRF_HEADER = 'X-IBD-CSRF';
const WRONG_CREDENTIALS = 'Грешно потребителско име или парола.';

/**
 * The authenticator app of the test. The API takes each 30-second step once and only a step later than
 * the last one used (its window is one step either side), so each code is of the next free step,
 * waiting for the clock when that step is not yet in the window.
 */
class Authenticator {
  private lastStep = 0;

  constructor(private readonly secret: string) {}

  async code(): Promise<string> {
    const now = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = Math.max(this.lastStep + 1, now);
    const wait = (step - 1) * STEP_SECONDS * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));
    this.lastStep = step;
    return generate({ secret: this.secret, epoch: step * STEP_SECONDS });
  }
}

/**
 * A sign-in straight against the API; `request` keeps the refresh cookie like another browser would.
 * Answers the access token.
 */
async function apiSignIn(
  request: APIRequestContext,
  username: string,
  password: string,
  recoveryCode?: string,
): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.status()).toBe(200);
  const answer = (await login.json()) as { accessToken: string; challengeToken?: string };
  if (!answer.challengeToken) return answer.accessToken;
  const second = await request.post('/api/v1/auth/login/second-factor', {
    data: { challengeToken: answer.challengeToken, recoveryCode },
  });
  expect(second.status()).toBe(200);
  return ((await second.json()) as { accessToken: string }).accessToken;
}

/** The status of a refresh through the context's cookie. */
async function refreshStatus(request: APIRequestContext): Promise<number> {
  return (await request.post('/api/v1/auth/refresh', { headers: { [CSRF_HEADER]: '1' } })).status();
}

/** A user of this test only, so no other spec meets their second factor. */
async function createUser(request: APIRequestContext): Promise<string> {
  const accessToken = await apiSignIn(request, 'admin', DEMO_PASSWORD);
  const headers = { Authorization: `Bearer ${accessToken}` };
  const units = (await (await request.get('/api/v1/units', { headers })).json()) as Array<{ id: string; code: string }>;
  const unit = units.find((candidate) => candidate.code === 'VAR-SHELTER');
  const username = `e2e.mfa.${uniqueSuffix()}`;
  const created = await request.post('/api/v1/users', {
    headers,
    data: { username, displayName: 'Тест Втори Фактор', password: PASSWORD, role: 'shelter_staff', unitId: unit?.id },
  });
  expect(created.status()).toBe(201);
  return username;
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
}

/** The password, then the code step with a recovery code. */
async function signInWithRecoveryCode(page: Page, username: string, recoveryCode: string): Promise<void> {
  await signIn(page, username, PASSWORD);
  await page.getByTestId('login-use-recovery-code').click();
  await page.getByTestId('login-recovery-code').fill(recoveryCode);
  await page.getByTestId('login-code-submit').click();
}

test('a user sets up a second factor, signs in with codes and ends a session; an admin resets the factor', async ({
  page,
  request,
  playwright,
}) => {
  test.setTimeout(180_000);
  const username = await createUser(request);

  // Without a factor (MFA_REQUIRED is off in demo mode) the password alone signs in.
  await page.goto('/login');
  await signIn(page, username, PASSWORD);
  await expect(page.getByTestId('home-greeting')).toContainText('Тест Втори Фактор');

  await page.getByTestId('nav-security').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сигурност');
  await page.getByTestId('factor-set-up').click();
  await expect(page.getByTestId('enrolment-qr')).toBeVisible();
  const secret = (await page.getByTestId('enrolment-secret').textContent())?.replace(/\s/g, '') ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const app = new Authenticator(secret);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'mfa-enrolment');

  await page.getByTestId('enrolment-code').fill('000000');
  await page.getByTestId('enrolment-confirm').click();
  await expect(page.getByTestId('enrolment-code-error')).toContainText('Кодът не е валиден.');
  await page.getByTestId('enrolment-code').fill(await app.code());
  await page.getByTestId('enrolment-confirm').click();
  const listed = page.getByTestId('recovery-codes').locator('li');
  await expect(listed).toHaveCount(10);
  const recoveryCodes = (await listed.allTextContents()).map((code) => code.trim());

  const download = page.waitForEvent('download');
  await page.getByTestId('recovery-codes-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ibd-recovery-codes.txt');
  const saved = await readFile(await file.path(), 'utf8');
  expect(saved.trim().split('\n').slice(-10)).toEqual(recoveryCodes);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'mfa-recovery-codes');
  await page.getByTestId('enrolment-continue').click();
  await expect(page.getByTestId('factor-status')).toContainText('оставащи кодове за възстановяване: 10');

  // Password, then a code of the app.
  await signOut(page);
  const { status, user } = await signIn(page, username, PASSWORD);
  expect(status).toBe(200);
  expect(user).toBeNull();
  await expect(page.getByTestId('login-code')).toBeFocused();
  await expect(page.getByTestId('login-code')).toHaveAttribute('autocomplete', 'one-time-code');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'mfa-code-step');
  await page.getByTestId('login-code').fill(await app.code());
  await page.getByTestId('login-code-submit').click();
  await expect(page.getByTestId('home-greeting')).toBeVisible();

  // A recovery code signs in once; the second time it is refused like a wrong password.
  await signOut(page);
  await signInWithRecoveryCode(page, username, recoveryCodes[0]);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
  await signOut(page);
  await signInWithRecoveryCode(page, username, recoveryCodes[0]);
  await expect(page.getByTestId('login-error')).toHaveText(WRONG_CREDENTIALS);
  await page.getByTestId('login-recovery-code').fill(recoveryCodes[1]);
  await page.getByTestId('login-code-submit').click();
  await expect(page.getByTestId('home-greeting')).toBeVisible();

  // A session in another browser: listed on the Security page, ended there, and its refresh then fails.
  const browser = () => playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await browser();
  await apiSignIn(other, username, PASSWORD, recoveryCodes[2]);
  expect(await refreshStatus(other)).toBe(200);
  await page.getByTestId('nav-security').click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  await expect(page.getByTestId('session-current')).toHaveText('Тази сесия');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'mfa-sessions');
  await page.getByTestId('session-end').click();
  await expect(page.getByTestId('sessions-result')).toHaveText('Сесията е прекратена.');
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  expect(await refreshStatus(other)).toBe(401);

  // The admin ends the user's sessions (a shared computer), then resets the factor (a lost phone): the
  // user signs in with the password alone again.
  const elsewhere = await browser();
  await apiSignIn(elsewhere, username, PASSWORD, recoveryCodes[3]);
  await signOut(page);
  await signIn(page, 'admin');
  await page.getByTestId('nav-users').click();
  await page.getByTestId('user-search').fill(username);
  await page.getByTestId('user-search').press('Enter');
  await page.getByTestId(`user-${username}`).click();
  await expect(page.getByTestId('user-mfa-status')).toContainText('Има настроен втори фактор');
  await page.getByTestId('user-end-sessions').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('user-security-result')).toHaveText('Прекратени сесии: 1.');
  expect(await refreshStatus(elsewhere)).toBe(401);

  await page.getByTestId('user-mfa-reset').click();
  await expect(page.getByRole('dialog')).toContainText('Нулиране на втория фактор?');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'mfa-admin-reset');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('user-security-result')).toHaveText(
    'Вторият фактор е нулиран и сесиите на потребителя са прекратени.',
  );
  await expect(page.getByTestId('user-mfa-status')).toHaveText('Няма настроен втори фактор.');

  await signOut(page);
  await signIn(page, username, PASSWORD);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
});
