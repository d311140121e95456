import { AlertsComputer } from '@ibd/api/alerts';
import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

interface Alert {
  kind: string;
  caseId: string | null;
  subjectId: string;
  taskKind: string | null;
  code: string;
}

describe('child notifications done from the alerts', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  let child: { id: string; code: string };
  let tasks: Array<{ id: string; kind: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
    const victim = await createVictim(t, 'staff.sofia', { identity: identity({ personalNumber: EGN.child.number }) });
    child = await createCase(t, 'staff.sofia', { victimId: victim.id, identifiedAt: '2026-02-01' });
    tasks = (await t.http.get(`/api/v1/cases/${child.id}/tasks`).set(as['staff.sofia']).expect(200)).body;
    // What the worker's alerts job does every few minutes.
    await new AlertsComputer(t.db).compute();
  });
  afterAll(() => t.close());

  const done = (taskId: string, user: DemoUsername, body: object = {}, caseId = child.id) =>
    t.http.post(`/api/v1/cases/${caseId}/tasks/${taskId}/done`).set(as[user]).send(body);
  const notificationsOf = async (user: DemoUsername): Promise<Alert[]> => {
    const res = await t.http.get('/api/v1/alerts?kind=child_notification_overdue&pageSize=100').set(as[user]);
    expect(res.status).toBe(200);
    return (res.body.items as Alert[]).filter((alert) => alert.caseId === child.id);
  };
  const taskOf = (kind: string) => tasks.find((task) => task.kind === kind) as { id: string };

  it('names each notification (to whom) on its alert, for the staff of the facility and the monitors', async () => {
    for (const user of ['staff.sofia', 'monitor'] as const) {
      const alerts = await notificationsOf(user);
      expect(alerts.map((alert) => alert.taskKind).sort()).toEqual(['notify_dazd', 'notify_mvr', 'notify_nkbth']);
      expect(alerts.every((alert) => alert.code === child.code)).toBe(true);
    }
    expect(await notificationsOf('staff.burgas')).toEqual([]);
  });

  it('records who notified whom and when, audited, and the alert disappears for every role that saw it', async () => {
    const notifiedAt = '2026-02-02T08:30:00.000Z';
    const res = await done(taskOf('notify_mvr').id, 'staff.sofia', { notifiedAt }).expect(200);
    expect(res.body).toMatchObject({ kind: 'notify_mvr', overdue: false, doneByName: expect.any(String) });
    expect(new Date(res.body.notifiedAt).toISOString()).toBe(notifiedAt);
    const [audit] = await t.db.query(
      `SELECT a.actor_id, a.actor_role FROM audit_log a JOIN users u ON u.id = a.actor_id
        WHERE a.action = 'case.task.done' AND a.entity_id = $1 AND u.username = 'staff.sofia'`,
      [taskOf('notify_mvr').id],
    );
    expect(audit).toMatchObject({ actor_role: 'shelter_staff', actor_id: res.body.doneBy });
    for (const user of ['staff.sofia', 'monitor'] as const) {
      expect((await notificationsOf(user)).map((alert) => alert.taskKind).sort()).toEqual([
        'notify_dazd',
        'notify_nkbth',
      ]);
    }
    // The case page shows the same: done, by whom, notified when.
    const { body } = await t.http.get(`/api/v1/cases/${child.id}`).set(as.monitor).expect(200);
    const task = body.tasks.find((item: { kind: string }) => item.kind === 'notify_mvr');
    expect(task).toMatchObject({ notifiedAt, doneByName: res.body.doneByName, doneBy: res.body.doneBy });
  });

  it('takes the notification time as now when none is given', async () => {
    const before = Date.now();
    const res = await done(taskOf('notify_nkbth').id, 'staff.sofia').expect(200);
    expect(new Date(res.body.notifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(res.body.notifiedAt).toBe(res.body.doneAt);
  });

  it("answers 404 for a task of another facility's case, and leaves it open", async () => {
    await done(taskOf('notify_dazd').id, 'staff.burgas').expect(404);
    const burgasCase = await createCase(t, 'staff.burgas');
    await done(taskOf('notify_dazd').id, 'staff.burgas', {}, burgasCase.id).expect(404);
    expect((await notificationsOf('monitor')).map((alert) => alert.taskKind)).toEqual(['notify_dazd']);
  });

  it.each(['monitor', 'social.worker', 'auditor', 'admin'] as const)('refuses %s with 403', async (user) => {
    await done(taskOf('notify_dazd').id, user).expect(403);
  });

  it.each([
    ['not a moment', { notifiedAt: 'yesterday' }, 'notifiedAt'],
    ['a date without a time', { notifiedAt: '2026-02-02' }, 'notifiedAt'],
    ['a moment in the future', { notifiedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'notifiedAt'],
    ['an unknown field', { notified: 'ДАЗД' }, 'notified'],
  ])('answers 400 naming the field for %s', async (_, body, field) => {
    const res = await done(taskOf('notify_dazd').id, 'staff.sofia', body).expect(400);
    expect(res.body.message.some((message: string) => new RegExp(`\\b${field}\\b`).test(message))).toBe(true);
    expect((await notificationsOf('staff.sofia')).map((alert) => alert.taskKind)).toEqual(['notify_dazd']);
  });
});
