import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { MfaPolicyView } from '@ibd/shared/contracts';
import type { AlertSetting, LegalTerm, StayTerm } from '@ibd/web/catalogue/data-access';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { SettingsPageComponent } from './settings-page.component';

const STAY_TERMS: StayTerm[] = [
  {
    facilityKind: 'reintegration_shelter',
    minStayDays: 180,
    basis: 'ЗБТХ чл. 9, ал. 2',
    updatedAt: '2026-11-01T10:00:00Z',
  },
  { facilityKind: 'temporary_shelter', minStayDays: 30, basis: 'ЗБТХ чл. 9, ал. 1', updatedAt: '2026-11-01T10:00:00Z' },
];
const LEGAL_TERMS: LegalTerm[] = [
  { key: 'reflection_days', value: 30, unit: 'days', basis: 'ЗБТХ', updatedAt: '2026-11-01T10:00:00Z' },
  { key: 'retention_years', value: 5, unit: 'years', basis: 'Data protection', updatedAt: '2026-11-01T10:00:00Z' },
];
const ALERT_SETTINGS: AlertSetting[] = [
  {
    key: 'referral_answer_hours',
    value: 48,
    unit: 'hours',
    description: 'Referral answer',
    updatedAt: '2026-11-01T10:00:00Z',
  },
  { key: 'term_ending_days', value: 7, unit: 'days', description: 'Term ending', updatedAt: '2026-11-01T10:00:00Z' },
];

const MFA_POLICY: MfaPolicyView = {
  enforced: true,
  roles: [
    { role: 'admin', required: true, updatedAt: '2026-11-01T10:00:00Z' },
    { role: 'auditor', required: false, updatedAt: '2026-11-20T09:30:00Z' },
    { role: 'shelter_staff', required: true, updatedAt: '2026-11-01T10:00:00Z' },
  ],
};

