import { REFERRAL_ACTIONS, REFERRAL_STATUSES, ReferralAction, ReferralStatus } from '@ibd/shared/contracts';
import { call, newPersonReferral, sendReferral, unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * The referral state machine as a table: every state x every action x every caller. The referral
 * goes from the social worker (DSP-SOF) to the Sofia shelter; staff.burgas is a shelter user of
 * another facility. Wrong role -> 403, out of scope -> 404, wrong party -> 403, wrong state -> 409.
 */
type Caller = 'receiver' | 'sender' | 'other shelter' | 'monitor' | 'auditor' | 'admin';
const USER: Record<Caller, string> = {
  receiver: 'staff.sofia',
  sender: 'social.worker',
  'other shelter': 'staff.burgas',
  monitor: 'monitor',
  auditor: 'auditor',
  admin: 'admin',
};
const CALLERS = Object.keys(USER) as Caller[];

/** The legal moves: action -> from -> to, and who may make them. */
const MOVES: Record<ReferralAction, { from: ReferralStatus; to: ReferralStatus; by: Caller }> = {
  accept: { from: 'sent', to: 'accepted', by: 'receiver' },
  decline: { from: 'sent', to: 'declined', by: 'receiver' },
  withdraw: { from: 'sent', to: 'withdrawn', by: 'sender' },
  complete: { from: 'accepted', to: 'completed', by: 'receiver' },
};

function expected(state: ReferralStatus, action: ReferralAction, caller: Caller): number {
  if (caller === 'monitor' || caller === 'auditor' || caller === 'admin') return 403;
  if (caller === 'other shelter') return 404;
  const move = MOVES[action];
  if (caller !== move.by) return 403;
  return state === move.from ? 200 : 409;
}

const BODIES: Record<ReferralAction, object | undefined> = {
  accept: {},
  decline: { reason: 'No place for now' },
  withdraw: undefined,
  complete: undefined,
};

const TABLE = REFERRAL_STATUSES.flatMap((state) =>
  REFERRAL_ACTIONS.flatMap((action) =>
    CALLERS.map((caller) => [state, action, caller, expected(state, action, caller)] as const),
  ),
);

describe('referral state machine', () => {
  let t: TestApp;
  let shelterId: string;

  beforeAll(async () => {
    t = await createTestApp();
    shelterId = (await unitIds(t))['SOF-SHELTER'];
  });
  afterAll(() => t.close());

  const act = (user: string, id: string, action: ReferralAction) =>
    call(t, user, 'post', `/referrals/${id}/${action}`, BODIES[action]);

  /** A fresh referral brought into `state` through the API. */
  async function referralIn(state: ReferralStatus): Promise<string> {
    const { id } = await sendReferral(t, 'social.worker', newPersonReferral(shelterId));
    const path: Record<ReferralStatus, ReferralAction[]> = {
      sent: [],
      accepted: ['accept'],
      declined: ['decline'],
      withdrawn: ['withdraw'],
      completed: ['accept', 'complete'],
    };
    for (const action of path[state]) {
      const res = await act(USER[MOVES[action].by], id, action);
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return id;
  }

  it.each(TABLE)('%s + %s by %s -> %i', async (state, action, caller, status) => {
    const id = await referralIn(state);
    const res = await act(USER[caller], id, action);
    expect(res.status).toBe(status);
    const [{ status: after }] = await t.db.query('SELECT status FROM referrals WHERE id = $1', [id]);
    expect(after).toBe(status === 200 ? MOVES[action].to : state);
    const body: Record<number, object> = {
      200: { status: MOVES[action].to },
      409: { message: `A referral that is ${state} cannot be ${MOVES[action].to}` },
    };
    expect(res.body).toMatchObject(body[status] ?? {});
  });

  it('the table covers every state, action and caller', () => {
    expect(TABLE).toHaveLength(REFERRAL_STATUSES.length * REFERRAL_ACTIONS.length * CALLERS.length);
  });

  it.each([
    ['accept', 'decline'],
    ['accept', 'withdraw'],
    ['decline', 'withdraw'],
  ] as const)('%s and %s at once: exactly one wins, the other gets 409', async (first, second) => {
    for (let round = 0; round < 5; round++) {
      const id = await referralIn('sent');
      const results = await Promise.all([
        act(USER[MOVES[first].by], id, first),
        act(USER[MOVES[second].by], id, second),
      ]);
      expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
      const [{ status }] = await t.db.query('SELECT status FROM referrals WHERE id = $1', [id]);
      expect([MOVES[first].to, MOVES[second].to]).toContain(status);
    }
    // Nothing half-done by the loser: one case per accepted referral, none for the others.
    const [{ orphans }] = await t.db.query(
      `SELECT count(*)::int AS orphans FROM cases c WHERE NOT EXISTS (SELECT 1 FROM referrals r WHERE r.result_case_id = c.id)`,
    );
    expect(orphans).toBe(0);
  });
});
