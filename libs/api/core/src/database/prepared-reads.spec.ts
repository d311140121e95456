import { compileNamed } from './prepared-reads';

describe('compileNamed', () => {
  it('numbers named parameters in order of first use and reuses the number of a repeated name', () => {
    const compiled = compileNamed('SELECT 1 FROM t WHERE a = :unit AND b = :status OR c = :unit', 'q');
    expect(compiled.text).toBe('SELECT 1 FROM t WHERE a = $1 AND b = $2 OR c = $1');
    expect(compiled.order).toEqual(['unit', 'status']);
    expect(compiled.name).toBe('q');
  });

  it('leaves casts and times alone', () => {
    const compiled = compileNamed(`SELECT c.identified_at::text, '10:30' FROM c WHERE c.id = :id`, 'q');
    expect(compiled.text).toBe(`SELECT c.identified_at::text, '10:30' FROM c WHERE c.id = $1`);
    expect(compiled.order).toEqual(['id']);
  });

  it('leaves quoted literals alone, colons and doubled quotes included', () => {
    const compiled = compileNamed(
      `SELECT to_char(t, 'HH24:MI:SS'), 'it''s :not' FROM c WHERE c.id = :id AND c.kind = 'x:y'`,
      'q',
    );
    expect(compiled.text).toBe(
      `SELECT to_char(t, 'HH24:MI:SS'), 'it''s :not' FROM c WHERE c.id = $1 AND c.kind = 'x:y'`,
    );
    expect(compiled.order).toEqual(['id']);
  });
});
