import { daysBetween, IsoDate } from './dates';
import { DONE_STATUSES, MeasureStatus } from './measure';
import { roundedPercent } from './rounding';

export enum Health {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  /** Not scheduled, only an idea, or stopped: no judgement possible. */
  NOT_ASSESSED = 'NOT_ASSESSED',
}

/** From good to bad, then those that cannot be judged, as lists, filters and charts show them. */
export const HEALTHS: readonly Health[] = [Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK, Health.NOT_ASSESSED];
/** The healths of measures that can be judged: the base of health shares. */
export const ASSESSED_HEALTHS: readonly Health[] = [Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK];

export const HEALTH_LABEL_DE: Record<Health, string> = {
  [Health.ON_TRACK]: 'im Plan',
  [Health.AT_RISK]: 'gefährdet',
  [Health.OFF_TRACK]: 'kritisch',
  [Health.NOT_ASSESSED]: 'nicht bewertet',
};

/** The thresholds of the health rule, in percentage points and days (documented in docs/rules.md). */
export const HEALTH_RULES = {
  /** Progress may lag the schedule by this many points and still be on track. */
  onTrackMaxGap: 10,
  /** Up to this lag the measure is at risk; beyond it, off track. */
  atRiskMaxGap: 25,
  /** An open milestone overdue by more than this many days makes the measure off track. */
  overdueMilestoneOffTrackDays: 90,
} as const;

/**
 * Where the schedule says the measure should be today: linear from planned start (0 %) to planned end (100 %), the
 * elapsed share of the days rounded halves up in integer arithmetic (as `expectedProgressSql` does).
 */
export function expectedProgress(plannedStart: IsoDate, plannedEnd: IsoDate, today: IsoDate): number {
  const span = daysBetween(plannedStart, plannedEnd);
  if (span <= 0) return today >= plannedEnd ? 100 : 0;
  const elapsed = Math.min(span, Math.max(0, daysBetween(plannedStart, today)));
  return roundedPercent(elapsed, span);
}

export interface HealthInput {
  status: MeasureStatus;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  progress: number;
  /** Due date (forecast, else baseline) of the earliest milestone not yet completed. */
  earliestOpenMilestoneDue: IsoDate | null;
  today: IsoDate;
}

const SEVERITY: Record<Health, number> = {
  [Health.NOT_ASSESSED]: 0,
  [Health.ON_TRACK]: 1,
  [Health.AT_RISK]: 2,
  [Health.OFF_TRACK]: 3,
};

function worst(a: Health, b: Health): Health {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/**
 * The computed health of a measure (the table in docs/rules.md):
 * 1. idea or stopped, or no planned start and end: not assessed;
 * 2. implemented or continued: on track;
 * 3. past its planned end: off track;
 * 4. otherwise by the gap between expected and actual progress (≤ 10 points on track, ≤ 25 at risk, else off track),
 * 5. made worse by an overdue open milestone (at least at risk; more than 90 days overdue: off track).
 */
export function computeHealth(input: HealthInput): Health {
  const { status, plannedStart, plannedEnd, today } = input;
  if (status === MeasureStatus.IDEA || status === MeasureStatus.STOPPED) return Health.NOT_ASSESSED;
  if (DONE_STATUSES.includes(status)) return Health.ON_TRACK;
  if (!plannedStart || !plannedEnd || plannedEnd < plannedStart) return Health.NOT_ASSESSED;
  if (today > plannedEnd) return Health.OFF_TRACK;

  const gap = expectedProgress(plannedStart, plannedEnd, today) - input.progress;
  let health =
    gap <= HEALTH_RULES.onTrackMaxGap
      ? Health.ON_TRACK
      : gap <= HEALTH_RULES.atRiskMaxGap
        ? Health.AT_RISK
        : Health.OFF_TRACK;

  if (input.earliestOpenMilestoneDue && input.earliestOpenMilestoneDue < today) {
    const overdue = daysBetween(input.earliestOpenMilestoneDue, today);
    health = worst(health, overdue > HEALTH_RULES.overdueMilestoneOffTrackDays ? Health.OFF_TRACK : Health.AT_RISK);
  }
  return health;
}

/**
 * The share (whole percent, halves up) of the assessed measures that have `health`: measures that cannot be judged
 * (ideas, stopped, unscheduled) are left out of the base, so "75 % im Plan" means three in four of those with a
 * schedule. Null when none is assessed. The dashboard's tiles and the council briefing both use it.
 */
export function shareOfAssessed(
  byHealth: readonly { health: Health | `${Health}`; count: number }[],
  health: Exclude<Health, Health.NOT_ASSESSED>,
): number | null {
  let assessed = 0;
  let matching = 0;
  for (const h of byHealth) {
    if (h.health === Health.NOT_ASSESSED) continue;
    assessed += h.count;
    if (h.health === health) matching += h.count;
  }
  return assessed ? roundedPercent(matching, assessed) : null;
}
