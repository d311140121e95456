import { ChangeDetectionStrategy, Component, inject, OnInit, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import type { SecondFactorEnrolment } from '@ibd/shared/contracts';
import { ErrorBoxComponent, LoadingComponent } from '@ibd/web/shared/ui';
import { errorKeyOf, Submission } from '@ibd/web/shared/util';

import { CodeFieldComponent } from './code-field.component';
import { codeForm, submitCode } from './code-form';
import { groupedSecret, otpauthQrCode } from './otpauth-qr';
import { RecoveryCodesComponent } from './recovery-codes.component';
import { SecurityApi } from './security.api';

/**
 * Setting up the second factor: the QR code and the secret for the app, one code to confirm, then
 * the recovery codes, shown once.
 */
@Component({
  selector: 'ibd-enrolment',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    TranslocoPipe,
    CodeFieldComponent,
    ErrorBoxComponent,
    LoadingComponent,
    RecoveryCodesComponent,
  ],
  templateUrl: './enrolment.component.html',
  styleUrl: './enrolment.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentComponent implements OnInit {
  private readonly api = inject(SecurityApi);

  /** The factor is set up (the recovery codes are on screen). */
  readonly confirmed = output<void>();
  /** The user has kept the recovery codes and goes on. */
  readonly done = output<void>();

  protected readonly enrolment = signal<SecondFactorEnrolment | null>(null);
  protected readonly qrCode = signal<string | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly submission = new Submission();
  /** Why the enrolment could not start. */
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = codeForm();
  protected readonly groupedSecret = groupedSecret;

  ngOnInit(): void {
    this.api.startEnrolment().subscribe({
      next: (enrolment) => {
        this.enrolment.set(enrolment);
        void otpauthQrCode(enrolment.otpauthUri).then((image) => this.qrCode.set(image));
      },
      error: (error: unknown) => this.errorKey.set(errorKeyOf(error)),
    });
  }

  protected confirm(): void {
    submitCode(
      this.submission,
      this.form,
      (code) => this.api.confirmEnrolment(code),
      ({ recoveryCodes }) => {
        this.recoveryCodes.set(recoveryCodes);
        this.confirmed.emit();
      },
    );
  }
}
