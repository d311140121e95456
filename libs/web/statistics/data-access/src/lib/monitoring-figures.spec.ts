import {
  dimensionedMetrics,
  latestByFacility,
  periodStarts,
  plainMetrics,
  seriesByFacility,
  totalsByDimension,
} from './monitoring-figures';
import type { MonitoringView } from './statistics.models';

const VIEW: MonitoringView = {
  from: '2026-01-01',
  to: '2026-02-28',
  periodKind: 'month',
  facilities: [
    {
      facilityId: 'a',
      code: 'SOF-SHELTER',
      name: 'Sofia',
      periods: [
        {
          start: '2026-01-01',
          end: '2026-01-31',
          values: [
            { metric: 'capacity', value: 10 },
            { metric: 'services', dimension: 'legal_aid', value: 2 },
          ],
        },
        {
          start: '2026-02-01',
          end: '2026-02-28',
          values: [
            { metric: 'capacity', value: 12 },
            { metric: 'services', dimension: 'medical', value: 5 },
          ],
        },
      ],
    },
    {
      facilityId: 'b',
      code: 'VAR-SHELTER',
      name: 'Varna',
      periods: [
        {
          start: '2026-02-01',
          end: '2026-02-28',
          values: [
            { metric: 'capacity', value: 8 },
            { metric: 'services', dimension: 'legal_aid', value: 1 },
          ],
        },
      ],
    },
  ],
};

describe('monitoring figures', () => {
  it('tells plain metrics from broken-down ones', () => {
    expect(plainMetrics(VIEW)).toEqual(['capacity']);
    expect(dimensionedMetrics(VIEW)).toEqual(['services']);
    expect(plainMetrics(null)).toEqual([]);
  });

  it('lists period starts in order', () => {
    expect(periodStarts(VIEW)).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('takes each facility’s latest period', () => {
    expect(latestByFacility(VIEW, 'capacity')).toEqual([
      { label: 'SOF-SHELTER', value: 12 },
      { label: 'VAR-SHELTER', value: 8 },
    ]);
  });

  it('builds one series per facility, zero where a period is missing', () => {
    expect(seriesByFacility(VIEW, 'capacity')).toEqual([
      {
        name: 'SOF-SHELTER',
        points: [
          { x: '2026-01-01', y: 10 },
          { x: '2026-02-01', y: 12 },
        ],
      },
      {
        name: 'VAR-SHELTER',
        points: [
          { x: '2026-01-01', y: 0 },
          { x: '2026-02-01', y: 8 },
        ],
      },
    ]);
  });

  it('sums a breakdown over facilities and periods, largest first', () => {
    expect(totalsByDimension(VIEW, 'services')).toEqual([
      { label: 'medical', value: 5 },
      { label: 'legal_aid', value: 3 },
    ]);
  });
});
