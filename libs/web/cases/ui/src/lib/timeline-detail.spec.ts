import { timelineDetail } from './timeline-detail';

describe('timelineDetail', () => {
  it.each([
    [
      'service.rendered',
      { type: 'psychological', durationMinutes: 45 },
      { key: null, serviceType: 'psychological', minutes: 45 },
    ],
    ['task.created', { task: 'notify_dazd' }, { key: 'code.task.notify_dazd', serviceType: null, minutes: null }],
    ['plan.item.added', { item: 'goal' }, { key: 'code.planKind.goal', serviceType: null, minutes: null }],
    [
      'case.closed',
      { from: 'active', to: 'closed', reason: 'goals_met' },
      { key: 'code.closure.goals_met', serviceType: null, minutes: null },
    ],
    ['case.opened', { status: 'open', child: false }, { key: null, serviceType: null, minutes: null }],
    ['placement.discharged', { reason: 'term_ended' }, { key: null, serviceType: null, minutes: null }],
    ['case.opened', null, { key: null, serviceType: null, minutes: null }],
  ])('%s with %p', (kind, data, expected) => {
    expect(timelineDetail(kind, data)).toEqual(expected);
  });
});
