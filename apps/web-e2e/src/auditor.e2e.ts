import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test('auditor previews and downloads the anonymised export', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'auditor');
  await page.getByTestId('nav-export').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Анонимизиран експорт');

  // The last year: the demo's persons are enough for some age bands to be shown, not all suppressed.
  const to = new Date();
  const from = new Date(to);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  await page.getByTestId('export-from').fill(from.toISOString().slice(0, 10));
  await page.getByTestId('export-to').fill(to.toISOString().slice(0, 10));
  await page.getByTestId('export-preview').click();
  await expect(page.getByTestId('export-threshold')).toContainText(/\d+ — /);
  const byAge = page.getByRole('table', {
    name: 'Persons newly identified in the period, by age at identification (CTDC bands) and sex',
  });
  await expect(byAge).toBeVisible();
  const counts = await byAge.locator('tbody tr:not(.total) td:not(.total)').allTextContents();
  expect(counts.map((count) => count.trim()).filter((count) => /^[1-9]\d*$/.test(count)).length).toBeGreaterThan(0);
  await expect(byAge).toContainText('✱');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'auditor-export');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ibd-statistics-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  expect(readFileSync(path, 'utf8')).toContain('Disclosure threshold');
  await expect(page.getByTestId('export-done')).toBeVisible();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
});

test('auditor reads the audit log and verifies the chain', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'auditor');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-table')).toBeVisible();

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verification')).toContainText('Веригата е непокътната');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'auditor-audit-log');
});
