import { errorKeyOf } from './errors';

describe('errorKeyOf', () => {
  it('is null when nothing failed', () => {
    expect(errorKeyOf(undefined)).toBeNull();
    expect(errorKeyOf(null)).toBeNull();
  });

  it.each([
    [{ status: 0 }, 'error.network'],
    [{ status: 403 }, 'error.forbidden'],
    [{ status: 404 }, 'error.notFound'],
    [{ status: 429 }, 'error.tooMany'],
    [{ status: 500 }, 'error.generic'],
    [new Error('parse failed'), 'error.generic'],
    [{ status: '404' }, 'error.generic'],
  ])('names %p as %s', (error, key) => {
    expect(errorKeyOf(error)).toBe(key);
  });
});
