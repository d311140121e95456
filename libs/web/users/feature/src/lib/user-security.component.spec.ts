import type { HttpTestingController } from '@angular/common/http/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import type { SecondFactorStatus } from '@ibd/shared/contracts';
import { createWithHttp, render, userActions } from '@ibd/web/shared/testing';

import { UserSecurityComponent } from './user-security.component';

const ENROLLED: SecondFactorStatus = {
  enrolled: true,
  enrolledAt: '2026-11-20T10:00:00Z',
  required: true,
  recoveryCodesLeft: 10,
};
const USER = '0b7c1a2e-2f43-4a55-9a0e-7d0f4d1c9b11';

describe('UserSecurityComponent', () => {
  let http: HttpTestingController;
  let fixture: Awaited<ReturnType<typeof render<UserSecurityComponent>>>['fixture'];

  beforeEach(async () => {
    ({ fixture, http } = createWithHttp(UserSecurityComponent, {
      providers: [
        // As in the browser tests (reduced motion): the dialog closes without waiting for an animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
      inputs: { userId: USER },
    }));
    http.expectOne(`/api/v1/users/${USER}/mfa`).flush(ENROLLED);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  const { byTestId, click } = userActions(() => fixture);

  async function answerDialog(button: 'confirm-ok' | 'confirm-cancel', expectedTitle: string) {
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent).toBe(expectedTitle);
    await click(dialog.querySelector(`[data-testid="${button}"]`) as HTMLElement);
  }

  it('shows whether the user has a second factor', () => {
    expect(byTestId('user-mfa-status').textContent.trim()).toBe('Има настроен втори фактор (от 20.11.2026 г.).');
  });

  it('resets the factor only after the admin confirms, then says so', async () => {
    await click('user-mfa-reset');
    await answerDialog('confirm-ok', 'Нулиране на втория фактор?');

    const request = http.expectOne(`/api/v1/users/${USER}/mfa`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne(`/api/v1/users/${USER}/mfa`).flush({ ...ENROLLED, enrolled: false, enrolledAt: null });
    await fixture.whenStable();

    expect(byTestId('user-security-result').textContent.trim()).toBe(
      'Вторият фактор е нулиран и сесиите на потребителя са прекратени.',
    );
    expect(byTestId('user-mfa-status').textContent.trim()).toBe('Няма настроен втори фактор.');
    expect(byTestId<HTMLButtonElement>('user-mfa-reset').disabled).toBe(true);
  });

  it('sends nothing when the admin cancels', async () => {
    await click('user-end-sessions');
    await answerDialog('confirm-cancel', 'Прекратяване на всички сесии на потребителя?');
    http.expectNone(`/api/v1/users/${USER}/sessions`);
    expect(byTestId('user-security-result').textContent.trim()).toBe('');
  });

  it('ends the user’s sessions and says how many', async () => {
    await click('user-end-sessions');
    await answerDialog('confirm-ok', 'Прекратяване на всички сесии на потребителя?');
    const request = http.expectOne(`/api/v1/users/${USER}/sessions`);
    expect(request.request.method).toBe('DELETE');
    request.flush({ ended: 2 });
    http.expectOne(`/api/v1/users/${USER}/mfa`).flush(ENROLLED);
    await fixture.whenStable();

    expect(byTestId('user-security-result').textContent.trim()).toBe('Прекратени сесии: 2.');
  });
});
