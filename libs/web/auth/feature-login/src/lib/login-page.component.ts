import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';

import { CHALLENGE_EXPIRED, isSecondFactorChallenge, type LoginAnswer } from '@ibd/shared/contracts';
import { AuthStore, LanguageStore, type SecondFactorAnswer } from '@ibd/web/shared/data-access';
import { parseApiError } from '@ibd/web/shared/util';
import { LanguageSwitchComponent } from '@ibd/web/shared/ui';

import { loginErrorKey, signOutReasonKey } from './login-messages';
import { secondFactorForm } from './second-factor-form';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'ibd-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    LanguageSwitchComponent,
  ],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore);

  /** Query parameters, bound by the router. */
  readonly reason = input<string>();
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly secondFactor = secondFactorForm();
  /** Set once the password is right for a user with a second factor: the code step is shown. */
  protected readonly challengeToken = signal<string | null>(null);
  protected readonly useRecoveryCode = signal(false);
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly reasonKey = computed(() => signOutReasonKey(this.reason()));
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  constructor() {
    // The code step (or its switch to a recovery code) puts the cursor where the code goes.
    effect(() => this.codeInput()?.nativeElement.focus());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, password } = this.form.getRawValue();
    this.send(this.auth.login(username.trim(), password));
  }

  protected submitCode(): void {
    const challengeToken = this.challengeToken();
    const control = this.useRecoveryCode() ? this.secondFactor.controls.recoveryCode : this.secondFactor.controls.code;
    if (!challengeToken || control.invalid) {
      control.markAsTouched();
      return;
    }
    const answer: SecondFactorAnswer = this.useRecoveryCode()
      ? { recoveryCode: control.value.trim() }
      : { code: control.value.trim() };
    this.send(this.auth.completeLogin(challengeToken, answer));
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((use) => !use);
    this.errorKey.set(null);
  }

  /** Back to the password, e.g. for another account or when the challenge has expired. */
  protected restart(errorKey: string | null = null): void {
    this.challengeToken.set(null);
    this.useRecoveryCode.set(false);
    this.secondFactor.reset();
    this.form.controls.password.reset();
    this.errorKey.set(errorKey);
  }

  private send(request: Observable<LoginAnswer>): void {
    this.pending.set(true);
    this.errorKey.set(null);
    request.subscribe({
      next: (answer) => {
        if (isSecondFactorChallenge(answer)) {
          this.pending.set(false);
          this.challengeToken.set(answer.challengeToken);
          return;
        }
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.pending.set(false);
        if (parseApiError(error).code === CHALLENGE_EXPIRED) {
          this.restart('login.error.challengeExpired');
          return;
        }
        this.errorKey.set(loginErrorKey(error));
      },
    });
  }
}
