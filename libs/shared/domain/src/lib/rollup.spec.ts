import { Freshness } from './freshness';
import { Health } from './health';
import { MeasureStatus } from './measure';
import { MeasureFacts, milestoneFacts, summarize } from './rollup';

function aMeasure(overrides: Partial<MeasureFacts> = {}): MeasureFacts {
  return {
    status: MeasureStatus.IN_PROGRESS,
    health: Health.ON_TRACK,
    progress: 50,
    freshness: Freshness.CURRENT,
    overdueMilestones: 0,
    milestonesDueSoon: 0,
    milestoneSlippageDays: [],
    ...overrides,
  };
}

describe('summarize', () => {
  it('counts by status and health', () => {
    const s = summarize([aMeasure(), aMeasure({ status: MeasureStatus.IDEA, health: Health.NOT_ASSESSED })]);
    expect(s.measureCount).toBe(2);
    expect(s.byStatus.IN_PROGRESS).toBe(1);
    expect(s.byStatus.IDEA).toBe(1);
    expect(s.byStatus.STOPPED).toBe(0);
    expect(s.byHealth.ON_TRACK).toBe(1);
    expect(s.byHealth.NOT_ASSESSED).toBe(1);
  });

  it('averages progress without stopped measures', () => {
    const s = summarize([
      aMeasure({ progress: 20 }),
      aMeasure({ progress: 51 }),
      aMeasure({ status: MeasureStatus.STOPPED, progress: 0 }),
    ]);
    expect(s.averageProgress).toBe(36); // (20 + 51) / 2 = 35.5
  });

  it('has no average for an empty portfolio', () => {
    expect(summarize([]).averageProgress).toBeNull();
  });

  it('counts only active measures as stale', () => {
    const s = summarize([
      aMeasure({ freshness: Freshness.STALE }),
      aMeasure({ status: MeasureStatus.PLANNING, freshness: Freshness.NO_REPORT }),
      aMeasure({ status: MeasureStatus.IMPLEMENTED, freshness: Freshness.VERY_STALE }),
      aMeasure({ freshness: Freshness.DUE }),
    ]);
    expect(s.staleMeasures).toBe(2);
  });

  it('adds up milestone counts', () => {
    const s = summarize([aMeasure({ overdueMilestones: 2, milestonesDueSoon: 1 }), aMeasure({ overdueMilestones: 1 })]);
    expect(s.overdueMilestones).toBe(3);
    expect(s.milestonesDueSoon).toBe(1);
  });

  it('leaves out the open milestones of stopped and finished measures', () => {
    const s = summarize([
      aMeasure({ overdueMilestones: 1 }),
      aMeasure({ status: MeasureStatus.STOPPED, overdueMilestones: 4, milestonesDueSoon: 1 }),
      aMeasure({ status: MeasureStatus.IMPLEMENTED, overdueMilestones: 2 }),
    ]);
    expect(s.overdueMilestones).toBe(1);
    expect(s.milestonesDueSoon).toBe(0);
  });

  it('counts milestones and the slipped ones among them', () => {
    const s = summarize([
      aMeasure({ milestoneSlippageDays: [0, 12, -3] }),
      aMeasure({ milestoneSlippageDays: [40] }),
      aMeasure(),
    ]);
    expect(s.milestoneCount).toBe(4);
    expect(s.slippedMilestones).toBe(2);
  });

  it('averages slippage over all milestones, early and on time included, to one decimal', () => {
    // (0 + 12 - 3 + 40) / 4 = 12.25
    const s = summarize([aMeasure({ milestoneSlippageDays: [0, 12, -3] }), aMeasure({ milestoneSlippageDays: [40] })]);
    expect(s.averageSlippageDays).toBe(12.3);
  });

  it('rounds a negative average slippage half away from zero', () => {
    // (-2 - 3 - 2 - 2) / 4 = -2.25
    expect(summarize([aMeasure({ milestoneSlippageDays: [-2, -3, -2, -2] })]).averageSlippageDays).toBe(-2.3);
  });

  it('has no average slippage without milestones', () => {
    const s = summarize([aMeasure()]);
    expect(s.milestoneCount).toBe(0);
    expect(s.slippedMilestones).toBe(0);
    expect(s.averageSlippageDays).toBeNull();
  });
});

describe('milestoneFacts', () => {
  it('derives overdue, due-soon and slippage from the milestone dates', () => {
    const today = '2026-11-21';
    const facts = milestoneFacts(
      [
        { baselineDate: '2026-10-01', forecastDate: null, completedOn: null }, // overdue; not re-forecast, so no slippage yet
        { baselineDate: '2026-12-01', forecastDate: '2026-12-10', completedOn: null }, // due soon, 9 days late
        { baselineDate: '2026-06-01', forecastDate: null, completedOn: '2026-05-20' }, // reached 12 days early
        { baselineDate: '2027-06-01', forecastDate: null, completedOn: null }, // planned, on time
      ],
      today,
    );
    expect(facts).toEqual({ overdueMilestones: 1, milestonesDueSoon: 1, milestoneSlippageDays: [0, 9, -12, 0] });
  });
});
