import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormsModule, Validators } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Observable } from 'rxjs';

import { EXPLOITATION_FORMS, type ExploitationForm, REFERRAL_STATUSES, type ReferralView } from '@ibd/shared/contracts';
import { type ReferralFilter, ReferralsStore, splitMinutes } from '@ibd/web/referrals/data-access';
import { AuthStore } from '@ibd/web/shared/data-access';
import {
  FORM_KIT,
  codeOptions,
  type FilterField,
  IbdCountryPipe,
  IbdDatePipe,
  IbdDateTimePipe,
  LIST_KIT,
} from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-referrals-page',
  imports: [
    LIST_KIT,
    FORM_KIT,
    FormsModule,
    RouterLink,
    MatButtonToggleModule,
    MatSelectModule,
    IbdCountryPipe,
    IbdDatePipe,
    IbdDateTimePipe,
  ],
  providers: [ReferralsStore],
  templateUrl: './referrals-page.component.html',
  styleUrl: './referrals-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralsPageComponent {
  protected readonly store = inject(ReferralsStore);
  private readonly auth = inject(AuthStore);

  protected readonly filterFields: readonly FilterField<ReferralFilter>[] = [
    { name: 'status', label: 'referrals.status', options: codeOptions(REFERRAL_STATUSES, 'code.referralStatus.') },
  ];
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.store.page()?.items.find((item) => item.id === this.selectedId()) ?? null,
  );
  protected readonly submission = new Submission();
  protected readonly notice = signal<string | null>(null);
  protected readonly declineReason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });
  protected readonly exploitationForms = EXPLOITATION_FORMS;
  /** Forms of exploitation for the case the facility opens, when the referral names none. */
  protected acceptForms: ExploitationForm[] = [];

  /** `?box=outbox` after sending a referral. */
  readonly box = input<string>();

  constructor() {
    effect(() => {
      const box = this.box();
      if (box === 'inbox' || box === 'outbox') this.store.setFilter({ box });
    });
  }

  protected readonly isStaff = computed(() => this.auth.user()?.role === 'shelter_staff');
  /** Social workers bring partners' HTCDS records in (POST /referrals/import). */
  protected readonly canImport = computed(() => this.auth.user()?.role === 'social_worker');

  /** Another box or status: the open referral may no longer be listed. */
  protected setFilter(change: Partial<ReferralFilter>): void {
    this.selectedId.set(null);
    this.store.setFilter(change);
  }

  protected select(referral: ReferralView): void {
    this.notice.set(null);
    this.submission.clear();
    this.declineReason.reset('');
    this.acceptForms = [];
    this.selectedId.set(this.selectedId() === referral.id ? null : referral.id);
  }

  protected needsForms(referral: ReferralView): boolean {
    return this.isStaff() && !referral.caseId && referral.exploitationForms.length === 0;
  }

  protected time(minutes: number): { days: number; hours: number; minutes: number } {
    return splitMinutes(minutes);
  }

  protected accept(referral: ReferralView): void {
    this.act(this.store.accept(referral.id, this.acceptForms), 'referrals.acceptedNotice');
  }

  protected decline(referral: ReferralView): void {
    this.declineReason.setValue(this.declineReason.value.trim());
    this.submission.submit(this.declineReason, () => this.store.decline(referral.id, this.declineReason.value), {
      fields: ['reason'],
      done: () => this.acted('referrals.declinedNotice'),
    });
  }

  protected withdraw(referral: ReferralView): void {
    this.act(this.store.withdraw(referral.id), 'referrals.withdrawnNotice');
  }

  protected complete(referral: ReferralView): void {
    this.act(this.store.complete(referral.id), 'referrals.completedNotice');
  }

  private act(request: Observable<ReferralView>, noticeKey: string): void {
    this.submission.send(request, { done: () => this.acted(noticeKey) });
  }

  private acted(noticeKey: string): void {
    this.notice.set(noticeKey);
    this.store.reload();
  }
}
