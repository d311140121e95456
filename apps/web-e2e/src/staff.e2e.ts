import { expect, type Page, test } from '@playwright/test';

import { choose, expectNoSeriousA11yViolations, screenshot, signIn, uniqueSuffix } from './support';

/** Fills the register-and-open form for a person with this last name and birth date. */
async function fillNewCase(page: Page, lastName: string, dateOfBirth: string): Promise<void> {
  await page.getByTestId('victim-first-name').fill('Иванка');
  await page.getByTestId('victim-last-name').fill(lastName);
  await page.getByTestId('victim-dob').fill(dateOfBirth);
  await choose(page, 'victim-sex', 'Жена');
  await choose(page, 'case-identified-by', 'Полиция');
  await choose(page, 'case-forms', 'Сексуална експлоатация', true);
}

/** Registers a new person and opens a case; returns the case code shown on the case page. */
async function openNewCase(page: Page, lastName: string, dateOfBirth: string): Promise<string> {
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-new').click();
  await fillNewCase(page, lastName, dateOfBirth);
  await page.getByTestId('case-submit').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  return (heading ?? '').replace('Случай', '').trim();
}

test('staff registers a person, opens a case and logs a service', async ({ page }) => {
  const lastName = `Тестова-${uniqueSuffix()}`;
  await page.goto('/login');
  await signIn(page, 'staff.sofia');
  await page.getByTestId('nav-cases').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Случаи');
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId('case-new').click();
  await fillNewCase(page, lastName, '1998-04-12');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('case-submit').click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('case-status')).toHaveText('Открит');
  await expect(page.getByTestId('victim-name')).toContainText(lastName);
  const caseUrl = page.url();

  // Three clicks: open the form, choose the type, save.
  await page.getByTestId('service-log').click();
  await page.getByTestId('service-type-psychological').click();
  await page.getByTestId('service-save').click();
  await expect(page.getByTestId('case-notice')).toHaveText('Услугата е отразена.');

  await page.getByRole('tab', { name: 'Услуги' }).click();
  await expect(page.getByTestId('services-list')).toContainText('60 мин.');
  await page.getByRole('tab', { name: 'Хронология' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Предоставена услуга');
  await expect(page.getByTestId('timeline')).toContainText('Случаят е открит');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'staff-case-page');

  // Formal identification later: it starts the reflection period.
  await page.getByRole('tab', { name: 'Профил' }).click();
  await page.getByTestId('case-edit').click();
  await page.getByTestId('case-formal-at').fill(new Date().toISOString().slice(0, 10));
  await choose(page, 'case-formal-by', 'Прокуратура');
  await page.getByTestId('case-details-save').click();
  await expect(page.getByTestId('case-notice')).toHaveText('Данните за случая са записани.');
  await expect(page.getByText('Край на периода за размисъл')).toBeVisible();

  // The support & safety plan: a goal, then a review.
  await page.getByRole('tab', { name: 'План за подкрепа и безопасност' }).click();
  await page.getByLabel('Описание').fill('Намиране на подходяща работа');
  await page.getByRole('button', { name: 'Добавяне' }).click();
  await expect(page.getByTestId('plan-items')).toContainText('Намиране на подходяща работа');
  await page.getByLabel('Обобщение').fill('Първоначален преглед: стабилно състояние');
  await page.getByRole('button', { name: 'Запис на прегледа' }).click();
  await expect(page.getByText('Първоначален преглед: стабилно състояние')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same name and birth date again: a plain warning, acknowledged, then a second person.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-new').click();
  await fillNewCase(page, lastName, '1998-04-12');
  await page.getByTestId('case-submit').click();
  await expect(page.getByTestId('duplicate-warning')).toContainText('същото име и дата на раждане');
  await screenshot(page, 'staff-duplicate-warning');
  await page.getByTestId('duplicate-acknowledge').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(caseUrl);

  // The list finds both by the exact full name.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-search').fill(`Иванка ${lastName}`);
  await page.getByTestId('case-search').press('Enter');
  await expect(page.getByTestId('case-link')).toHaveCount(2);
  await screenshot(page, 'staff-case-list');

  // Nothing personal is kept in the browser: the language choice is the only thing stored.
  const stored = await page.evaluate(() => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
  }));
  expect(stored.local.filter((key) => key !== 'ibd.language')).toEqual([]);
  expect(stored.session).toEqual([]);
});

test('staff admits to a bed, extends the stay and discharges with an onward referral', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'staff.sofia');
  const caseCode = await openNewCase(page, `Настанена-${uniqueSuffix()}`, '1995-09-30');

  await page.getByTestId('nav-beds').click();
  await expect(page.getByTestId('bed-board')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('bed-admit').first().click();
  await expect(page.getByTestId('bed-panel')).toBeFocused();
  await choose(page, 'admit-case', caseCode);
  await page.getByTestId('bed-submit').click();
  await expect(page.getByText('Съгласието на лицето е задължително.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Лицето е дало съгласие за настаняването' }).check();
  await page.getByTestId('bed-submit').click();
  await expect(page.getByTestId('beds-notice')).toHaveText('Лицето е настанено.');
  const bed = page.getByTestId('bed-board').getByRole('listitem').filter({ hasText: caseCode }).first();
  await expect(bed.getByTestId('bed-term')).toContainText(/Остават \d+ дни/);
  await screenshot(page, 'staff-bed-board');

  await bed.getByTestId('bed-extend').click();
  await page.getByTestId('extend-reason').fill('Продължаваща психологическа подкрепа');
  await page.getByTestId('bed-submit').click();
  await expect(page.getByTestId('beds-notice')).toHaveText('Срокът е удължен.');

  await page
    .getByTestId('bed-board')
    .getByRole('listitem')
    .filter({ hasText: caseCode })
    .first()
    .getByTestId('bed-discharge')
    .click();
  await choose(page, 'discharge-reason', 'Постигнати цели');
  await choose(page, 'discharge-destination', 'Друга социална услуга');
  await page.getByRole('checkbox', { name: 'Насочване към друга институция при изписването' }).check();
  await choose(page, 'onward-unit', /DSP-SOF/);
  await page.getByTestId('onward-reason').fill('Социални услуги в общността след изписване');
  await page.getByTestId('bed-submit').click();
  await expect(page.getByText('Без съгласие насочването не може да бъде изпратено.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Лицето е дало информирано съгласие за насочването' }).check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'staff-discharge-form');
  await page.getByTestId('bed-submit').click();
  await expect(page.getByTestId('beds-notice')).toHaveText('Лицето е изписано и насочването е изпратено.');
  await expect(page.getByTestId('bed-board').getByRole('listitem').filter({ hasText: caseCode })).toHaveCount(0);

  await page.getByTestId('nav-referrals').click();
  await page.getByTestId('box-outbox').click();
  await expect(page.getByTestId('referrals-list')).toContainText('до DSP-SOF');
  await screenshot(page, 'staff-referral-outbox');
});
