import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test('monitor builds the statistics and sees the dashboard with charts', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await signIn(page, 'monitor');
  await page.getByTestId('nav-monitoring').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мониторинг на услугите');

  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Напредък на изчисляването' })).toBeVisible();
  await expect(
    page.getByTestId('run-status'),
    'the run stays queued without the worker: start `node dist/apps/worker/main.js` beside the API',
  ).not.toHaveText(/В опашката/, { timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toHaveText(/Готово/, { timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Напредък на изчисляването' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );

  await expect(page.getByTestId('monitoring-charts')).toBeVisible();
  await expect(page.getByTestId('bar-chart').first()).toBeVisible();
  await expect(page.getByTestId('line-chart')).toBeVisible();
  await expect(page.getByTestId('monitoring-table').first()).toContainText('Капацитет (легла)');
  await page.getByTestId('reporting-show').click();
  await expect(page.getByTestId('count-table').first()).toBeVisible();
  // The API's tables are in English (as the export); the page shows them in the UI language.
  const byAge = page.getByRole('table', {
    name: 'Новоидентифицирани лица през периода по възрастова група при идентифицирането и пол',
  });
  await expect(byAge).toBeVisible();
  await expect(byAge.getByRole('columnheader', { name: 'Възрастова група' })).toBeVisible();
  await expect(byAge.getByRole('rowheader', { name: 'Дете (под 18 г.)' })).toBeVisible();
  await expect(page.getByTestId('count-table').first()).not.toContainText('Persons newly identified');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'monitor-dashboard');

  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monitoring of the services');
  await expect(page.getByTestId('monitoring-table').first()).toContainText('Capacity (beds)');
  await expect(
    page.getByRole('table', { name: 'Persons newly identified in the period, by age group at identification and sex' }),
  ).toBeVisible();
  await screenshot(page, 'monitor-dashboard-en');
  await page.getByRole('radio', { name: 'Български' }).click();
});
