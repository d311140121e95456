import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { Observable } from 'rxjs';

import { RESIDENTIAL_KINDS, type FacilityView } from '@ibd/shared/contracts';
import { CatalogueStore, SERVICE_TYPE_FIELDS } from '@ibd/web/catalogue/data-access';
import { FORM_KIT, ErrorBoxComponent, IbdNumberPipe, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-catalogue-page',
  imports: [FORM_KIT, ErrorBoxComponent, IbdNumberPipe, LoadingComponent, PageHeaderComponent],
  providers: [CatalogueStore],
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePageComponent {
  protected readonly store = inject(CatalogueStore);
  /** Adding a service type. */
  protected readonly submission = new Submission();
  /** Adding, renaming, (de)activating beds. */
  protected readonly bedChanges = new Submission();
  protected readonly added = signal<string | null>(null);
  protected readonly bedsFacility = signal<FacilityView | null>(null);
  protected readonly bedSaved = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,47}$/)]],
    nameBg: ['', [Validators.required, Validators.maxLength(200)]],
    nameEn: ['', [Validators.required, Validators.maxLength(200)]],
  });

  protected add(): void {
    this.added.set(null);
    this.submission.submit(this.form, () => this.store.createType(this.form.getRawValue()), {
      fields: SERVICE_TYPE_FIELDS,
      done: (type) => {
        this.added.set(type.code);
        this.form.reset();
        this.store.reloadTypes();
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
    this.changeBeds(this.store.addBed(facilityId, { code, label }));
  }

  protected changeBed(bedId: string, change: { label?: string; active?: boolean }): void {
    this.changeBeds(this.store.updateBed(bedId, change));
  }

  private changeBeds(change: Observable<unknown>): void {
    this.bedSaved.set(false);
    this.bedChanges.send(change, {
      done: () => {
        this.bedSaved.set(true);
        this.store.reloadBeds();
      },
    });
  }
}
