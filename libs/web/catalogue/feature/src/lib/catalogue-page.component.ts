import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { RESIDENTIAL_KINDS, type FacilityView } from '@ibd/shared/contracts';
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
              <th scope="col">{{ 'catalogue.beds' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (facility of facilities; track facility.id) {
              <tr>
                <td>{{ facility.code }}</td>
                <td>{{ facility.name }}</td>
                <td>{{ 'code.unitKind.' + facility.kind | transloco }}</td>
                <td class="number">{{ facility.capacity | ibdNumber }}</td>
                <td>
                  @if (hasBeds(facility)) {
                    <button
                      mat-button
                      type="button"
                      (click)="showBeds(facility)"
                      [attr.data-testid]="'beds-' + facility.code"
                    >
                      {{ 'catalogue.showBeds' | transloco: { code: facility.code } }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (bedsFacility(); as facility) {
        <h3>{{ 'catalogue.bedsOf' | transloco: { code: facility.code } }}</h3>
        @if (store.beds(); as beds) {
          <table class="table" data-testid="beds">
            <thead>
              <tr>
                <th scope="col">{{ 'catalogue.code' | transloco }}</th>
                <th scope="col">{{ 'catalogue.bedLabel' | transloco }}</th>
                <th scope="col">{{ 'catalogue.bedActive' | transloco }}</th>
                <th scope="col">
                  <span class="visually-hidden">{{ 'catalogue.beds' | transloco }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (bed of beds; track bed.id) {
                <tr [attr.data-testid]="'bed-row-' + bed.code">
                  <td class="mono">{{ bed.code }}</td>
                  <td>
                    <input
                      #label
                      [value]="bed.label"
                      maxlength="100"
                      [attr.aria-label]="'catalogue.bedLabel' | transloco"
                    />
                    <button
                      mat-button
                      type="button"
                      [disabled]="pending()"
                      (click)="changeBed(bed.id, { label: label.value })"
                    >
                      {{ 'catalogue.rename' | transloco }}
                    </button>
                  </td>
                  <td>{{ (bed.active ? 'common.yes' : 'common.no') | transloco }}</td>
                  <td>
                    <button
                      mat-button
                      type="button"
                      [disabled]="pending()"
                      (click)="changeBed(bed.id, { active: !bed.active })"
                    >
                      {{ (bed.active ? 'catalogue.deactivate' : 'catalogue.activate') | transloco }}
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
        <div class="row">
          <input
            #bedCode
            maxlength="32"
            autocomplete="off"
            [attr.aria-label]="'catalogue.code' | transloco"
            [placeholder]="'catalogue.code' | transloco"
          />
          <input
            #bedLabel
            maxlength="100"
            [attr.aria-label]="'catalogue.bedLabel' | transloco"
            [placeholder]="'catalogue.bedLabel' | transloco"
          />
          <button
            mat-stroked-button
            type="button"
            [disabled]="pending()"
            (click)="addBed(facility.id, bedCode.value, bedLabel.value)"
          >
            {{ 'catalogue.addBed' | transloco }}
          </button>
        </div>
      }
      @if (settingsErrorKey(); as key) {
        <ibd-error-box [heading]="key | transloco" [messages]="settingsErrors()" />
      }
      <div role="status">
        @if (settingsNotice(); as notice) {
          <p class="notice">{{ notice.key | transloco: notice.params }}</p>
        }
      </div>
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
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block-end: 1rem;
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
  protected readonly bedsFacility = signal<FacilityView | null>(null);
  protected readonly settingsErrorKey = signal<string | null>(null);
  protected readonly settingsErrors = signal<string[]>([]);
  protected readonly settingsNotice = signal<{ key: string; params: Record<string, string> } | null>(null);

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

  protected hasBeds(facility: FacilityView): boolean {
    return RESIDENTIAL_KINDS.includes(facility.kind);
  }

  protected showBeds(facility: FacilityView): void {
    this.bedsFacility.set(facility);
    this.store.bedsFacilityId.set(facility.id);
  }

  protected addBed(facilityId: string, code: string, label: string): void {
    this.settle(this.store.addBed(facilityId, { code, label }), { key: 'catalogue.bedSaved', params: {} }, () =>
      this.store.reloadBeds(),
    );
  }

  protected changeBed(bedId: string, change: { label?: string; active?: boolean }): void {
    this.settle(this.store.updateBed(bedId, change), { key: 'catalogue.bedSaved', params: {} }, () =>
      this.store.reloadBeds(),
    );
  }

  /** Runs a settings change: a notice and a reload when it succeeds, the API's messages when it fails. */
  private settle(
    change: Observable<unknown>,
    notice: { key: string; params: Record<string, string> },
    reload: () => void,
  ): void {
    this.pending.set(true);
    this.settingsErrorKey.set(null);
    this.settingsNotice.set(null);
    change.subscribe({
      next: () => {
        this.pending.set(false);
        this.settingsNotice.set(notice);
        reload();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const parsed = parseApiError(error);
        this.settingsErrorKey.set(errorKeyFor(parsed.status));
        this.settingsErrors.set([...parsed.messages, ...Object.values(parsed.fields)]);
      },
    });
  }
}
