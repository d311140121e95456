import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { of, Subject, throwError } from 'rxjs';

import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';
import { Submission } from '@ibd/web/shared/util';

import { SubmissionErrorComponent } from './submission-error.component';

function refusal(status: number, message: string[]): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { statusCode: status, message } });
}

describe('SubmissionErrorComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function renderFor(submission: Submission) {
    return render(SubmissionErrorComponent, { submission });
  }

  it('shows nothing before a sending, while it runs, or after it succeeds', async () => {
    const submission = new Submission();
    const answer = new Subject<void>();
    const { fixture, element } = await renderFor(submission);
    expect(element.querySelector('[data-testid="error-box"]')).toBeNull();
    submission.send(answer);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="error-box"]')).toBeNull();
    answer.next();
    answer.complete();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="error-box"]')).toBeNull();
  });

  it('heads a refusal by the API’s answer and lists the messages no field took', async () => {
    const submission = new Submission();
    const { fixture, element } = await renderFor(submission);
    const form = new FormGroup({ name: new FormControl('') });
    submission.send(
      throwError(() => refusal(400, ['name must be shorter', 'period must end after it starts'])),
      { form, fields: ['name'] },
    );
    await fixture.whenStable();
    expect(element.querySelector('.error__heading')?.textContent).toBe('Някои полета не са попълнени правилно.');
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'period must end after it starts',
    ]);
    expect(form.controls.name.hasError('api')).toBe(true);
  });

  it('goes away when the next sending starts', async () => {
    const submission = new Submission();
    const { fixture, element } = await renderFor(submission);
    submission.send(throwError(() => refusal(409, [])));
    await fixture.whenStable();
    expect(element.querySelector('.error__heading')?.textContent).toBe(
      'Действието не е възможно в текущото състояние.',
    );
    submission.send(of(null));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="error-box"]')).toBeNull();
  });
});
