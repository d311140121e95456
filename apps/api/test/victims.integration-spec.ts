import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

describe('victims', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
  });
  afterAll(() => t.close());

  const post = (body: object, user: DemoUsername = 'staff.sofia') =>
    t.http.post('/api/v1/victims').set(as[user]).send(body);

  it('registers a victim with a code that holds no personal data, and shows identity to its facility', async () => {
    const res = await post({
      sex: 'female',
      citizenship: 'bg',
      languages: ['bg', 'ro'],
      identity: { firstName: 'Елена', lastName: 'Колева', personalNumber: '750316 9269', phones: ['+359 88 123 4567'] },
    }).expect(201);
    expect(res.body.code).toMatch(/^V-\d{4}-\d{6}$/);
    const got = await t.http.get(`/api/v1/victims/${res.body.id}`).set(as['staff.sofia']).expect(200);
    expect(got.body).toMatchObject({
      code: res.body.code,
      sex: 'female',
      citizenship: 'BG',
      birthYear: 1975,
      languages: ['bg', 'ro'],
      identity: { firstName: 'Елена', lastName: 'Колева', personalNumber: '7503169269', dateOfBirth: '1975-03-16' },
    });
  });

  it('keeps neither the name nor the personal number in plaintext anywhere in the tables', async () => {
    const { id } = await createVictim(t, 'staff.sofia', {
      identity: {
        firstName: 'Радослава',
        lastName: 'Пищовкова',
        personalNumber: EGN.other.number,
        addresses: ['ул. Тайна 7'],
      },
    });
    const [row] = await t.db.query('SELECT * FROM victims WHERE id = $1', [id]);
    const dump = JSON.stringify(row);
    for (const secret of ['Радослава', 'Пищовкова', 'radoslava', EGN.other.number, 'Тайна']) {
      expect(dump).not.toContain(secret);
    }
    expect(row.identity_enc).toMatch(/^t1:[A-Za-z0-9+/=]+$/);
    const [{ hits }] = await t.db.query(
      `SELECT count(*)::int AS hits FROM victims v WHERE v::text ILIKE '%Пищовкова%' OR v::text LIKE '%${EGN.other.number}%'`,
    );
    expect(hits).toBe(0);
    const [{ logged }] = await t.db.query(
      `SELECT count(*)::int AS logged FROM audit_log a WHERE a::text ILIKE '%Пищовкова%'`,
    );
    expect(logged).toBe(0);
  });

  it('refuses the same personal number again with 409 naming only the existing code', async () => {
    const first = await post({
      sex: 'male',
      identity: identity({ firstName: 'Георги', personalNumber: '1234567893', personalNumberType: 'lnch' }),
    }).expect(201);
    const again = await post(
      {
        sex: 'male',
        identity: identity({ firstName: 'Другo', personalNumber: '1234567893', personalNumberType: 'lnch' }),
      },
      'staff.varna',
    ).expect(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_PERSONAL_NUMBER', existingCode: first.body.code });
    expect(again.body.message).toContain(first.body.code);
    expect(JSON.stringify(again.body)).not.toMatch(/Георги|1234567893/);
  });

  it('warns of a likely duplicate by name and birth date across Cyrillic and Latin, until acknowledged', async () => {
    const cyrillic = { firstName: 'Мария', lastName: 'Иванова', dateOfBirth: '1990-05-01' };
    const first = await post({ sex: 'female', identity: cyrillic }).expect(201);
    const latin = { sex: 'female', identity: { firstName: 'Maria', lastName: 'IVANOVA', dateOfBirth: '1990-05-01' } };
    const warned = await post(latin).expect(409);
    expect(warned.body).toMatchObject({ code: 'POSSIBLE_DUPLICATE', existingCodes: [first.body.code] });
    expect(JSON.stringify(warned.body)).not.toMatch(/Maria|Мария|Иванова/i);
    const acknowledged = await post({ ...latin, acknowledgeDuplicate: true }).expect(201);
    expect(acknowledged.body.code).not.toBe(first.body.code);
    await post({ sex: 'female', identity: { ...cyrillic, dateOfBirth: '1990-05-02' } }).expect(201);
  });

  it('checks the birth date against the ЕГН and the birth year', async () => {
    const res = await post({
      sex: 'female',
      identity: identity({ personalNumber: EGN.adult.number, dateOfBirth: '1975-03-17' }),
    }).expect(400);
    expect(res.body.message).toEqual(['identity.dateOfBirth does not match the birth date in the ЕГН']);
    const year = await post({
      sex: 'female',
      birthYear: 1980,
      identity: identity({ dateOfBirth: '1975-03-17' }),
    }).expect(400);
    expect(year.body.message).toEqual(['birthYear does not match the date of birth']);
  });

  it('writes an audit entry for every identity read, with no personal values', async () => {
    const { id } = await createVictim(t);
    const before = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'victim.identity.read' AND entity_id = $1`,
      [id],
    );
    await t.http
      .get(`/api/v1/victims/${id}`)
      .set({ ...as['staff.sofia'], 'X-Request-Id': 'req-identity-read-1' })
      .expect(200);
    const rows = await t.db.query(`SELECT * FROM audit_log WHERE action = 'victim.identity.read' AND entity_id = $1`, [
      id,
    ]);
    expect(rows).toHaveLength(before[0].n + 1);
    expect(rows.at(-1)).toMatchObject({
      entity: 'victim',
      actor_role: 'shelter_staff',
      request_id: 'req-identity-read-1',
    });
  });

  it('shows monitors the record without identity and without an identity-read entry', async () => {
    const { id } = await createVictim(t);
    const res = await t.http.get(`/api/v1/victims/${id}`).set(as['monitor']).expect(200);
    expect(res.body.identity).toBeUndefined();
    expect(res.body.code).toMatch(/^V-/);
  });

  it('lets another facility see the person once it holds a case of theirs, not before', async () => {
    const { id } = await createVictim(t, 'staff.burgas');
    await t.http.get(`/api/v1/victims/${id}`).set(as['staff.varna']).expect(404);
    await createCase(t, 'staff.burgas', { victimId: id });
    await t.http.get(`/api/v1/victims/${id}`).set(as['staff.burgas']).expect(200);
    await t.http.get(`/api/v1/victims/${id}`).set(as['staff.varna']).expect(404);
  });

  it('updates identity and attributes, re-indexing for duplicates', async () => {
    const { id, code } = await createVictim(t);
    const res = await t.http
      .patch(`/api/v1/victims/${id}`)
      .set(as['staff.sofia'])
      .send({
        citizenship: 'RO',
        identity: { firstName: 'Ana', lastName: 'Popescu', personalNumber: '1000000001', personalNumberType: 'lnch' },
      })
      .expect(200);
    expect(res.body).toMatchObject({ citizenship: 'RO', identity: { firstName: 'Ana' } });
    const other = await createVictim(t);
    const clash = await t.http
      .patch(`/api/v1/victims/${other.id}`)
      .set(as['staff.sofia'])
      .send({ identity: { firstName: 'X', lastName: 'Y', personalNumber: '1000000001', personalNumberType: 'lnch' } })
      .expect(409);
    expect(clash.body).toMatchObject({
      code: 'DUPLICATE_PERSONAL_NUMBER',
      message: `A victim with this personal number already exists: ${code}`,
      existingCode: code,
    });
  });

  it('hands out consecutive victim codes under concurrent registration', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => createVictim(t, 'staff.varna')));
    const numbers = results.map((r) => Number(r.code.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(11);
  });
});
