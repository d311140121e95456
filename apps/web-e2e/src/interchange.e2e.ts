import { expect, test } from '@playwright/test';

import { choose, expectNoSeriousA11yViolations, signIn } from './support';

const today = () => new Date().toISOString().slice(0, 10);

test('staff record the consent to a transnational referral and export the case as HTCDS', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'staff.sofia');
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-link').first().click();
  const consentState = page.getByTestId('case-trm-consent-state');
  await expect(consentState).toContainText('Няма записано съгласие');
  await expect(page.getByTestId('case-export-htcds-json')).toBeDisabled();

  await page.getByTestId('case-edit').click();
  await page.getByTestId('case-trm-consent').getByRole('checkbox').check();
  await page.getByTestId('case-trm-date').fill(today());
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('case-details-save').click();
  await expect(page.getByTestId('case-notice')).toHaveText('Данните за случая са записани.');
  await expect(consentState).toContainText('без самоличност');

  const download = page.waitForEvent('download');
  await page.getByTestId('case-export-htcds-json').click();
  expect((await download).suggestedFilename()).toMatch(/^SOF-SHELTER-\d{4}-\d{4}-htcds\.json$/);
});

test('a social worker imports a partner’s HTCDS record as a referral; a refused field is named', async ({ page }) => {
  const record = {
    htcdsVersion: '2.0',
    org_Name: 'Partner NGO',
    org_ShippingCountry: 'AT',
    prs_Gender: 'Feminine',
    vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
    vic_TraffickingStatusDecisionMakingOrg: 'NGO',
    vic_TypeOfExploitation: ['SexualExploitation'],
    ibd_ConsentDate: today(),
  };
  await page.goto('/login');
  await signIn(page, 'social.worker');
  await page.getByTestId('nav-referrals').click();
  await page.getByTestId('referral-import').click();
  await choose(page, 'import-to', /VAR-SHELTER/);
  await page.getByTestId('import-record').fill(JSON.stringify({ ...record, prs_Gender: 'F' }));
  await page.getByTestId('import-submit').click();
  await expect(page.locator('ibd-error-box')).toContainText('prs_Gender');
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId('import-record').fill(JSON.stringify(record));
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-done')).toContainText(/REF-\d{4}-\d{6}/);
});
