import { readCookie } from './cookies';

describe('readCookie', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['ibd_queue_board=abc.def.ghi', 'abc.def.ghi'],
    ['a=1; ibd_queue_board=tok; b=2', 'tok'],
    ['x_ibd_queue_board=nope', undefined],
    ['ibd_queue_board=', undefined],
    ['ibd_queue_board', undefined],
    ['other=1;  ibd_queue_board = spaced ', 'spaced'],
  ])('reads %j as %j', (header, expected) => {
    expect(readCookie(header, 'ibd_queue_board')).toBe(expected);
  });
});
