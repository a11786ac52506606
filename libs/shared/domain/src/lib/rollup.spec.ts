import { Freshness } from './freshness';
import { Health } from './health';
import { MeasureStatus } from './measure';
import { MeasureFacts, summarize } from './rollup';

function aMeasure(overrides: Partial<MeasureFacts> = {}): MeasureFacts {
  return {
    status: MeasureStatus.IN_PROGRESS,
    health: Health.ON_TRACK,
    progress: 50,
    freshness: Freshness.CURRENT,
    overdueMilestones: 0,
    milestonesDueSoon: 0,
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
});
