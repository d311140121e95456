import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import type { SecondFactorStatus } from '@ibd/shared/contracts';
import { ErrorBoxComponent, IbdDatePipe, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { errorKeyOf, Submission } from '@ibd/web/shared/util';

import { CodeFieldComponent } from './code-field.component';
import { codeForm, submitCode } from './code-form';
import { EnrolmentComponent } from './enrolment.component';
import { RecoveryCodesComponent } from './recovery-codes.component';
import { SecurityApi } from './security.api';
import { SessionsComponent } from './sessions.component';

/** The signed-in user's second factor (set up, new recovery codes) and sessions. */
@Component({
  selector: 'ibd-security-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    TranslocoPipe,
    ErrorBoxComponent,
    IbdDatePipe,
    LoadingComponent,
    PageHeaderComponent,
    EnrolmentComponent,
    RecoveryCodesComponent,
    SessionsComponent,
    CodeFieldComponent,
  ],
  templateUrl: './security-page.component.html',
  styleUrl: './security-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityPageComponent {
  private readonly api = inject(SecurityApi);

  protected readonly status = signal<SecondFactorStatus | null>(null);
  protected readonly enrolling = signal(false);
  protected readonly renewedCodes = signal<string[] | null>(null);
  protected readonly submission = new Submission();
  /** Why the status could not be read. */
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = codeForm();

  constructor() {
    this.loadStatus();
  }

  protected finishEnrolment(): void {
    this.enrolling.set(false);
    this.loadStatus();
  }

  protected renewRecoveryCodes(): void {
    submitCode(
      this.submission,
      this.form,
      (code) => this.api.renewRecoveryCodes(code),
      ({ recoveryCodes }) => {
        this.form.reset();
        this.renewedCodes.set(recoveryCodes);
      },
    );
  }

  protected closeRecoveryCodes(): void {
    this.renewedCodes.set(null);
    this.loadStatus();
  }

  private loadStatus(): void {
    this.api.status().subscribe({
      next: (status) => this.status.set(status),
      error: (error: unknown) => this.errorKey.set(errorKeyOf(error)),
    });
  }
}
