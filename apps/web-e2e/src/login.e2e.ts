import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test.describe('login page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/login');
  });

  test('renders in Bulgarian by default and switches to English', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход в ИБД');
    await expect(page.getByLabel('Потребителско име')).toBeVisible();
    await screenshot(page, 'login-bg');

    await page.getByRole('radio', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to ИБД');
    await expect(page.getByLabel('Username')).toBeVisible();
    await screenshot(page, 'login-en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to ИБД');
  });

  test('shows the translated error for a wrong password', async ({ page }) => {
    const { status } = await signIn(page, 'no.such.user', 'Wrong-Pass-2026!');

    expect(status).toBe(401);
    await expect(page.getByTestId('login-error')).toHaveText('Грешно потребителско име или парола.');
    await expect(page).toHaveURL(/\/login/);
    await screenshot(page, 'login-wrong-password');
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
