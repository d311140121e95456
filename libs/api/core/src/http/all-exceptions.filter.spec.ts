import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';

function hostCapturing(sent: { status?: number; body?: unknown }): ArgumentsHost {
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  return { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
}

describe('AllExceptionsFilter', () => {
  it('answers a bare 500 and logs neither the message nor the values it quotes', () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    const sent: { status?: number; body?: unknown } = {};
    const failure = Object.assign(new Error('value "Мария Иванова 7503169269" is wrong'), { code: 'XX000' });
    new AllExceptionsFilter().catch(failure, hostCapturing(sent));
    spy.mockRestore();
    expect(sent).toEqual({
      status: 500,
      body: { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' },
    });
    expect(JSON.stringify(logged)).toContain('XX000');
    expect(JSON.stringify(logged)).toContain('all-exceptions.filter.spec');
    expect(JSON.stringify(logged)).not.toMatch(/Мария|7503169269/);
  });

  it.each([
    [
      'the driver',
      () => Object.assign(new DatabaseError('value "7503169269" out of range', 0, 'error'), { code: '22003' }),
    ],
    [
      'TypeORM',
      () => new QueryFailedError('SELECT 1', [], Object.assign(new Error('out of range'), { code: '22003' })),
    ],
  ])('answers 400 for a value out of range, whether %s reports it', (_who, failure) => {
    const sent: { status?: number; body?: unknown } = {};
    new AllExceptionsFilter().catch(failure(), hostCapturing(sent));
    expect(sent).toEqual({
      status: 400,
      body: { statusCode: 400, message: 'A value has the wrong format or is out of range', error: 'Bad Request' },
    });
  });
});
