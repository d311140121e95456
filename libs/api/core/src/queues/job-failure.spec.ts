import type { LoggerService } from '@nestjs/common';
import { withQuietFailure } from './job-failure';

describe('withQuietFailure', () => {
  const logger = () => ({ error: jest.fn(), log: jest.fn(), warn: jest.fn() }) satisfies LoggerService;

  it('passes the result of the work through', async () => {
    await expect(withQuietFailure('purge', logger(), async () => 3)).resolves.toBe(3);
  });

  it('fails with the job and the error code only, and logs no message', async () => {
    const log = logger();
    const failure = Object.assign(new Error('Key (personal_number)=(7501010010) already exists, Мария Иванова'), {
      code: '23505',
    });
    const thrown = await withQuietFailure('anonymise', log, () => Promise.reject(failure)).catch((e: Error) => e);
    expect(thrown.message).toBe('Job "anonymise" failed (error code 23505); the worker log has the details');
    const logged = JSON.stringify(log.error.mock.calls);
    expect(logged).toContain('23505');
    expect(logged).not.toMatch(/7501010010|Мария/);
  });

  it('says plainly when the error has no code', async () => {
    const thrown = await withQuietFailure('alerts', logger(), () => Promise.reject(new Error('boom Иванова'))).catch(
      (e: Error) => e,
    );
    expect(thrown.message).toBe('Job "alerts" failed; the worker log has the details');
  });
});
