import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role, USERNAME_PATTERN } from '@ibd/shared/contracts';
import { UnitsStore } from '@ibd/web/shared/data-access';
import { ErrorBoxComponent, LoadingComponent, PageHeaderComponent } from '@ibd/web/shared/ui';
import { applyFieldErrors, errorKeyFor, parseApiError } from '@ibd/web/shared/util';
import { USER_FIELDS, type UpdateUser, UsersStore, type UserView } from '@ibd/web/users/data-access';

import { unitsForRole } from './role-units';

@Component({
  selector: 'ibd-user-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorBoxComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
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

  protected readonly roles = ROLES;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly isNew = computed(() => !this.id());
  protected readonly user = signal<UserView | null>(null);
  protected readonly loading = signal(false);
  protected readonly pending = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorMessages = signal<string[]>([]);

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

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) {
        this.form.controls.password.addValidators(Validators.required);
        return;
      }
      this.form.controls.username.disable();
      this.loading.set(true);
      this.store.get(id).subscribe({
        next: (user) => {
          this.user.set(user);
          this.form.patchValue({ ...user, password: '' });
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.errorKey.set(errorKeyFor(parseApiError(error).status));
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
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, displayName, password, role, unitId, active } = this.form.getRawValue();
    const id = this.id();
    let request: Observable<UserView>;
    if (id) {
      const changes: UpdateUser = { displayName, role: role as Role, unitId, active };
      if (password) changes.password = password;
      request = this.store.update(id, changes);
    } else {
      request = this.store.create({ username, displayName, password, role: role as Role, unitId });
    }
    this.pending.set(true);
    this.errorKey.set(null);
    this.errorMessages.set([]);
    request.subscribe({
      next: () => {
        void this.router.navigate(['/users']);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const parsed = parseApiError(error, USER_FIELDS);
        const unplaced = applyFieldErrors(this.form, parsed.fields);
        this.errorKey.set(errorKeyFor(parsed.status));
        this.errorMessages.set([...parsed.messages, ...unplaced]);
      },
    });
  }
}
