import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting, render, userActions } from '@ibd/web/shared/testing';

import { codeOptions, countryOptions, SelectFieldComponent, textOptions, unitOptions } from './select-field.component';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, SelectFieldComponent],
  template: `
    <form [formGroup]="form">
      <ibd-select-field label="referrals.urgency" [options]="urgencies" [control]="urgency" required testId="urgency">
        <mat-hint data-testid="hint">{{ hint }}</mat-hint>
      </ibd-select-field>
      <ibd-select-field
        label="caseNew.citizenship"
        [options]="places"
        [control]="place"
        empty="common.none"
        testId="place"
      />
      <ibd-select-field
        label="cases.exploitationForms"
        [options]="forms"
        [control]="chosenForms"
        multiple
        testId="forms"
      />
    </form>
    <ibd-select-field label="users.unit" [options]="units" [(value)]="unitId" subscriptSizing="dynamic" testId="unit" />
    <ibd-select-field label="referrals.case" [options]="cases" [(value)]="caseId" testId="case" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly form = new FormGroup({
    urgency: new FormControl<string | null>(null, Validators.required),
    citizenship: new FormControl('', { nonNullable: true }),
    forms: new FormControl<string[]>([], { nonNullable: true }),
  });
  readonly urgency = this.form.controls.urgency;
  readonly place = this.form.controls.citizenship;
  readonly chosenForms = this.form.controls.forms;
  readonly hint = 'Pick one';
  readonly urgencies = codeOptions(['low', 'high'], 'code.urgency.');
  readonly places = countryOptions(['BG', 'RO']);
  readonly forms = codeOptions(['forced_labour', 'forced_begging', 'surrogacy'], 'code.exploitation.');
  readonly units = unitOptions([{ id: 'u1', code: 'SOF', name: 'Sofia shelter' }]);
  readonly cases = textOptions(
    [{ id: 'c1', code: 'SOF-2026-0001' }],
    (item) => item.id,
    (item) => item.code,
  );
  unitId: string | null = null;
  caseId: string | null = null;
}

describe('SelectFieldComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function setup() {
    const { fixture, host } = await render(HostComponent);
    return { fixture, host, ...userActions(fixture) };
  }

  it('puts the test id, label and required mark on the field, and lists the options in words', async () => {
    const { element, byTestId, open, texts } = await setup();
    expect(byTestId('urgency').tagName).toBe('MAT-SELECT');
    expect(byTestId('urgency').getAttribute('aria-required')).toBe('true');
    const labels = [...element.querySelectorAll('mat-label')].map((label) => label.textContent.trim());
    expect(labels.slice(0, 3)).toEqual(['Спешност', 'Гражданство', 'Форми на експлоатация']);
    expect(texts(await open('urgency'))).toEqual(['Ниска', 'Висока']);
  });

  it('sets the form control to the chosen value and shows it', async () => {
    const { host, choose, shown } = await setup();
    await choose('urgency', 'Висока');
    expect(host.form.controls.urgency.value).toBe('high');
    expect(shown('urgency')).toBe('Висока');
  });

  it('shows the projected hint, and the required error in its place once the field is touched', async () => {
    const { fixture, host, element, byTestId } = await setup();
    expect(byTestId('hint').textContent).toBe('Pick one');
    expect(byTestId('urgency').getAttribute('aria-describedby')).toBe(byTestId('hint').id);
    expect(element.querySelector('[data-testid="field-error"]')).toBeNull();
    host.form.controls.urgency.markAsTouched();
    await fixture.whenStable();
    expect([...element.querySelectorAll('[data-testid="field-error"]')].map((e) => e.textContent.trim())).toEqual([
      'Полето е задължително.',
    ]);
    expect(element.querySelector('[data-testid="hint"]')).toBeNull();
  });

  it('offers the empty choice first, shows countries by name, and goes back to the empty value', async () => {
    const { host, open, texts, choose, shown } = await setup();
    expect(shown('place')).toBe('—');
    expect(texts(await open('place'))).toEqual(['—', 'България', 'Румъния']);
    await choose('place', 'Румъния');
    expect(host.form.controls.citizenship.value).toBe('RO');
    await choose('place', '—');
    expect(host.form.controls.citizenship.value).toBe('');
  });

  it('takes several values when multiple', async () => {
    const { host, choose, shown } = await setup();
    await choose('forms', 'Принудителен труд');
    await choose('forms', 'Сурогатно майчинство');
    expect(host.form.controls.forms.value).toEqual(['forced_labour', 'surrogacy']);
    expect(shown('forms')).toBe('Принудителен труд, Сурогатно майчинство');
  });

  it('binds a plain property both ways, with units and plain-text options', async () => {
    const { host, byTestId, open, texts, choose, shown } = await setup();
    const dynamic = (id: string) =>
      byTestId(id).closest('mat-form-field')?.querySelector('.mat-mdc-form-field-subscript-dynamic-size');
    expect(dynamic('unit')).not.toBeNull();
    expect(dynamic('case')).toBeNull();
    expect(texts(await open('unit'))).toEqual(['SOF · Sofia shelter']);
    await choose('unit', 'SOF · Sofia shelter');
    expect(host.unitId).toBe('u1');
    expect(shown('unit')).toBe('SOF · Sofia shelter');
    await choose('case', 'SOF-2026-0001');
    expect(host.caseId).toBe('c1');
  });
});
