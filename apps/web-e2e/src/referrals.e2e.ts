import { expect, test } from '@playwright/test';

import { choose, expectNoSeriousA11yViolations, screenshot, signIn } from './support';

test('social worker sends a referral with consent and sees its outcome', async ({ page }) => {
  const reason = `Нуждае се от подслон и защита (${Date.now()})`;

  await page.goto('/login');
  await signIn(page, 'social.worker');
  await page.getByTestId('nav-referrals').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Насочвания');
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId('referral-new').click();
  await choose(page, 'referral-to', /SOF-SHELTER/);
  await choose(page, 'referral-urgency', 'Висока');
  await choose(page, 'referral-sex', 'Жена');
  await page.getByTestId('referral-birth-year').fill('2001');
  await choose(page, 'referral-forms', 'Принудителен труд', true);
  await page.getByTestId('referral-reason').fill(reason);
  await page.getByTestId('referral-send').click();
  await expect(page.getByTestId('consent-error')).toHaveText('Без съгласие насочването не може да бъде изпратено.');
  await page.getByRole('checkbox', { name: 'Лицето е дало информирано съгласие за насочването' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('referral-send').click();

  await expect(page).toHaveURL(/\/referrals\?box=outbox$/);
  const row = page
    .getByTestId('referrals-list')
    .getByRole('button', { name: /до SOF-SHELTER/ })
    .first();
  await expect(row).toContainText('Изпратено');
  const code = (await row.locator('.row__code').textContent())?.trim() ?? '';
  expect(code).not.toBe('');
  await screenshot(page, 'social-worker-outbox');
  await page.getByTestId('sign-out').click();

  // The shelter accepts it.
  await signIn(page, 'staff.sofia');
  await page.getByTestId('nav-referrals').click();
  await page.getByTestId(`referral-${code}`).click();
  await expect(page.getByTestId('referral-detail')).toContainText(reason);
  await page.getByTestId('referral-accept').click();
  await expect(page.getByTestId('referral-notice')).toHaveText('Насочването е прието.');
  await page.getByTestId('sign-out').click();

  // The sender sees the outcome and the response time.
  await signIn(page, 'social.worker');
  await page.getByTestId('nav-referrals').click();
  await page.getByTestId('box-outbox').click();
  await page.getByTestId(`referral-${code}`).click();
  await expect(page.getByTestId('referral-outcome')).toContainText('Прието');
  await expect(page.getByTestId('referral-response-time')).toContainText(/\d+ мин\./);
  await screenshot(page, 'social-worker-outcome');

  // The demo's outbox holds a referral in every state a sender meets.
  for (const status of ['Изпратено', 'Прието', 'Отказано', 'Оттеглено', 'Приключено']) {
    await expect(
      page.getByTestId('referrals-list').getByTestId('referral-status').getByText(status, { exact: true }).first(),
    ).toBeVisible();
  }
});
