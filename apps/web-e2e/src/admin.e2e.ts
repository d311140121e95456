import { expect, test } from '@playwright/test';

import { choose, expectNoSeriousA11yViolations, screenshot, signIn, uniqueSuffix } from './support';

test('admin creates a user who can then sign in', async ({ page }) => {
  const username = `e2e.staff.${uniqueSuffix()}`;
  const password = 'E2e-Password-2026!';

  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-users').click();
  await expect(page.getByTestId('users-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId('user-new').click();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill('Тестов Служител');
  await choose(page, 'user-role', 'Служител в приют');
  await page.getByTestId('user-unit').focus();
  await page.keyboard.press('Enter');
  // Only facilities are offered to shelter staff.
  await expect(page.getByRole('option', { name: /VAR-SHELTER/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /DSP-SOF/ })).toHaveCount(0);
  await page.getByRole('option', { name: /VAR-SHELTER/ }).click();
  await page.getByTestId('user-password').fill('short');
  await page.getByTestId('user-save').click();
  await expect(page.getByText('Поне 12 знака.').first()).toBeVisible();

  await page.getByTestId('user-password').fill(password);
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('user-save').click();
  await expect(page).toHaveURL(/\/users$/);
  await page.getByTestId('user-search').fill(username);
  await page.getByTestId('user-search').press('Enter');
  await expect(page.getByTestId(`user-${username}`)).toBeVisible();
  await screenshot(page, 'admin-user-created');

  // The same username again: the API's 409 is shown.
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill('Дубликат');
  await choose(page, 'user-role', 'Одитор');
  await choose(page, 'user-unit', /ANKBTH/);
  await page.getByTestId('user-password').fill(password);
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId('error-box')).toContainText('username is already taken');

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  const { status, user } = await signIn(page, username, password);
  expect(status).toBe(200);
  expect(user?.role).toBe('shelter_staff');
  await expect(page.getByTestId('home-greeting')).toContainText('Тестов Служител');
});

test('admin filters the users by role and unit, and "all" lifts a filter', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-users').click();
  await expect(page.getByTestId('user-auditor')).toBeVisible();

  await choose(page, 'user-filter-role', 'Служител в приют');
  await expect(page.getByTestId('user-staff.burgas')).toBeVisible();
  await expect(page.getByTestId('user-auditor')).toHaveCount(0);
  await choose(page, 'user-filter-unit', /VAR-SHELTER/);
  await expect(page.getByTestId('user-staff.varna')).toBeVisible();
  await expect(page.getByTestId('user-staff.burgas')).toHaveCount(0);

  await choose(page, 'user-filter-unit', 'Всички');
  await expect(page.getByTestId('user-staff.burgas')).toBeVisible();
  await expect(page.getByTestId('user-auditor')).toHaveCount(0);
  await choose(page, 'user-filter-role', 'Всички');
  await expect(page.getByTestId('user-auditor')).toBeVisible();
});

test('admin keeps the service catalogue', async ({ page }) => {
  const code = `e2e_${Date.now().toString(36)}`;
  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-catalogue').click();
  await expect(page.getByTestId('facilities')).toContainText('SOF-SHELTER');
  await expect(page.getByTestId('service-types')).toContainText('psychological');

  await page.getByTestId('type-code').fill(code);
  await page.getByLabel('Наименование (български)').fill('Арт терапия (тест)');
  await page.getByLabel('Наименование (английски)').fill('Art therapy (test)');
  await page.getByRole('button', { name: 'Добавяне' }).click();
  await expect(page.getByTestId('service-types')).toContainText(code);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'admin-catalogue');
});