describe('SettingsPageComponent', () => {
  let fixture: ComponentFixture<SettingsPageComponent>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(SettingsPageComponent));
    // While a request is open the app is not stable: render without waiting for it.
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const { byTestId, type } = userActions(() => fixture);
  const section = byTestId;
  const input = byTestId<HTMLInputElement>;

  async function load(
    stayTerms: StayTerm[] = STAY_TERMS,
    alertSettings: AlertSetting[] = ALERT_SETTINGS,
    mfaPolicy: MfaPolicyView = MFA_POLICY,
  ) {
    http.expectOne('/api/v1/legal-terms').flush(LEGAL_TERMS);
    http.expectOne('/api/v1/stay-terms').flush(stayTerms);
    http.expectOne('/api/v1/alert-settings').flush(alertSettings);
    http.expectOne('/api/v1/mfa-policies').flush(mfaPolicy);
    await fixture.whenStable();
  }

  function save(testId: string) {
    byTestId(`${testId}-save`).click();
    TestBed.tick();
  }

  it('shows loading while the settings come, then each with its name, value, unit and basis in Bulgarian', async () => {
    expect(section('stay-terms').querySelector('[data-testid="loading"]')).not.toBeNull();
    await load();
    expect(element.querySelector('[data-testid="loading"]')).toBeNull();
    expect(element.querySelector('h1')?.textContent).toBe('Срокове и прагове');
    const legal = section('legal-terms');
    expect([...legal.querySelectorAll('mat-label')].map((label) => label.textContent)).toEqual([
      'Период за размисъл',
      'Съхранение на самоличността',
    ]);
    expect(input('legal-terms-retention_years').value).toBe('5');
    expect([...legal.querySelectorAll('.mat-mdc-form-field-text-suffix')].map((unit) => unit.textContent)).toEqual([
      'дни',
      'години',
    ]);
    expect(legal.textContent).toContain('самоличността се пази толкова след закриването на случая');
    expect(legal.textContent).not.toContain('retention_years');
    const stay = section('stay-terms');
    expect(stay.querySelector('h2')?.textContent).toBe('Минимален срок на настаняване');
    expect([...stay.querySelectorAll('mat-label')].map((label) => label.textContent)).toEqual([
      'Приют за последваща реинтеграция',
      'Приют за временно настаняване',
    ]);
    expect(input('stay-terms-temporary_shelter').value).toBe('30');
    expect(stay.textContent).toContain('ЗБТХ чл. 9 ал. 2 (ДВ бр. 81/2019)');
    const alerts = section('alert-settings');
    expect([...alerts.querySelectorAll('mat-label')].map((label) => label.textContent)).toEqual([
      'Срок за отговор на насочване',
      'Предупреждение преди края на настаняването',
    ]);
    expect([...alerts.querySelectorAll('.mat-mdc-form-field-text-suffix')].map((unit) => unit.textContent)).toEqual([
      'часа',
      'дни',
    ]);
    expect(alerts.textContent).toContain('по същия праг се оцветяват и леглата');
    expect(alerts.textContent).not.toContain('Term ending');
  });

  it('says so when there is nothing to set', async () => {
    await load([], ALERT_SETTINGS);
    expect(section('stay-terms').querySelector('[data-testid="empty-state"]')?.textContent).toBe(
      'Няма зададени срокове на настаняване.',
    );
    expect(section('alert-settings').querySelector('[data-testid="empty-state"]')).toBeNull();
  });

  it('says why the settings could not be loaded', async () => {
    http.expectOne('/api/v1/legal-terms').flush(LEGAL_TERMS);
    http.expectOne('/api/v1/stay-terms').flush({ message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne('/api/v1/alert-settings').flush(ALERT_SETTINGS);
    http.expectOne('/api/v1/mfa-policies').flush({ message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(section('stay-terms').querySelector('[role="alert"]')?.textContent).toContain('Нямате достъп');
    expect(section('mfa-policies').querySelector('[role="alert"]')?.textContent).toContain('Нямате достъп');
  });

  it('saves a new minimum stay, confirms it and shows the stored value', async () => {
    await load();
    await type('stay-terms-temporary_shelter', '45');
    save('stay-terms-temporary_shelter');
    const patch = http.expectOne('/api/v1/stay-terms/temporary_shelter');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ minStayDays: 45 });
    patch.flush({ ...STAY_TERMS[1], minStayDays: 45 });
    TestBed.tick();
    http.expectOne('/api/v1/stay-terms').flush([STAY_TERMS[0], { ...STAY_TERMS[1], minStayDays: 45 }]);
    await fixture.whenStable();
    expect(input('stay-terms-temporary_shelter').value).toBe('45');
    const row = input('stay-terms-temporary_shelter').closest('form') as HTMLFormElement;
    expect(row.querySelector('[role="status"]')?.textContent).toContain('Приют за временно настаняване: записано.');
  });

  it("shows the API's validation message under the field it names", async () => {
    await load();
    await type('alert-settings-term_ending_days', '400');
    save('alert-settings-term_ending_days');
    const patch = http.expectOne('/api/v1/alert-settings/term_ending_days');
    expect(patch.request.body).toEqual({ value: 400 });
    patch.flush(
      { statusCode: 400, message: ['value must not be greater than 365 (days)'], error: 'Bad Request' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="alert-settings-term_ending_days-error"]')?.textContent).toBe(
      'value must not be greater than 365 (days)',
    );
    expect(input('alert-settings-term_ending_days').getAttribute('aria-invalid')).toBe('true');
    // The message is at the field; no general error box repeats it.
    expect(section('alert-settings').querySelector('[data-testid="error-box"]')).toBeNull();
  });

  it('refuses what is not a whole number without asking the API', async () => {
    await load();
    await type('stay-terms-reintegration_shelter', '2.5');
    save('stay-terms-reintegration_shelter');
    http.expectNone('/api/v1/stay-terms/reintegration_shelter');
    expect(section('stay-terms').querySelector('[data-testid="field-error"]')?.textContent.trim()).toBe(
      'Цяло число, поне 1.',
    );
  });

  it('shows a conflict or other error that names no field above the button', async () => {
    await load();
    save('stay-terms-temporary_shelter');
    http
      .expectOne('/api/v1/stay-terms/temporary_shelter')
      .flush({ statusCode: 404, message: 'Stay term not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    const box = section('stay-terms').querySelector('[data-testid="error-box"]');
    expect(box?.textContent).toContain('Записът не е намерен.');
    expect(box?.textContent).toContain('Stay term not found');
  });

  describe('second factor', () => {
    const toggle = (role: string) =>
      element.querySelector(`[data-testid="mfa-policies-${role}"] button[role="switch"]`) as HTMLButtonElement;

    it('lists each role by its name with whether it is required and its last change', async () => {
      await load();
      const policies = section('mfa-policies');
      expect(policies.querySelector('h2')?.textContent).toBe('Втори фактор');
      expect([...policies.querySelectorAll('mat-slide-toggle label')].map((label) => label.textContent.trim())).toEqual(
        [
          'Администратор: задължителен втори фактор',
          'Одитор: задължителен втори фактор',
          'Служител в приют: задължителен втори фактор',
        ],
      );
      expect(['admin', 'auditor', 'shelter_staff'].map((role) => toggle(role).getAttribute('aria-checked'))).toEqual([
        'true',
        'false',
        'true',
      ]);
      const auditor = toggle('auditor').closest('form') as HTMLFormElement;
      expect(auditor.textContent).toContain('Последна промяна: 20.11.2026 г., 11:30');
      expect(section('mfa-policies').querySelector('[data-testid="mfa-enforced"]')?.textContent).toContain(
        'изборът по-долу важи при следващото влизане',
      );
    });

    it('says the choice has no effect while MFA_REQUIRED is off', async () => {
      await load(STAY_TERMS, ALERT_SETTINGS, { ...MFA_POLICY, enforced: false });
      expect(section('mfa-policies').querySelector('[data-testid="mfa-enforced"]')?.textContent).toContain(
        'изборът по-долу се записва, но няма действие',
      );
    });

    it('saves one role with its new requirement and confirms it', async () => {
      await load();
      toggle('shelter_staff').click();
      await fixture.whenStable();
      save('mfa-policies-shelter_staff');
      const patch = http.expectOne('/api/v1/mfa-policies/shelter_staff');
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toEqual({ required: false });
      patch.flush({
        ...MFA_POLICY,
        roles: MFA_POLICY.roles.map((row) =>
          row.role === 'shelter_staff' ? { ...row, required: false, updatedAt: '2026-12-05T08:00:00Z' } : row,
        ),
      });
      await fixture.whenStable();
      expect(toggle('shelter_staff').getAttribute('aria-checked')).toBe('false');
      const row = toggle('shelter_staff').closest('form') as HTMLFormElement;
      expect(row.textContent).toContain('Последна промяна: 5.12.2026 г., 10:00');
      expect(row.querySelector('[role="status"]')?.textContent).toContain('Служител в приют: записано.');
      // The other roles keep what they had.
      expect(toggle('admin').getAttribute('aria-checked')).toBe('true');
    });

    it("shows the API's refusal at the role it concerns", async () => {
      await load();
      save('mfa-policies-auditor');
      http
        .expectOne('/api/v1/mfa-policies/auditor')
        .flush({ statusCode: 404, message: 'No MFA policy for this role' }, { status: 404, statusText: 'Not Found' });
      await fixture.whenStable();
      const row = toggle('auditor').closest('form') as HTMLFormElement;
      const box = row.querySelector('[data-testid="error-box"]');
      expect(box?.textContent).toContain('Записът не е намерен.');
      expect(box?.textContent).toContain('No MFA policy for this role');
      expect(row.querySelector('[role="status"]')?.textContent.trim()).toBe('');
      expect(toggle('admin').closest('form')?.querySelector('[data-testid="error-box"]')).toBeNull();
    });
  });
});
