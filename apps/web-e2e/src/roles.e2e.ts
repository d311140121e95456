import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

const DEMO_USERS = [
  { username: 'staff.sofia', role: 'shelter_staff', nav: ['home', 'cases', 'beds', 'referrals', 'alerts', 'security'] },
  {
    username: 'staff.burgas',
    role: 'shelter_staff',
    nav: ['home', 'cases', 'beds', 'referrals', 'alerts', 'security'],
  },
  { username: 'staff.varna', role: 'shelter_staff', nav: ['home', 'cases', 'beds', 'referrals', 'alerts', 'security'] },
  { username: 'social.worker', role: 'social_worker', nav: ['home', 'referrals', 'alerts', 'security'] },
  { username: 'monitor', role: 'monitor', nav: ['home', 'monitoring', 'alerts', 'security'] },
  { username: 'auditor', role: 'auditor', nav: ['home', 'export', 'audit', 'security'] },
  { username: 'admin', role: 'admin', nav: ['home', 'users', 'catalogue', 'settings', 'queues', 'security'] },
] as const;

test.describe('signed-in home per role', () => {
  for (const demo of DEMO_USERS) {
    test(`${demo.username} sees the greeting and only the ${demo.role} navigation`, async ({ page }) => {
      await page.goto('/login');
      const { status, user } = await signIn(page, demo.username);

      expect(status).toBe(200);
      expect(user?.role).toBe(demo.role);
      await expect(page).toHaveURL(/\/home$/);
      const greeting = page.getByTestId('home-greeting');
      await expect(greeting).toContainText(user?.displayName ?? '<missing display name>');
      await expect(page.getByTestId('current-user')).toContainText(user?.displayName ?? '');
      const navIds = await page
        .locator('nav [data-testid^="nav-"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
      expect(navIds).toEqual(demo.nav.map((path) => `nav-${path}`));
      await screenshot(page, `home-${demo.username}`);
    });
  }
});

test('monitor sees the alerts across facilities', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'monitor');

  await page.getByTestId('nav-alerts').click();

  await expect(page).toHaveURL(/\/alerts$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Предупреждения');
  await expect(page.getByTestId('alert-list').or(page.getByTestId('empty-state'))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'monitor-alerts');
});

test('the home page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'staff.sofia');
  await expect(page.getByTestId('home-greeting')).toBeVisible();

  await expectNoSeriousA11yViolations(page);
});

test('signing out returns to the login page', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'social.worker');
  await expect(page.getByTestId('home-greeting')).toBeVisible();

  await page.getByTestId('sign-out').click();

  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await page.goto('/home');
  await expect(page).toHaveURL(/\/login/);
  await screenshot(page, 'signed-out');
});
