import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test('auditor previews and downloads the anonymised export', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'auditor');
  await page.getByTestId('nav-export').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Анонимизиран експорт');

  await page.getByTestId('export-preview').click();
  await expect(page.getByTestId('export-threshold')).toContainText(/\d+ — /);
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
