import {
  computeHealth,
  expectedProgress,
  explainHealth,
  Health,
  HealthInput,
  healthReasonDe,
  HealthRule,
  shareOfAssessed,
} from './health';
import { MeasureStatus } from './measure';

/** A measure scheduled over 2026 (365 days), looked at on 2 July, when about half the time has passed. */
function aMeasureHalfwayThrough(overrides: Partial<HealthInput> = {}): HealthInput {
  return {
    status: MeasureStatus.IN_PROGRESS,
    plannedStart: '2026-01-01',
    plannedEnd: '2027-01-01',
    progress: 50,
    earliestOpenMilestoneDue: null,
    today: '2026-07-02',
    ...overrides,
  };
}

describe('expectedProgress', () => {
  it('is linear between planned start and planned end', () => {
    expect(expectedProgress('2026-01-01', '2027-01-01', '2026-07-02')).toBe(50);
  });
  it('is 0 before the start and 100 after the end', () => {
    expect(expectedProgress('2026-01-01', '2027-01-01', '2025-06-01')).toBe(0);
    expect(expectedProgress('2026-01-01', '2027-01-01', '2028-01-01')).toBe(100);
  });
  it('rounds an exact half up (57 of 200 days are 28.5 %, not 28.499… %)', () => {
    expect(expectedProgress('2026-01-01', '2026-07-20', '2026-02-27')).toBe(29);
  });
  it('handles a schedule of a single day', () => {
    expect(expectedProgress('2026-01-01', '2026-01-01', '2026-01-01')).toBe(100);
    expect(expectedProgress('2026-01-01', '2026-01-01', '2025-12-31')).toBe(0);
  });
});

describe('computeHealth', () => {
  it('does not assess ideas and stopped measures', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ status: MeasureStatus.IDEA, progress: 0 }))).toBe(
      Health.NOT_ASSESSED,
    );
    expect(computeHealth(aMeasureHalfwayThrough({ status: MeasureStatus.STOPPED }))).toBe(Health.NOT_ASSESSED);
  });

  it('does not assess a measure without a schedule', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ plannedStart: null }))).toBe(Health.NOT_ASSESSED);
    expect(computeHealth(aMeasureHalfwayThrough({ plannedEnd: null }))).toBe(Health.NOT_ASSESSED);
    expect(computeHealth(aMeasureHalfwayThrough({ plannedEnd: '2025-01-01' }))).toBe(Health.NOT_ASSESSED);
  });

  it('calls implemented and continued measures on track, even past their end', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ status: MeasureStatus.IMPLEMENTED, today: '2028-01-01' }))).toBe(
      Health.ON_TRACK,
    );
    expect(computeHealth(aMeasureHalfwayThrough({ status: MeasureStatus.CONTINUED }))).toBe(Health.ON_TRACK);
  });

  it('is on track when progress lags the schedule by at most 10 points', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 40 }))).toBe(Health.ON_TRACK);
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 90 }))).toBe(Health.ON_TRACK);
  });

  it('is at risk when progress lags by 11 to 25 points', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 39 }))).toBe(Health.AT_RISK);
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 25 }))).toBe(Health.AT_RISK);
  });

  it('is off track when progress lags by more than 25 points', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 24 }))).toBe(Health.OFF_TRACK);
  });

  it('is off track once the planned end has passed without implementation', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 99, today: '2027-01-02' }))).toBe(Health.OFF_TRACK);
  });

  it('is on track on the planned end day itself with full progress', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 100, today: '2027-01-01' }))).toBe(Health.ON_TRACK);
  });

  it('is at least at risk with an overdue open milestone', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 60, earliestOpenMilestoneDue: '2026-07-01' }))).toBe(
      Health.AT_RISK,
    );
  });

  it('is off track with a milestone more than 90 days overdue', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 60, earliestOpenMilestoneDue: '2026-04-02' }))).toBe(
      Health.OFF_TRACK,
    );
    expect(computeHealth(aMeasureHalfwayThrough({ progress: 60, earliestOpenMilestoneDue: '2026-04-03' }))).toBe(
      Health.AT_RISK,
    );
  });

  it('is not worsened by a milestone due today or later', () => {
    expect(computeHealth(aMeasureHalfwayThrough({ earliestOpenMilestoneDue: '2026-07-02' }))).toBe(Health.ON_TRACK);
  });

  it('treats a measure that has not started yet as on track', () => {
    expect(
      computeHealth(aMeasureHalfwayThrough({ status: MeasureStatus.PLANNING, progress: 0, today: '2025-10-01' })),
    ).toBe(Health.ON_TRACK);
  });
});

