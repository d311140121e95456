import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { AuthStore } from '@ibd/web/shared/data-access';

import { EnrolmentComponent } from './enrolment.component';

/** The enrolment a policy demands right after the password: nothing else opens before it. */
@Component({
  selector: 'ibd-enrol-page',
  imports: [MatButtonModule, MatCardModule, TranslocoPipe, EnrolmentComponent],
  template: `
    <main class="enrol">
      <mat-card class="enrol__card" appearance="outlined">
        <mat-card-header>
          <h1 mat-card-title class="enrol__title">{{ 'security.enrol.title' | transloco }}</h1>
          <mat-card-subtitle>{{ 'security.enrol.required' | transloco }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          <ibd-enrolment (done)="continue()" />
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-button type="button" (click)="signOut()" data-testid="sign-out">
            {{ 'shell.signOut' | transloco }}
          </button>
        </mat-card-actions>
      </mat-card>
    </main>
  `,
  styles: `
    .enrol {
      min-height: 100vh;
      box-sizing: border-box;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      padding: 2rem 1rem;
      background: var(--mat-sys-surface-container-low);
    }
    .enrol__card {
      width: min(100%, 36rem);
    }
    .enrol__title {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolPageComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** The token of a session without a factor opens only the enrolment; a refresh gives a full one. */
  protected continue(): void {
    this.auth.refresh().subscribe({
      next: () => void this.router.navigateByUrl('/'),
      error: () => this.auth.logout('expired'),
    });
  }

  protected signOut(): void {
    this.auth.logout();
  }
}
