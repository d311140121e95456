import { expect, type Page, test } from '@playwright/test';

import { signIn } from './support';

/** Everything a script of the page can read: the storages and the cookies not marked HttpOnly. */
async function readableByScripts(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
}

test.describe('session', () => {
  test('survives reloads and new tabs, and a sign-out in one tab ends every tab', async ({ page, context }) => {
    await page.goto('/login');
    const { user } = await signIn(page, 'staff.sofia');
    expect(user?.displayName).toBeTruthy();
    await expect(page.getByTestId('current-user')).toContainText(user?.displayName ?? '');

    for (const [path, heading] of [
      ['/beds', 'Заетост на леглата'],
      ['/cases', 'Случаи'],
      ['/alerts', 'Предупреждения'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.reload();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByTestId('current-user')).toContainText(user?.displayName ?? '');
    }

    const readable = await readableByScripts(page);
    expect(readable).not.toMatch(/ibd_refresh|eyJ|accessToken|refreshToken/);

    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-link').first().click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    const second = await context.newPage();
    await second.goto(caseUrl);
    await expect(second).toHaveURL(caseUrl);
    await expect(second.getByTestId('case-status')).toBeVisible();
    await expect(second.getByTestId('current-user')).toContainText(user?.displayName ?? '');

    await second.getByTestId('sign-out').click();
    await expect(second).toHaveURL(/\/login/);
    await expect(page).toHaveURL(/\/login/, { timeout: 2_000 });

    // Signed out for good: opening a page again asks for a sign-in.
    await page.goto(caseUrl);
    await expect(page).toHaveURL(/\/login\?returnUrl=/);
  });

  test('signs out after the idle timeout without activity, and not before', async ({ page }) => {
    // The browser's clock runs ahead: the API's real 30-minute timeout applies, without waiting 30 minutes.
    await page.clock.install();
    await page.goto('/login');
    const { user } = await signIn(page, 'staff.sofia');
    await page.goto('/beds');
    await expect(page.getByTestId('current-user')).toContainText(user?.displayName ?? '');

    const renewal = page.waitForRequest('**/api/v1/auth/refresh');
    await page.clock.fastForward('29:00');
    await renewal;
    await expect(page).toHaveURL(/\/beds$/);
    await page.mouse.move(10, 10);
    await page.mouse.move(40, 40);
    await page.clock.fastForward('29:00');
    await expect(page).toHaveURL(/\/beds$/);

    await page.clock.fastForward('02:00');
    await expect(page).toHaveURL(/\/login\?reason=idle$/);
    await expect(page.getByTestId('login-notice')).toHaveText('Излязохте автоматично след период без активност.');
    await page.reload();
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await page.goto('/beds');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fbeds/);
  });
});
