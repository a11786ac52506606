import { daysBetween, Health, IsoDate, MeasureStatus } from '@masswerk/shared/domain';
import type { RoundMeasureSnapshot } from './round-snapshot';

export interface SnapshotOf {
  /** The measure's id while it exists; its code identifies it after deletion. */
  measureId: string | null;
  code: string;
  snapshot: RoundMeasureSnapshot;
}

export interface Move<T> {
  code: string;
  title: string;
  from: T;
  to: T;
}

export interface SlippedMilestone {
  code: string;
  measureTitle: string;
  title: string;
  before: IsoDate;
  after: IsoDate;
  days: number;
}

export interface MoneyMove {
  code: string;
  title: string;
  plannedBefore: bigint;
  plannedAfter: bigint;
  spentBefore: bigint;
  spentAfter: bigint;
}

/** What changed between two closed rounds of a project, measure by measure. */
export interface RoundChanges {
  statusMoves: Move<MeasureStatus>[];
  healthMoves: Move<Health>[];
  progressMoves: Move<number>[];
  slippedMilestones: SlippedMilestone[];
  completedMilestones: { code: string; measureTitle: string; title: string; completedOn: IsoDate }[];
  moneyMoves: MoneyMove[];
  added: { code: string; title: string }[];
  removed: { code: string; title: string }[];
}

/** When a milestone is expected: done on, else forecast, else the baseline. */
const expected = (m: { completedOn: IsoDate | null; forecastDate: IsoDate | null; baselineDate: IsoDate }) =>
  m.completedOn ?? m.forecastDate ?? m.baselineDate;

/**
 * Compares two snapshots. Measures are matched by id (by code once deleted), milestones by id; a milestone slipped
 * when it is now expected later than it was; money moved when planned or spent differ.
 */
export function compareRounds(previous: readonly SnapshotOf[], current: readonly SnapshotOf[]): RoundChanges {
  const key = (s: SnapshotOf) => s.measureId ?? `code:${s.code}`;
  const before = new Map(previous.map((s) => [key(s), s.snapshot]));
  const seen = new Set<string>();
  const changes: RoundChanges = {
    statusMoves: [],
    healthMoves: [],
    progressMoves: [],
    slippedMilestones: [],
    completedMilestones: [],
    moneyMoves: [],
    added: [],
    removed: [],
  };
  for (const entry of [...current].sort((a, b) => a.code.localeCompare(b.code))) {
    const now = entry.snapshot;
    const then = before.get(key(entry));
    seen.add(key(entry));
    if (!then) {
      changes.added.push({ code: now.code, title: now.title });
      continue;
    }
    const move = <T>(from: T, to: T) => ({ code: now.code, title: now.title, from, to });
    if (then.status !== now.status) changes.statusMoves.push(move(then.status, now.status));
    if (then.health !== now.health) changes.healthMoves.push(move(then.health, now.health));
    if (then.progress !== now.progress) changes.progressMoves.push(move(then.progress, now.progress));
    const milestonesBefore = new Map(then.milestones.map((m) => [m.id, m]));
    for (const m of now.milestones) {
      const was = milestonesBefore.get(m.id);
      if (!was) continue;
      if (m.completedOn && !was.completedOn)
        changes.completedMilestones.push({
          code: now.code,
          measureTitle: now.title,
          title: m.title,
          completedOn: m.completedOn,
        });
      const days = daysBetween(expected(was), expected(m));
      if (days > 0)
        changes.slippedMilestones.push({
          code: now.code,
          measureTitle: now.title,
          title: m.title,
          before: expected(was),
          after: expected(m),
          days,
        });
    }
    if (then.plannedCents !== now.plannedCents || then.spentCents !== now.spentCents)
      changes.moneyMoves.push({
        code: now.code,
        title: now.title,
        plannedBefore: BigInt(then.plannedCents),
        plannedAfter: BigInt(now.plannedCents),
        spentBefore: BigInt(then.spentCents),
        spentAfter: BigInt(now.spentCents),
      });
  }
  for (const entry of [...previous].sort((a, b) => a.code.localeCompare(b.code)))
    if (!seen.has(key(entry))) changes.removed.push({ code: entry.snapshot.code, title: entry.snapshot.title });
  changes.slippedMilestones.sort((a, b) => b.days - a.days || a.code.localeCompare(b.code));
  return changes;
}
