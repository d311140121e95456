import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { finalize, type Observable } from 'rxjs';

import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type Role,
  type UpdateUser,
  USERNAME_PATTERN,
} from '@ibd/shared/contracts';
import { UnitsStore } from '@ibd/web/shared/data-access';
import { FORM_KIT, LoadingComponent, PageHeaderComponent, codeOptions, unitOptions } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';
import { USER_FIELDS, UsersStore, type UserView } from '@ibd/web/users/data-access';

import { unitsForRole } from './role-units';
import { UserSecurityComponent } from './user-security.component';

@Component({
  selector: 'ibd-user-form-page',
  imports: [FORM_KIT, RouterLink, MatSlideToggleModule, LoadingComponent, PageHeaderComponent, UserSecurityComponent],
  providers: [UsersStore],
  templateUrl: './user-form-page.component.html',
  styleUrl: './user-form-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFormPageComponent {
  private readonly store = inject(UsersStore);
  private readonly units = inject(UnitsStore);
  private readonly router = inject(Router);

  /** Route parameter; absent on `new`. */
  readonly id = input<string>();

  protected readonly roles = codeOptions(ROLES, 'role.');
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly isNew = computed(() => !this.id());
  protected readonly user = signal<UserView | null>(null);
  protected readonly loading = signal(false);
  protected readonly submission = new Submission();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.pattern(USERNAME_PATTERN)]],
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', [Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    role: ['' as Role | '', Validators.required],
    unitId: ['', Validators.required],
    active: [true],
  });

  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly allowedUnits = computed(() => unitsForRole(this.units.all(), this.role() || null));
  protected readonly unitChoices = computed(() => unitOptions(this.allowedUnits()));

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) {
        this.form.controls.password.addValidators(Validators.required);
        return;
      }
      this.form.controls.username.disable();
      this.loading.set(true);
      this.submission.send(this.store.get(id).pipe(finalize(() => this.loading.set(false))), {
        done: (user) => {
          this.user.set(user);
          this.form.patchValue({ ...user, password: '' });
        },
      });
    });
    // A unit that does not fit the chosen role is cleared rather than sent and refused.
    effect(() => {
      const allowed = this.allowedUnits();
      const unitId = this.form.controls.unitId.value;
      if (unitId && allowed.length > 0 && !allowed.some((unit) => unit.id === unitId)) {
        this.form.controls.unitId.setValue('');
      }
    });
  }

  protected submit(): void {
    this.submission.submit(this.form, () => this.request(), {
      fields: USER_FIELDS,
      done: () => void this.router.navigate(['/users']),
    });
  }

  private request(): Observable<UserView> {
    const { username, displayName, password, role, unitId, active } = this.form.getRawValue();
    const id = this.id();
    if (!id) return this.store.create({ username, displayName, password, role: role as Role, unitId });
    const changes: UpdateUser = { displayName, role: role as Role, unitId, active };
    if (password) changes.password = password;
    return this.store.update(id, changes);
  }
}
