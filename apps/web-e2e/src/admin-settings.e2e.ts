import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn, uniqueSuffix } from './support';

/** The admin's settings journeys: each change is saved by the API, so a reload shows it. */

/**
 * A reload, which keeps the session and the page: what is shown then comes from the API, not from
 * what the page held.
 */
async function reloadSignedIn(page: Page): Promise<void> {
  const path = new URL(page.url()).pathname;
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

async function openCatalogue(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-catalogue').click();
  await expect(page.getByTestId('facilities')).toContainText('BGS-REINT');
}

test('admin adds a bed and takes it out of service; a reload shows both', async ({ page }) => {
  const code = `E2E-${uniqueSuffix()}`.toUpperCase();
  await openCatalogue(page);

  await page.getByTestId('beds-BGS-REINT').click();
  await expect(page.getByTestId('beds')).toContainText('BGS-REINT-01');
  await page.getByPlaceholder('Код').fill(code);
  await page.getByPlaceholder('Означение').fill('Стая е2е');
  await page.getByRole('button', { name: 'Добавяне на легло' }).click();
  const row = page.getByTestId(`bed-row-${code}`);
  await expect(row).toContainText('Да');
  await expect(page.getByText('Леглата са записани.')).toBeVisible();

  await row.getByRole('button', { name: 'Извеждане от експлоатация' }).click();
  await expect(row).toContainText('Не');
  await expect(row.getByRole('button', { name: 'Въвеждане в експлоатация' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await reloadSignedIn(page);
  await expect(page.getByTestId('facilities')).toContainText('BGS-REINT');
  await page.getByTestId('beds-BGS-REINT').click();
  const reloaded = page.getByTestId(`bed-row-${code}`);
  await expect(reloaded).toContainText('Не');
  await expect(reloaded.getByRole('textbox')).toHaveValue('Стая е2е');
  await screenshot(page, 'admin-beds');
});

async function openSettings(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Срокове и прагове');
}

/** Sets a value in the settings page and waits for the API to confirm it. */
async function setValue(page: Page, testId: string, value: string, saved: string): Promise<void> {
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(`${testId}-save`).click();
  await expect(page.getByText(`${saved}: записано.`)).toBeVisible();
}

test('admin changes a legal term, named in Bulgarian; a reload shows it', async ({ page }) => {
  await openSettings(page);
  const field = page.getByRole('spinbutton', { name: 'Съхранение на самоличността' });
  const original = await field.inputValue();
  try {
    await setValue(page, 'legal-terms-retention_years', String(Number(original) + 1), 'Съхранение на самоличността');
    await reloadSignedIn(page);
    await expect(page.getByTestId('legal-terms-retention_years')).toHaveValue(String(Number(original) + 1));
    await expect(page.getByTestId('legal-terms')).toContainText('години');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'admin-legal-term');
  } finally {
    // Put the policy back for the other journeys, whatever happened above.
    await setValue(page, 'legal-terms-retention_years', original, 'Съхранение на самоличността');
  }
});

test('admin sets a minimum stay and an alert threshold; the API refuses too large a value at the field', async ({
  page,
}) => {
  await openSettings(page);

  await expect(page.getByTestId('stay-terms-temporary_shelter')).toHaveValue('30');
  try {
    await setValue(page, 'stay-terms-temporary_shelter', '45', 'Приют за временно настаняване');

    const threshold = page.getByTestId('alert-settings-term_ending_days');
    await threshold.fill('400');
    await page.getByTestId('alert-settings-term_ending_days-save').click();
    await expect(page.getByTestId('alert-settings-term_ending_days-error')).toHaveText(
      'value must not be greater than 365 (days)',
    );
    await expect(threshold).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'admin-settings');

    await reloadSignedIn(page);
    await expect(page.getByTestId('stay-terms-temporary_shelter')).toHaveValue('45');
    // The refused value was not stored.
    await expect(page.getByTestId('alert-settings-term_ending_days')).toHaveValue('7');
  } finally {
    // Back to the law's 30 days for the other journeys, whatever happened above.
    await setValue(page, 'stay-terms-temporary_shelter', '30', 'Приют за временно настаняване');
  }
  await reloadSignedIn(page);
  await expect(page.getByTestId('stay-terms-temporary_shelter')).toHaveValue('30');
});

/** Sets whether a role must use a second factor and waits for the API to confirm it. */
async function setSecondFactor(page: Page, role: string, required: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: `${role}: задължителен втори фактор` });
  await toggle.setChecked(required);
  const row = page.locator('form').filter({ has: toggle });
  await row.getByRole('button', { name: 'Запис' }).click();
  await expect(row.getByRole('status')).toHaveText(`${role}: записано.`);
}

test('admin turns the second factor off for a role; a reload shows it', async ({ page }) => {
  await openSettings(page);
  const policies = page.getByTestId('mfa-policies');
  // Demo mode runs without MFA_REQUIRED: the page says the choice has no effect yet.
  await expect(policies.getByTestId('mfa-enforced')).toContainText('няма действие');
  const auditor = policies.getByRole('switch', { name: 'Одитор: задължителен втори фактор' });
  await expect(auditor).toBeChecked();
  try {
    await setSecondFactor(page, 'Одитор', false);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'admin-second-factor');

    await reloadSignedIn(page);
    await expect(auditor).not.toBeChecked();
    await expect(policies.getByRole('switch', { name: 'Администратор: задължителен втори фактор' })).toBeChecked();
  } finally {
    // Every role required again, as seeded, for the other journeys, whatever happened above.
    await setSecondFactor(page, 'Одитор', true);
  }
  await reloadSignedIn(page);
  await expect(auditor).toBeChecked();
});

test('admin opens the read-only queue board in a new tab', async ({ page, context }) => {
  await page.goto('/login');
  await signIn(page, 'admin');
  await page.getByTestId('nav-queues').click();
  await expect(page.getByRole('heading', { name: 'Опашки със задачи' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const [board] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-queue-board').click()]);
  await expect(board).toHaveURL(/\/api\/admin\/queues\/$/);
  for (const queue of ['statistics', 'alerts', 'retention', 'maintenance']) {
    await expect(board.getByText(queue, { exact: true }).first()).toBeVisible();
  }
  await screenshot(board, 'admin-queue-board');
});
