import { Health, MeasureStatus } from '@masswerk/shared/domain';
import { compareRounds, SnapshotOf } from './round-changes';
import { freeze, RoundMeasureSnapshot, thaw } from './round-snapshot';

function aSnapshot(code: string, changes: Partial<RoundMeasureSnapshot> = {}): RoundMeasureSnapshot {
  return {
    id: `id-${code}`,
    code,
    title: `Maßnahme ${code}`,
    summary: '',
    status: MeasureStatus.IN_PROGRESS,
    phase: 'B',
    fieldsOfAction: [],
    leadUnit: null,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    progress: 40,
    manualProgressReason: null,
    progressSource: '',
    health: Health.ON_TRACK,
    manualHealthReason: null,
    computedHealth: Health.ON_TRACK,
    healthReason: '',
    reached: [],
    late: [],
    reports: [],
    milestones: [
      { id: `ms-${code}`, title: 'Pilot', baselineDate: '2026-12-01', forecastDate: null, completedOn: null },
    ],
    indicators: [],
    plannedCents: '100000',
    spentCents: '2500',
    roundReport: null,
    responsible: [],
    ...changes,
  } as RoundMeasureSnapshot;
}

const of = (snapshot: RoundMeasureSnapshot, measureId: string | null = snapshot.id): SnapshotOf => ({
  measureId,
  code: snapshot.code,
  snapshot,
});

describe('compareRounds', () => {
  it('finds nothing between a round and itself', () => {
    const round = [of(aSnapshot('A')), of(aSnapshot('B'))];
    expect(compareRounds(round, round)).toEqual({
      statusMoves: [],
      healthMoves: [],
      progressMoves: [],
      slippedMilestones: [],
      completedMilestones: [],
      moneyMoves: [],
      added: [],
      removed: [],
    });
  });

  it('names status and health moves, slipped and completed milestones, and money', () => {
    const before = [of(aSnapshot('A')), of(aSnapshot('B'))];
    const after = [
      of(
        aSnapshot('A', {
          status: MeasureStatus.STOPPED,
          health: Health.OFF_TRACK,
          progress: 55,
          spentCents: '7500',
          milestones: [
            { id: 'ms-A', title: 'Pilot', baselineDate: '2026-12-01', forecastDate: '2027-01-10', completedOn: null },
          ],
        }),
      ),
      of(
        aSnapshot('B', {
          milestones: [
            { id: 'ms-B', title: 'Pilot', baselineDate: '2026-12-01', forecastDate: null, completedOn: '2026-11-20' },
          ],
        }),
      ),
    ];
    const changes = compareRounds(before, after);
    expect(changes.statusMoves).toEqual([{ code: 'A', title: 'Maßnahme A', from: 'IN_PROGRESS', to: 'STOPPED' }]);
    expect(changes.healthMoves).toEqual([{ code: 'A', title: 'Maßnahme A', from: 'ON_TRACK', to: 'OFF_TRACK' }]);
    expect(changes.progressMoves).toEqual([{ code: 'A', title: 'Maßnahme A', from: 40, to: 55 }]);
    expect(changes.slippedMilestones).toEqual([
      { code: 'A', measureTitle: 'Maßnahme A', title: 'Pilot', before: '2026-12-01', after: '2027-01-10', days: 40 },
    ]);
    // reached before its baseline: completed, not slipped
    expect(changes.completedMilestones).toEqual([
      { code: 'B', measureTitle: 'Maßnahme B', title: 'Pilot', completedOn: '2026-11-20' },
    ]);
    expect(changes.moneyMoves).toEqual([
      {
        code: 'A',
        title: 'Maßnahme A',
        plannedBefore: 100000n,
        plannedAfter: 100000n,
        spentBefore: 2500n,
        spentAfter: 7500n,
      },
    ]);
  });

  it('matches a deleted measure by its code and lists measures that came and went', () => {
    // a deleted measure loses its id in every round (ON DELETE SET NULL), so both sides carry only the code
    const after = [of(aSnapshot('A'), null), of(aSnapshot('C'))];
    const withDeleted = compareRounds([of(aSnapshot('A'), null), of(aSnapshot('B'))], after);
    expect(withDeleted.added).toEqual([{ code: 'C', title: 'Maßnahme C' }]);
    expect(withDeleted.removed).toEqual([{ code: 'B', title: 'Maßnahme B' }]);
  });
});

describe('freeze and thaw', () => {
  it('keeps money exact through JSON and leaves other values alone', () => {
    const model = { grant: 123456789012345678n, name: 'Zusage', nested: [{ amount: -5n, note: null }] };
    const stored = JSON.parse(JSON.stringify(freeze(model)));
    expect(thaw(stored)).toEqual(model);
  });
});
