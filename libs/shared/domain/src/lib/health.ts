import { daysBetween, formatGermanDate, IsoDate } from './dates';
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

/** Which step of the health rule (docs/rules.md) decided a measure's computed health. */
export enum HealthRule {
  /** Step 1: an idea or a stopped measure is not assessed. */
  NOT_ACTIVE = 'NOT_ACTIVE',
  /** Step 2: implemented or continued measures are on track. */
  DONE = 'DONE',
  /** Step 3: planned start or end is missing, or the end lies before the start. */
  NO_SCHEDULE = 'NO_SCHEDULE',
  /** Step 4: today is after the planned end and the measure is not done. */
  PAST_PLANNED_END = 'PAST_PLANNED_END',
  /** Step 5: the lag of the progress behind the schedule (on track when it is small or negative). */
  PROGRESS_LAG = 'PROGRESS_LAG',
  /** Step 6: an overdue open milestone made the result of step 5 worse. */
  OVERDUE_MILESTONE = 'OVERDUE_MILESTONE',
}

/** The computed health and why: the rule that decided it and the figures it compared. */
export interface HealthExplanation {
  health: Health;
  rule: HealthRule;
  /** Where the schedule says the measure should be today; null without a usable schedule. */
  expectedProgress: number | null;
  progress: number;
  /** Expected progress minus progress, in percentage points; null without a usable schedule. */
  lag: number | null;
  /** Days since the planned end (rule PAST_PLANNED_END), else null. */
  daysPastPlannedEnd: number | null;
  /** Due date of the earliest open milestone when it is overdue (whatever rule decided), else null. */
  overdueMilestoneDue: IsoDate | null;
  overdueMilestoneDays: number | null;
}

/**
 * The computed health of a measure and the rule that decided it (the table in docs/rules.md):
 * 1. idea or stopped: not assessed; 2. implemented or continued: on track;
 * 3. no planned start and end (or the end before the start): not assessed;
 * 4. past its planned end: off track;
 * 5. otherwise by the gap between expected and actual progress (≤ 10 points on track, ≤ 25 at risk, else off track),
 * 6. made worse by an overdue open milestone (at least at risk; more than 90 days overdue: off track).
 */
export function explainHealth(input: HealthInput): HealthExplanation {
  const { status, plannedStart, plannedEnd, today, progress } = input;
  const scheduled = !!plannedStart && !!plannedEnd && plannedEnd >= plannedStart;
  const expected = scheduled ? expectedProgress(plannedStart, plannedEnd, today) : null;
  const overdue =
    input.earliestOpenMilestoneDue && input.earliestOpenMilestoneDue < today
      ? { due: input.earliestOpenMilestoneDue, days: daysBetween(input.earliestOpenMilestoneDue, today) }
      : null;
  const result = (health: Health, rule: HealthRule, extra: Partial<HealthExplanation> = {}): HealthExplanation => ({
    health,
    rule,
    expectedProgress: expected,
    progress,
    lag: expected === null ? null : expected - progress,
    daysPastPlannedEnd: null,
    overdueMilestoneDue: overdue?.due ?? null,
    overdueMilestoneDays: overdue?.days ?? null,
    ...extra,
  });

  if (status === MeasureStatus.IDEA || status === MeasureStatus.STOPPED)
    return result(Health.NOT_ASSESSED, HealthRule.NOT_ACTIVE, {
      overdueMilestoneDue: null,
      overdueMilestoneDays: null,
    });
  if (DONE_STATUSES.includes(status))
    return result(Health.ON_TRACK, HealthRule.DONE, { overdueMilestoneDue: null, overdueMilestoneDays: null });
  if (!scheduled || expected === null) return result(Health.NOT_ASSESSED, HealthRule.NO_SCHEDULE);
  if (today > plannedEnd)
    return result(Health.OFF_TRACK, HealthRule.PAST_PLANNED_END, {
      daysPastPlannedEnd: daysBetween(plannedEnd, today),
    });

  const gap = expected - progress;
  const byLag =
    gap <= HEALTH_RULES.onTrackMaxGap
      ? Health.ON_TRACK
      : gap <= HEALTH_RULES.atRiskMaxGap
        ? Health.AT_RISK
        : Health.OFF_TRACK;
  if (overdue) {
    const byMilestone = overdue.days > HEALTH_RULES.overdueMilestoneOffTrackDays ? Health.OFF_TRACK : Health.AT_RISK;
    if (SEVERITY[byMilestone] > SEVERITY[byLag]) return result(byMilestone, HealthRule.OVERDUE_MILESTONE);
  }
  return result(byLag, HealthRule.PROGRESS_LAG);
}

/** The computed health of a measure: {@link explainHealth} without the why. */
export function computeHealth(input: HealthInput): Health {
  return explainHealth(input).health;
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

/**
 * Why a computed health is what it is, as a German clause for the reports ("weil das geplante Ende … überschritten
 * ist"); the dashboard words the same reasons from its translations. `milestoneTitle` names the overdue milestone.
 */
export function healthReasonDe(why: HealthExplanation, milestoneTitle: string | null = null): string {
  const title = milestoneTitle ? `der Meilenstein „${milestoneTitle}“` : 'ein Meilenstein';
  const overdue = why.overdueMilestoneDue ? `seit ${formatGermanDate(why.overdueMilestoneDue)} überfällig` : null;
  const days = `(${why.overdueMilestoneDays} Tage)`;
  switch (why.rule) {
    case HealthRule.NOT_ACTIVE:
      return 'weil die Maßnahme eine Idee oder gestoppt ist';
    case HealthRule.DONE:
      return 'weil die Maßnahme umgesetzt oder verstetigt ist';
    case HealthRule.NO_SCHEDULE:
      return 'weil geplanter Beginn oder geplantes Ende fehlt';
    case HealthRule.PAST_PLANNED_END:
      return `weil das geplante Ende seit ${why.daysPastPlannedEnd} Tagen überschritten ist`;
    case HealthRule.OVERDUE_MILESTONE:
      return `weil ${title} ${overdue} ist ${days}`;
    case HealthRule.PROGRESS_LAG: {
      const lag =
        (why.lag ?? 0) <= 0
          ? `weil der Fortschritt (${why.progress} %) den Zeitplan (${why.expectedProgress} %) erreicht`
          : `weil der Fortschritt (${why.progress} %) ${why.lag} Punkte hinter dem Zeitplan (${why.expectedProgress} %) liegt`;
      return overdue ? `${lag}; außerdem ist ${title} ${overdue} ${days}` : lag;
    }
  }
}