describe('shareOfAssessed', () => {
  const byHealth = [
    { health: Health.ON_TRACK, count: 15 },
    { health: Health.AT_RISK, count: 0 },
    { health: Health.OFF_TRACK, count: 5 },
    { health: Health.NOT_ASSESSED, count: 2 },
  ];

  it('leaves measures that cannot be assessed out of the base', () => {
    expect(shareOfAssessed(byHealth, Health.ON_TRACK)).toBe(75);
    expect(shareOfAssessed(byHealth, Health.OFF_TRACK)).toBe(25);
    expect(shareOfAssessed(byHealth, Health.AT_RISK)).toBe(0);
  });

  it('rounds halves up and is null when nothing is assessed', () => {
    expect(
      shareOfAssessed(
        [
          { health: Health.ON_TRACK, count: 1 },
          { health: Health.AT_RISK, count: 7 },
        ],
        Health.ON_TRACK,
      ),
    ).toBe(13); // 12.5
    expect(shareOfAssessed([{ health: Health.NOT_ASSESSED, count: 3 }], Health.ON_TRACK)).toBeNull();
    expect(shareOfAssessed([], Health.ON_TRACK)).toBeNull();
  });
});

describe('explainHealth', () => {
  it('names the lag behind the schedule with both figures', () => {
    expect(explainHealth(aMeasureHalfwayThrough({ progress: 20 }))).toMatchObject({
      health: Health.OFF_TRACK,
      rule: HealthRule.PROGRESS_LAG,
      expectedProgress: 50,
      progress: 20,
      lag: 30,
    });
  });

  it('names the overdue milestone when it made the health worse, with its due date and days', () => {
    expect(explainHealth(aMeasureHalfwayThrough({ earliestOpenMilestoneDue: '2026-03-01' }))).toMatchObject({
      health: Health.OFF_TRACK,
      rule: HealthRule.OVERDUE_MILESTONE,
      overdueMilestoneDue: '2026-03-01',
      overdueMilestoneDays: 123,
    });
  });

  it('keeps the lag as the reason when the milestone changes nothing', () => {
    expect(
      explainHealth(aMeasureHalfwayThrough({ progress: 10, earliestOpenMilestoneDue: '2026-06-30' })),
    ).toMatchObject({ health: Health.OFF_TRACK, rule: HealthRule.PROGRESS_LAG, overdueMilestoneDays: 2 });
  });

  it('says a measure past its planned end is off track, and by how many days', () => {
    expect(explainHealth(aMeasureHalfwayThrough({ progress: 100, today: '2027-01-11' }))).toMatchObject({
      health: Health.OFF_TRACK,
      rule: HealthRule.PAST_PLANNED_END,
      daysPastPlannedEnd: 10,
    });
  });

  it('does not name milestones of stopped measures', () => {
    expect(
      explainHealth(aMeasureHalfwayThrough({ status: MeasureStatus.STOPPED, earliestOpenMilestoneDue: '2026-03-01' })),
    ).toMatchObject({ health: Health.NOT_ASSESSED, rule: HealthRule.NOT_ACTIVE, overdueMilestoneDue: null });
  });
});

describe('healthReasonDe', () => {
  it('says in German why, naming the overdue milestone', () => {
    expect(
      healthReasonDe(explainHealth(aMeasureHalfwayThrough({ earliestOpenMilestoneDue: '2026-03-01' })), 'Pilot'),
    ).toBe('weil der Meilenstein „Pilot“ seit 01.03.2026 überfällig ist (123 Tage)');
    expect(healthReasonDe(explainHealth(aMeasureHalfwayThrough({ progress: 20 })))).toBe(
      'weil der Fortschritt (20 %) 30 Punkte hinter dem Zeitplan (50 %) liegt',
    );
    expect(healthReasonDe(explainHealth(aMeasureHalfwayThrough({ today: '2027-01-11' })))).toBe(
      'weil das geplante Ende seit 10 Tagen überschritten ist',
    );
  });
});
