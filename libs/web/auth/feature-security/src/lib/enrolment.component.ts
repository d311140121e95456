import { ChangeDetectionStrategy, Component, inject, OnInit, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import type { SecondFactorEnrolment } from '@ibd/shared/contracts';
import { ErrorBoxComponent, LoadingComponent } from '@ibd/web/shared/ui';
import { errorKeyFor, parseApiError } from '@ibd/web/shared/util';

import { codeErrorKey, codeForm } from './code-form';
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
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
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
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = codeForm();
  protected readonly groupedSecret = groupedSecret;

  ngOnInit(): void {
    this.api.startEnrolment().subscribe({
      next: (enrolment) => {
        this.enrolment.set(enrolment);
        void otpauthQrCode(enrolment.otpauthUri).then((image) => this.qrCode.set(image));
      },
      error: (error: unknown) => this.errorKey.set(errorKeyFor(parseApiError(error).status)),
    });
  }

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.errorKey.set(null);
    this.api.confirmEnrolment(this.form.getRawValue().code).subscribe({
      next: ({ recoveryCodes }) => {
        this.pending.set(false);
        this.recoveryCodes.set(recoveryCodes);
        this.confirmed.emit();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const { field, key } = codeErrorKey(error);
        if (field) this.form.controls.code.setErrors({ wrong: key });
        else this.errorKey.set(key);
      },
    });
  }
}
