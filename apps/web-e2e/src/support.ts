import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-Pass-2026!';

const SCREENSHOT_DIR = join(__dirname, '../../../dist/e2e-screenshots');

export interface SessionUser {
  username: string;
  displayName: string;
  role: string;
}

/**
 * Fills the login form and submits it; resolves with the login response's status and user. The
 * answer is read on its way to the page: it is `no-store`, so the browser keeps no copy to read later.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  let login: { status: number; user: SessionUser | null } | undefined;
  await page.route(
    '**/api/v1/auth/login',
    async (route) => {
      const response = await route.fetch();
      const body = response.ok() ? ((await response.json()) as { user: SessionUser }) : null;
      login = { status: response.status(), user: body?.user ?? null };
      await route.fulfill({ response });
    },
    { times: 1 },
  );
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => login).toBeDefined();
  return login as { status: number; user: SessionUser | null };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Fails on any axe violation of impact serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

/** A suffix that keeps names unique across runs on the same demo data. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Opens a Material select from the keyboard and picks an option; multi-selects are closed with Escape. */
export async function choose(page: Page, testId: string, option: string | RegExp, multiple = false): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: typeof option === 'string' ? true : undefined }).click();
  if (multiple) {
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('listbox')).toBeHidden();
}
