import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';

import {
  PLAN_ITEM_KINDS,
  type PlanItemKind,
  type PlanItemStatus,
  RISK_LEVELS,
  type RiskLevel,
} from '@ibd/shared/contracts';
import { CasesApi, CaseStore, type CreatePlanItem, PLAN_FIELDS } from '@ibd/web/cases/data-access';
import { FORM_KIT, codeOptions, EmptyStateComponent, IbdDatePipe, LoadingComponent } from '@ibd/web/shared/ui';
import { Submission, todayIso } from '@ibd/web/shared/util';

/** The support & safety plan: needs, risks, goals (with deadlines and who is responsible), reviews. */
@Component({
  selector: 'ibd-case-plan',
  imports: [FORM_KIT, EmptyStateComponent, IbdDatePipe, LoadingComponent],
  template: `
    @if (store.plan(); as plan) {
      @if (plan.items.length === 0) {
        <ibd-empty-state [text]="'plan.empty' | transloco" />
      } @else {
        <ul class="items" data-testid="plan-items">
          @for (item of plan.items; track item.id) {
            <li>
              <strong>{{ 'code.planKind.' + item.kind | transloco }}</strong>
              <span>{{ 'code.planStatus.' + item.status | transloco }}</span>
              @if (item.riskLevel) {
                <span>{{ 'plan.riskLevel' | transloco }}: {{ 'code.risk.' + item.riskLevel | transloco }}</span>
              }
              @if (item.dueOn) {
                <span>{{ 'plan.dueOn' | transloco }}: {{ item.dueOn | ibdDate }}</span>
              }
              @if (item.text) {
                <p class="items__text">{{ item.text }}</p>
              }
              @if (item.responsible) {
                <span>{{ 'plan.responsible' | transloco }}: {{ item.responsible }}</span>
              }
              @if (item.status === 'open' && !closed()) {
                <span class="items__actions">
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="submission.pending()"
                    (click)="setStatus(item.id, 'achieved')"
                  >
                    {{ 'plan.markAchieved' | transloco }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    [disabled]="submission.pending()"
                    (click)="setStatus(item.id, 'dropped')"
                  >
                    {{ 'plan.markDropped' | transloco }}
                  </button>
                </span>
              }
            </li>
          }
        </ul>
      }
      @if (plan.reviews.length > 0) {
        <h3>{{ 'plan.reviews' | transloco }}</h3>
        <ul class="items">
          @for (review of plan.reviews; track review.id) {
            <li>
              <strong>{{ review.reviewedOn | ibdDate }}</strong>
              @if (review.nextReviewOn) {
                <span>{{ 'plan.nextReviewOn' | transloco }}: {{ review.nextReviewOn | ibdDate }}</span>
              }
              @if (review.summary) {
                <p class="items__text">{{ review.summary }}</p>
              }
            </li>
          }
        </ul>
      }
    } @else {
      <ibd-loading [label]="'common.loading' | transloco" />
    }

    <ibd-submission-error [submission]="submission" />
    @if (!closed()) {
      <form class="add" [formGroup]="reviewForm" (ngSubmit)="review()" novalidate>
        <h3>{{ 'plan.addReview' | transloco }}</h3>
        <div class="add__row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'plan.reviewedOn' | transloco }}</mat-label>
            <input matInput type="date" formControlName="reviewedOn" [max]="today" required />
            <ibd-field-error matError [control]="reviewForm.controls.reviewedOn" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'plan.nextReviewOn' | transloco }}</mat-label>
            <input matInput type="date" formControlName="nextReviewOn" />
            <ibd-field-error matError [control]="reviewForm.controls.nextReviewOn" />
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline" class="add__text">
          <mat-label>{{ 'plan.summary' | transloco }}</mat-label>
          <textarea matInput formControlName="summary" rows="2" required maxlength="4000"></textarea>
          <ibd-field-error matError [control]="reviewForm.controls.summary" />
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="submission.pending()">
          {{ 'plan.addReviewSubmit' | transloco }}
        </button>
      </form>

      <form class="add" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <h3>{{ 'plan.add' | transloco }}</h3>
        <div class="add__row">
          <ibd-select-field label="plan.kind" [options]="kinds" [control]="form.controls.kind" required />
          @if (form.controls.kind.value === 'risk') {
            <ibd-select-field
              label="plan.riskLevel"
              [options]="riskLevels"
              [control]="form.controls.riskLevel"
              required
            />
          }
          @if (form.controls.kind.value === 'goal') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'plan.dueOn' | transloco }}</mat-label>
              <input matInput type="date" formControlName="dueOn" />
              <ibd-field-error matError [control]="form.controls.dueOn" />
            </mat-form-field>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ 'plan.responsible' | transloco }}</mat-label>
            <input matInput formControlName="responsible" autocomplete="off" />
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline" class="add__text">
          <mat-label>{{ 'plan.text' | transloco }}</mat-label>
          <textarea matInput formControlName="text" rows="2" required maxlength="2000"></textarea>
          <ibd-field-error matError [control]="form.controls.text" />
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="submission.pending()">
          {{ 'plan.addSubmit' | transloco }}
        </button>
      </form>
    }
  `,
  styles: `
    .items {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        padding: 0.5rem 0;
        border-block-end: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .items__actions {
      display: flex;
      gap: 0.5rem;
    }
    .items__text {
      flex-basis: 100%;
      margin: 0;
    }
    .add__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .add__text {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePlanComponent {
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CasesApi);

  readonly caseId = input.required<string>();
  readonly closed = input(false);

  protected readonly kinds = codeOptions(PLAN_ITEM_KINDS, 'code.planKind.');
  protected readonly riskLevels = codeOptions(RISK_LEVELS, 'code.risk.');
  protected readonly submission = new Submission();

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['need' as PlanItemKind, Validators.required],
    text: ['', [Validators.required, Validators.maxLength(2000)]],
    riskLevel: ['' as RiskLevel | ''],
    dueOn: [''],
    responsible: [''],
  });

  protected readonly today = todayIso();
  protected readonly reviewForm = inject(NonNullableFormBuilder).group({
    reviewedOn: [todayIso(), Validators.required],
    nextReviewOn: [''],
    summary: ['', [Validators.required, Validators.maxLength(4000)]],
  });

  protected review(): void {
    this.submission.submit(
      this.reviewForm,
      () => {
        const { reviewedOn, nextReviewOn, summary } = this.reviewForm.getRawValue();
        return this.api.addPlanReview(this.caseId(), {
          reviewedOn,
          summary: summary.trim(),
          ...(nextReviewOn ? { nextReviewOn } : {}),
        });
      },
      {
        fields: ['reviewedOn', 'nextReviewOn', 'summary'],
        done: () => {
          this.reviewForm.reset({ reviewedOn: todayIso(), nextReviewOn: '', summary: '' });
          this.store.refreshPlan();
        },
      },
    );
  }

  protected setStatus(itemId: string, status: PlanItemStatus): void {
    this.submission.send(this.api.setPlanItemStatus(this.caseId(), itemId, status), {
      done: () => this.store.refreshPlan(),
    });
  }

  protected add(): void {
    const { kind } = this.form.getRawValue();
    this.submission.submit(this.form, () => this.api.addPlanItem(this.caseId(), this.item()), {
      fields: PLAN_FIELDS,
      done: () => {
        this.form.reset({ kind, text: '', riskLevel: '', dueOn: '', responsible: '' });
        this.store.refreshPlan();
      },
    });
  }

  private item(): CreatePlanItem {
    const { kind, text, riskLevel, dueOn, responsible } = this.form.getRawValue();
    return {
      kind,
      text: text.trim(),
      ...(kind === 'risk' && riskLevel ? { riskLevel } : {}),
      ...(kind === 'goal' && dueOn ? { dueOn } : {}),
      ...(responsible.trim() ? { responsible: responsible.trim() } : {}),
    };
  }
}
