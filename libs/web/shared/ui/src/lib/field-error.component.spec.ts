import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { FieldErrorComponent } from './field-error.component';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorComponent],
  template: `
    <mat-form-field>
      <mat-label>Name</mat-label>
      <input matInput [formControl]="name" data-testid="name" />
      <ibd-field-error matError [control]="name" [keys]="{ minlength: 'users.passwordHint' }" [params]="{ min: 3 }" />
    </mat-form-field>
    <input type="checkbox" [formControl]="consent" />
    <ibd-field-error data-testid="consent-error" [control]="consent" [keys]="{ required: 'beds.consentRequired' }" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(5)],
  });
  readonly consent = new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue });
}

describe('FieldErrorComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function setup() {
    const { fixture, host, element } = await render(HostComponent);
    const shown = () => [...element.querySelectorAll('[data-testid="field-error"]')].map((e) => e.textContent.trim());
    const type = async (value: string) => {
      const input = element.querySelector('[data-testid="name"]') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, host, element, shown, type };
  }

  it('says nothing until the field is touched, then the first validator error in words', async () => {
    const { fixture, host, shown, type } = await setup();
    expect(shown()).toEqual([]);
    host.name.markAsTouched();
    host.consent.markAsTouched();
    await fixture.whenStable();
    expect(shown()).toEqual(['Полето е задължително.', 'Съгласието на лицето е задължително.']);
    await type('ab');
    expect(shown()).toEqual(['Поне 3 знака.', 'Съгласието на лицето е задължително.']);
    await type('abcdefg');
    expect(shown()).toEqual(['Най-много 5 знака.', 'Съгласието на лицето е задължително.']);
    await type('abcd');
    expect(shown()).toEqual(['Съгласието на лицето е задължително.']);
  });

  it("puts the API's message first, and drops it once the value changes", async () => {
    const { fixture, host, shown, type } = await setup();
    await type('abcd');
    host.name.setErrors({ api: 'name is already taken' });
    host.name.markAsTouched();
    await fixture.whenStable();
    expect(shown()).toEqual(['name is already taken']);
    await type('abce');
    expect(shown()).toEqual([]);
  });
});
