import { healthWhy, HealthWhyView } from './measure-figures-why';

const date = (iso: string | null) => `«${iso}»`;

function aHealth(reason: Partial<HealthWhyView['reason']>): HealthWhyView {
  return {
    computed: 'OFF_TRACK',
    reason: {
      rule: 'PROGRESS_LAG',
      expectedProgress: 89,
      progress: 50,
      lag: 39,
      plannedEnd: '2026-12-31',
      daysPastPlannedEnd: null,
      overdueMilestoneDue: null,
      overdueMilestoneDays: null,
      overdueMilestone: null,
      ...reason,
    },
  };
}

describe('healthWhy', () => {
  it('names the lag behind the schedule with both figures', () => {
    expect(healthWhy(aHealth({}), date)).toEqual([
      { key: 'healthWhy.PROGRESS_LAG', params: { progress: 50, expected: 89, lag: 39 } },
    ]);
  });

  it('names the overdue milestone and since when', () => {
    const why = healthWhy(
      aHealth({
        rule: 'OVERDUE_MILESTONE',
        lag: 0,
        overdueMilestoneDue: '2026-08-01',
        overdueMilestoneDays: 112,
        overdueMilestone: { title: 'Ausschreibung' },
      }),
      date,
    );
    expect(why).toEqual([
      { key: 'healthWhy.OVERDUE_MILESTONE', params: { title: 'Ausschreibung', since: '«2026-08-01»', days: 112 } },
    ]);
  });

  it('adds an overdue milestone that did not decide the health', () => {
    const why = healthWhy(
      aHealth({ overdueMilestoneDue: '2026-11-01', overdueMilestoneDays: 20, overdueMilestone: { title: 'Pilot' } }),
      date,
    );
    expect(why.map((s) => s.key)).toEqual(['healthWhy.PROGRESS_LAG', 'healthWhy.alsoOverdue']);
  });

  it('says when the planned end has passed', () => {
    expect(
      healthWhy(aHealth({ rule: 'PAST_PLANNED_END', daysPastPlannedEnd: 81, plannedEnd: '2026-09-01' }), date),
    ).toEqual([{ key: 'healthWhy.PAST_PLANNED_END', params: { end: '«2026-09-01»', days: 81 } }]);
  });

  it('tells a small lag from being on schedule', () => {
    expect(healthWhy(aHealth({ lag: 8 }), date)[0].key).toBe('healthWhy.SMALL_LAG');
    expect(healthWhy(aHealth({ lag: -3 }), date)[0].key).toBe('healthWhy.AHEAD');
  });
});
