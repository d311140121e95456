import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { CatalogueStore, SERVICE_TYPE_FIELDS } from '@ibd/web/catalogue/data-access';
import { ErrorBoxComponent, IbdNumberPipe, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { applyFieldErrors, errorKeyFor, parseApiError } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-catalogue-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    ErrorBoxComponent,
    IbdNumberPipe,
    LoadingComponent,
    PageHeaderComponent,
  ],
  providers: [CatalogueStore],
  template: `
    <ibd-page-header [heading]="'catalogue.title' | transloco" />

    @if (store.loading() && !store.types()) {
      <ibd-loading [label]="'common.loading' | transloco" />
    }

    <section aria-labelledby="types-title">
      <h2 id="types-title">{{ 'catalogue.serviceTypes' | transloco }}</h2>
      @if (store.types(); as types) {
        <table class="table" data-testid="service-types">
          <thead>
            <tr>
              <th scope="col">{{ 'catalogue.code' | transloco }}</th>
              <th scope="col">{{ 'catalogue.nameBg' | transloco }}</th>
              <th scope="col">{{ 'catalogue.nameEn' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (type of types; track type.code) {
              <tr>
                <td class="mono">{{ type.code }}</td>
                <td lang="bg">{{ type.nameBg }}</td>
                <td lang="en">{{ type.nameEn }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <form class="form" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <h3>{{ 'catalogue.addType' | transloco }}</h3>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'catalogue.code' | transloco }}</mat-label>
          <input matInput formControlName="code" autocomplete="off" required data-testid="type-code" />
          <mat-hint>{{ 'catalogue.codeHint' | transloco }}</mat-hint>
          @if (form.controls.code.getError('api'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.code.invalid) {
            <mat-error>{{ 'catalogue.codeHint' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'catalogue.nameBg' | transloco }}</mat-label>
          <input matInput formControlName="nameBg" lang="bg" required />
          @if (form.controls.nameBg.getError('api'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.nameBg.invalid) {
            <mat-error>{{ 'common.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'catalogue.nameEn' | transloco }}</mat-label>
          <input matInput formControlName="nameEn" lang="en" required />
          @if (form.controls.nameEn.getError('api'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.nameEn.invalid) {
            <mat-error>{{ 'common.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (errorKey(); as key) {
          <ibd-error-box [heading]="key | transloco" [messages]="errorMessages()" />
        }
        <div role="status">
          @if (added(); as code) {
            <p class="notice">{{ 'catalogue.added' | transloco: { code } }}</p>
          }
        </div>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'catalogue.add' | transloco }}</button>
      </form>
    </section>

    <section aria-labelledby="facilities-title">
      <h2 id="facilities-title">{{ 'catalogue.facilities' | transloco }}</h2>
      @if (store.facilities(); as facilities) {
        <table class="table" data-testid="facilities">
          <thead>
            <tr>
              <th scope="col">{{ 'catalogue.code' | transloco }}</th>
              <th scope="col">{{ 'catalogue.name' | transloco }}</th>
              <th scope="col">{{ 'catalogue.kind' | transloco }}</th>
              <th scope="col">{{ 'catalogue.capacity' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (facility of facilities; track facility.id) {
              <tr>
                <td>{{ facility.code }}</td>
                <td>{{ facility.name }}</td>
                <td>{{ 'code.unitKind.' + facility.kind | transloco }}</td>
                <td class="number">{{ facility.capacity | ibdNumber }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    .table {
      border-collapse: collapse;
      width: 100%;
      margin-block-end: 1.5rem;
      th,
      td {
        padding: 0.375rem 0.75rem;
        border-block-end: 1px solid var(--mat-sys-outline-variant);
        text-align: start;
      }
    }
    .number {
      text-align: end;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      max-width: 28rem;
      margin-block-end: 2rem;
    }
    .notice {
      padding: 0.5rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePageComponent {
  protected readonly store = inject(CatalogueStore);
  protected readonly pending = signal(false);
  protected readonly added = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorMessages = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,47}$/)]],
    nameBg: ['', [Validators.required, Validators.maxLength(200)]],
    nameEn: ['', [Validators.required, Validators.maxLength(200)]],
  });

  protected add(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.errorKey.set(null);
    this.added.set(null);
    this.store.createType(this.form.getRawValue()).subscribe({
      next: (type) => {
        this.pending.set(false);
        this.added.set(type.code);
        this.form.reset();
        this.store.reloadTypes();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const parsed = parseApiError(error, SERVICE_TYPE_FIELDS);
        const unplaced = applyFieldErrors(this.form, parsed.fields);
        this.errorKey.set(errorKeyFor(parsed.status));
        this.errorMessages.set([...parsed.messages, ...unplaced]);
      },
    });
  }
}
