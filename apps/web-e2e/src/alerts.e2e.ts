import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test('staff mark a child notification done from "Today\'s work", and the case records who and when', async ({
  page,
}) => {
  // Waits for the worker's first alerts run, then checks two pages for accessibility.
  test.slow();
  await page.goto('/login');
  await signIn(page, 'staff.sofia');
  const today = page.getByTestId('today');
  const doneMvr = page.getByRole('button', { name: /^Отбелязване като уведомено: Уведомяване на МВР/ });
  // The worker computes the alerts as it starts: come back home until they are there.
  await expect(async () => {
    await page.getByTestId('nav-alerts').click();
    await page.getByTestId('nav-home').click();
    await expect(today.locator(doneMvr)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  // The demo child case's three notifications, under its code, each naming whom and how late.
  const caseCode =
    (await today.getByTestId('alert-group').filter({ has: doneMvr }).getByRole('link').textContent())?.trim() ?? '';
  expect(caseCode).toMatch(/^SOF-SHELTER-\d{4}-\d{4}$/);
  const group = today
    .getByTestId('alert-group')
    .filter({ has: page.getByRole('link', { name: caseCode, exact: true }) });
  const rows = group.getByTestId('alert-row');
  await expect(rows).toHaveCount(3);
  for (const authority of ['ДАЗД', 'МВР', 'НКБТХ']) {
    await expect(rows.filter({ hasText: `Уведомяване на ${authority}` })).toContainText(/закъснение \d+ дни/);
  }
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'staff-today-notifications');

  await today.locator(doneMvr).click();
  await expect(rows).toHaveCount(2);
  await expect(group).not.toContainText('Уведомяване на МВР');

  // The case page shows the same: one done, by whom and when; two still to do.
  await group.getByRole('link', { name: caseCode }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(caseCode);
  await page.getByRole('tab', { name: 'Задачи (2)' }).click();
  const tasks = page.getByTestId('tasks-list').getByRole('listitem');
  await expect(tasks.filter({ hasText: 'Уведомяване на МВР' })).toContainText(
    /Уведомено: .+, отбелязано от Елена Георгиева/,
  );
  await expect(tasks.filter({ hasText: 'Уведомяване на ДАЗД' }).getByRole('button')).toBeVisible();
});
