import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';

import type { ExploitationForm, MeansOfControl, RecruiterRelationship, Source } from '@ibd/shared/contracts';
import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { CaseDetailFieldsComponent } from './case-detail-fields.component';

@Component({
  selector: 'ibd-host',
  imports: [ReactiveFormsModule, CaseDetailFieldsComponent],
  template: `
    <form [formGroup]="form" class="grid">
      <ibd-case-detail-fields [controls]="form.controls" />
    </form>
  `,
})
class HostComponent {
  readonly form = inject(NonNullableFormBuilder).group({
    exploitationForms: [['forced_labour'] as ExploitationForm[]],
    recruitmentCountries: [['BG']],
    exploitationCountries: [[] as string[]],
    formalIdentifiedAt: ['2026-03-02'],
    formalIdentifiedBy: ['prosecution' as Source | ''],
    meansOfControl: [['debt_bondage'] as MeansOfControl[]],
    recruiterRelationship: ['friend' as RecruiterRelationship | ''],
  });
}

describe('CaseDetailFieldsComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  it('shows the seven fields of the form around it, in its grid, with their values', async () => {
    const { element } = await render(HostComponent);
    const fields = element.querySelector('ibd-case-detail-fields') as HTMLElement;
    expect(fields.style.display).toBe('contents');
    expect([...element.querySelectorAll('mat-label')].map((label) => label.textContent.trim())).toEqual([
      'Форми на експлоатация',
      'Държави на набиране',
      'Държави на експлоатация',
      'Официално идентифициране (дата)',
      'Официално идентифицирано от',
      'Средства за контрол',
      'Вербовчик (връзка с лицето)',
    ]);
    expect(element.querySelector('[data-testid="case-means-of-control"]')?.textContent).toContain('Дългово робство');
    expect(element.querySelector('[data-testid="case-recruiter"]')?.textContent).toContain('Приятел');
    expect(element.querySelector('[data-testid="case-forms"]')?.textContent).toContain('Принудителен труд');
    expect((element.querySelector('[data-testid="case-formal-at"]') as HTMLInputElement).value).toBe('2026-03-02');
    expect(element.querySelector('[data-testid="case-formal-by"]')?.textContent).toContain('Прокуратура');
  });

  it("shows the API's message at the field it names", async () => {
    const { fixture, host, element } = await render(HostComponent);
    const control = host.form.controls.exploitationCountries;
    control.setErrors({ api: 'exploitationCountries must be ISO 3166-1 alpha-2 codes' });
    control.markAsTouched();
    await fixture.whenStable();
    const errors = [...element.querySelectorAll('[data-testid="field-error"]')].map((error) =>
      error.textContent.trim(),
    );
    expect(errors).toEqual(['exploitationCountries must be ISO 3166-1 alpha-2 codes']);
  });
});
