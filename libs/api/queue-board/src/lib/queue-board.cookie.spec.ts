import { queueBoardCookieOptions } from './queue-board.cookie';

describe('queueBoardCookieOptions', () => {
  it.each([
    [true, true],
    [false, false],
  ])('with production=%s is Secure=%s, and always HttpOnly, Strict and scoped to the board', (production, secure) => {
    expect(queueBoardCookieOptions(production)).toEqual({
      httpOnly: true,
      secure,
      sameSite: 'strict',
      path: '/api/admin/queues',
      maxAge: 600_000,
    });
  });
});
