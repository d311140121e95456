import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormsModule, Validators } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Observable } from 'rxjs';

import {
  EXPLOITATION_FORMS,
  type ExploitationForm,
  REFERRAL_STATUSES,
  type ReferralBox,
  type ReferralStatus,
  type ReferralView,
} from '@ibd/shared/contracts';
import { ReferralsStore, splitMinutes } from '@ibd/web/referrals/data-access';
import { AuthStore } from '@ibd/web/shared/data-access';
import {
  FORM_KIT,
  codeOptions,
  ErrorBoxComponent,
  IbdCountryPipe,
  IbdDatePipe,
  IbdDateTimePipe,
  PagedListComponent,
  PageHeaderComponent,
} from '@ibd/web/shared/ui';
import { errorKeyFor, Submission } from '@ibd/web/shared/util';

@Component({
  selector: 'ibd-referrals-page',
  imports: [
    FORM_KIT,
    FormsModule,
    RouterLink,
    MatButtonToggleModule,
    MatSelectModule,
    ErrorBoxComponent,
    IbdCountryPipe,
    IbdDatePipe,
    IbdDateTimePipe,
    PagedListComponent,
    PageHeaderComponent,
  ],
  providers: [ReferralsStore],
  templateUrl: './referrals-page.component.html',
  styleUrl: './referrals-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralsPageComponent {
  protected readonly store = inject(ReferralsStore);
  private readonly auth = inject(AuthStore);

  protected readonly statuses = codeOptions(REFERRAL_STATUSES, 'code.referralStatus.');
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.store.page()?.items.find((item) => item.id === this.selectedId()) ?? null,
  );
  protected readonly submission = new Submission();
  protected readonly notice = signal<string | null>(null);
  protected readonly listErrorKey = computed(() => {
    const error = this.store.error() as { status?: number } | undefined;
    return error ? errorKeyFor(error.status ?? -1) : null;
  });
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

  protected setBox(box: ReferralBox): void {
    this.selectedId.set(null);
    this.store.setFilter({ box });
  }

  protected setStatus(status: ReferralStatus | null): void {
    this.selectedId.set(null);
    this.store.setFilter({ status });
  }

  protected changePage(event: PageEvent): void {
    this.store.setPage(event.pageIndex + 1, event.pageSize);
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
