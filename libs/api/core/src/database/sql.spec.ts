import { affectedRows, execute, queryRow, queryRows, SqlRunner } from './sql';

/** A runner answering as TypeORM's PostgreSQL driver does, recording what it was asked. */
function runner(answer: unknown): SqlRunner & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return { calls, query: async (sql, parameters) => (calls.push([sql, parameters]), answer) };
}

describe('raw SQL helpers', () => {
  it('queryRows passes the statement and parameters and returns the rows of a SELECT', async () => {
    const db = runner([{ id: 'a' }, { id: 'b' }]);
    await expect(queryRows<{ id: string }>(db, 'SELECT id FROM t WHERE x = $1', [1])).resolves.toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
    expect(db.calls).toEqual([['SELECT id FROM t WHERE x = $1', [1]]]);
  });

  it('queryRows returns the rows of an UPDATE … RETURNING, not its row count', async () => {
    await expect(
      queryRows<{ id: string }>(runner([[{ id: 'a' }], 1]), 'UPDATE t SET x = 1 RETURNING id'),
    ).resolves.toEqual([{ id: 'a' }]);
  });

  it('queryRow returns the first row, or undefined when there is none', async () => {
    await expect(queryRow<{ id: string }>(runner([{ id: 'a' }, { id: 'b' }]), 'SELECT id FROM t')).resolves.toEqual({
      id: 'a',
    });
    await expect(queryRow<{ id: string }>(runner([]), 'SELECT id FROM t')).resolves.toBeUndefined();
  });

  it('affectedRows returns the row count of an UPDATE or DELETE', async () => {
    await expect(affectedRows(runner([[], 3]), 'DELETE FROM t')).resolves.toBe(3);
  });

  it('affectedRows refuses a statement that has no row count', async () => {
    await expect(affectedRows(runner([{ id: 'a' }, { id: 'b' }]), 'SELECT id FROM t')).rejects.toThrow(
      'affectedRows counts the rows of an UPDATE or DELETE',
    );
  });

  it('execute runs the statement and returns nothing', async () => {
    const db = runner([[], 2]);
    await expect(execute(db, 'DELETE FROM t WHERE x = $1', [2])).resolves.toBeUndefined();
    expect(db.calls).toEqual([['DELETE FROM t WHERE x = $1', [2]]]);
  });
});
