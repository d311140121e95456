import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import {
  type BedBoardEntry,
  DISCHARGE_DESTINATIONS,
  DISCHARGE_REASONS,
  type DischargeDestination,
  type DischargeReason,
  EXTENSION_PROPOSERS,
  type ExtensionProposer,
  URGENCIES,
  type Urgency,
} from '@ibd/shared/contracts';
import { BedBoardStore, type Discharge, PLACEMENT_FIELDS } from '@ibd/web/placements/data-access';
import { BedCardComponent } from '@ibd/web/placements/ui';
import { AuthStore, UnitsStore } from '@ibd/web/shared/data-access';
import {
  EmptyStateComponent,
  ErrorBoxComponent,
  IbdNumberPipe,
  LoadingComponent,
  PageHeaderComponent,
} from '@ibd/web/shared/ui';
import {
  addDays,
  applyFieldErrors,
  errorKeyFor,
  localDateTimeInput,
  momentOf,
  parseApiError,
  todayIso,
} from '@ibd/web/shared/util';

type Mode = 'admit' | 'extend' | 'move' | 'discharge';

interface Action {
  mode: Mode;
  bed: BedBoardEntry;
}

@Component({
  selector: 'ibd-bed-board-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    BedCardComponent,
    EmptyStateComponent,
    ErrorBoxComponent,
    IbdNumberPipe,
    LoadingComponent,
    PageHeaderComponent,
  ],
  providers: [BedBoardStore],
  templateUrl: './bed-board-page.component.html',
  styleUrl: './bed-board-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BedBoardPageComponent {
  protected readonly store = inject(BedBoardStore);
  private readonly auth = inject(AuthStore);
  private readonly units = inject(UnitsStore);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly reasons = DISCHARGE_REASONS;
  protected readonly destinations = DISCHARGE_DESTINATIONS;
  protected readonly proposers = EXTENSION_PROPOSERS;
  protected readonly urgencies = URGENCIES;
  protected readonly today = todayIso();

  protected readonly facility = this.units.currentUnit;
  protected readonly counts = computed(() => {
    const beds = (this.store.beds() ?? []).filter((bed) => bed.active);
    const occupied = beds.filter((bed) => bed.occupied).length;
    return { total: beds.length, occupied, free: beds.length - occupied };
  });
  /** Where an onward referral can go: agencies and the other facilities. */
  protected readonly referralUnits = computed(() =>
    this.units.all().filter((unit) => unit.kind !== 'administration' && unit.id !== this.auth.user()?.unitId),
  );

  protected readonly action = signal<Action | null>(null);
  protected readonly pending = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorMessages = signal<string[]>([]);
  private readonly panel = viewChild<ElementRef<HTMLElement>>('panel');
  /** The "now" the open form was given. */
  private openedAt = localDateTimeInput();

  protected readonly admitForm = this.fb.group({
    caseId: ['', Validators.required],
    admittedAt: [localDateTimeInput(), Validators.required],
    consent: this.fb.group({ given: [false, Validators.requiredTrue] }),
  });
  protected readonly extendForm = this.fb.group({
    until: ['', Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
    basis: ['ЗБТХ чл. 9 ал. 3', [Validators.required, Validators.maxLength(500)]],
    proposer: ['shelter' as ExtensionProposer],
  });
  protected readonly moveForm = this.fb.group({
    bedId: ['', Validators.required],
    at: [localDateTimeInput(), Validators.required],
  });
  protected readonly dischargeForm = this.fb.group({
    dischargedAt: [localDateTimeInput(), Validators.required],
    reason: ['' as DischargeReason | '', Validators.required],
    destination: ['' as DischargeDestination | '', Validators.required],
    withReferral: [false],
    onwardReferral: this.fb.group({
      toUnitId: [''],
      reason: [''],
      urgency: ['normal' as Urgency],
      consent: this.fb.group({ given: [false], date: [todayIso()] }),
    }),
  });

  constructor() {
    effect(() => {
      const unitId = this.auth.user()?.unitId;
      if (unitId) this.store.load(unitId);
    });
    // Focus follows the user into the form they opened.
    effect(() => {
      if (this.action()) {
        setTimeout(() => this.panel()?.nativeElement.focus());
      }
    });
  }

  protected open(mode: Mode, bed: BedBoardEntry): void {
    this.notice.set(null);
    this.errorKey.set(null);
    this.errorMessages.set([]);
    const now = localDateTimeInput();
    this.openedAt = now;
    if (mode === 'admit') this.admitForm.reset({ caseId: '', admittedAt: now, consent: { given: false } });
    if (mode === 'extend') {
      const limit = bed.occupiedBy?.stayLimitDate ?? todayIso();
      this.extendForm.reset({ until: addDays(limit, 30), reason: '', basis: 'ЗБТХ чл. 9 ал. 3', proposer: 'shelter' });
    }
    if (mode === 'move') this.moveForm.reset({ bedId: '', at: now });
    if (mode === 'discharge') {
      this.dischargeForm.reset({
        dischargedAt: now,
        reason: '',
        destination: '',
        withReferral: false,
        onwardReferral: { toUnitId: '', reason: '', urgency: 'normal', consent: { given: false, date: todayIso() } },
      });
    }
    this.action.set({ mode, bed });
  }

  protected cancel(): void {
    this.action.set(null);
  }

  protected submit(): void {
    const action = this.action();
    if (!action) return;
    const facilityId = this.store.facilityId() ?? '';
    const placementId = action.bed.occupiedBy?.placementId ?? '';
    switch (action.mode) {
      case 'admit': {
        if (this.invalid(this.admitForm)) return;
        const { caseId, admittedAt } = this.admitForm.getRawValue();
        this.send(
          this.store.admit({
            caseId,
            facilityId,
            bedId: action.bed.id,
            admittedAt: momentOf(admittedAt, this.openedAt),
            consent: { given: true },
          }),
          this.admitForm,
          'beds.admitted',
        );
        return;
      }
      case 'extend': {
        if (this.invalid(this.extendForm)) return;
        this.send(this.store.extend(placementId, this.extendForm.getRawValue()), this.extendForm, 'beds.extended');
        return;
      }
      case 'move': {
        if (this.invalid(this.moveForm)) return;
        const { bedId, at } = this.moveForm.getRawValue();
        this.send(
          this.store.move(placementId, { bedId, at: momentOf(at, this.openedAt) }),
          this.moveForm,
          'beds.moved',
        );
        return;
      }
      case 'discharge': {
        const referral = this.dischargeForm.controls.onwardReferral;
        const withReferral = this.dischargeForm.controls.withReferral.value;
        referral.controls.toUnitId.setValidators(withReferral ? Validators.required : null);
        referral.controls.reason.setValidators(withReferral ? [Validators.required, Validators.maxLength(2000)] : null);
        referral.controls.consent.controls.given.setValidators(withReferral ? Validators.requiredTrue : null);
        referral.controls.toUnitId.updateValueAndValidity();
        referral.controls.reason.updateValueAndValidity();
        referral.controls.consent.controls.given.updateValueAndValidity();
        if (this.invalid(this.dischargeForm)) return;
        const value = this.dischargeForm.getRawValue();
        const body: Discharge = {
          dischargedAt: momentOf(value.dischargedAt, this.openedAt),
          reason: value.reason as DischargeReason,
          destination: value.destination as DischargeDestination,
          ...(withReferral
            ? {
                onwardReferral: {
                  toUnitId: value.onwardReferral.toUnitId,
                  reason: value.onwardReferral.reason.trim(),
                  urgency: value.onwardReferral.urgency,
                  consent: { given: true, date: value.onwardReferral.consent.date },
                },
              }
            : {}),
        };
        this.send(
          this.store.discharge(placementId, body),
          this.dischargeForm,
          withReferral ? 'beds.dischargedReferred' : 'beds.discharged',
        );
      }
    }
  }

  private invalid(form: { invalid: boolean; markAllAsTouched(): void }): boolean {
    if (form.invalid) form.markAllAsTouched();
    return form.invalid;
  }

  private send(request: Observable<unknown>, form: Parameters<typeof applyFieldErrors>[0], noticeKey: string): void {
    this.pending.set(true);
    this.errorKey.set(null);
    this.errorMessages.set([]);
    request.subscribe({
      next: () => {
        this.pending.set(false);
        this.action.set(null);
        this.notice.set(noticeKey);
        this.store.refresh();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const parsed = parseApiError(error, PLACEMENT_FIELDS);
        const unplaced = applyFieldErrors(form, parsed.fields);
        this.errorKey.set(errorKeyFor(parsed.status));
        this.errorMessages.set([...parsed.messages, ...unplaced]);
      },
    });
  }
}
