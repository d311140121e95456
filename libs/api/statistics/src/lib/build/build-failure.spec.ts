import { BuildStepError, failureReason } from './build-failure';

const withCode = (code: string) => Object.assign(new Error('value "Иван" violates ...'), { code });

describe('failureReason', () => {
  it.each([
    [withCode('ECONNREFUSED'), 'the database could not be reached'],
    [withCode('57P01'), 'the database could not be reached'],
    [withCode('42P01'), 'migrations may not have run'],
    [withCode('57014'), 'took longer than the database allows'],
    [withCode('23505'), 'error code 23505'],
    [new Error('boom'), 'unexpected error'],
    ['not even an error', 'unexpected error'],
  ])('explains %p without quoting it', (cause, expected) => {
    const reason = failureReason(new BuildStepError('capacity', cause), false);
    expect(reason).toContain('Step "capacity"');
    expect(reason).toContain(expected);
    expect(reason).not.toMatch(/Иван|violates|boom/);
    expect(reason.length).toBeLessThanOrEqual(500);
  });

  it('says whether the run will be retried', () => {
    expect(failureReason(withCode('40P01'), true)).toMatch(/retried automatically\.$/);
    expect(failureReason(withCode('40P01'), false)).toMatch(/request the run again/);
  });
});
