import { Freshness, isStale } from './freshness';
import { Health } from './health';
import { IsoDate } from './dates';
import { ACTIVE_STATUSES, MeasureStatus } from './measure';
import { MilestoneDates, milestoneSlippageDays, MilestoneState, milestoneState } from './milestone';
import { roundedQuotient, roundedToTenth } from './rounding';

/** What a roll-up needs to know of one measure, after its computed values are known. */
export interface MeasureFacts {
  status: MeasureStatus;
  health: Health;
  progress: number;
  freshness: Freshness;
  overdueMilestones: number;
  milestonesDueSoon: number;
  /** The slippage in days of each of its milestones ({@link milestoneSlippageDays}), early and on time included. */
  milestoneSlippageDays: readonly number[];
}

/** The milestone part of {@link MeasureFacts}, from the milestones of one measure. */
export function milestoneFacts(
  milestones: readonly MilestoneDates[],
  today: IsoDate,
): Pick<MeasureFacts, 'overdueMilestones' | 'milestonesDueSoon' | 'milestoneSlippageDays'> {
  const states = milestones.map((m) => milestoneState(m, today));
  return {
    overdueMilestones: states.filter((s) => s === MilestoneState.OVERDUE).length,
    milestonesDueSoon: states.filter((s) => s === MilestoneState.DUE_SOON).length,
    milestoneSlippageDays: milestones.map(milestoneSlippageDays),
  };
}

export interface PortfolioSummary {
  measureCount: number;
  byStatus: Record<MeasureStatus, number>;
  byHealth: Record<Health, number>;
  /** Mean progress of all measures that are not stopped, rounded to a whole percent; null when there are none. */
  averageProgress: number | null;
  /** Active measures (in planning or in progress) without a status report for more than 60 days. */
  staleMeasures: number;
  /** Open milestones of active measures (in planning or in progress) whose due date has passed. */
  overdueMilestones: number;
  /** Open milestones of active measures due today or within the next 30 days. */
  milestonesDueSoon: number;
  /** All milestones of the measures. */
  milestoneCount: number;
  /** Milestones completed or forecast after their baseline. */
  slippedMilestones: number;
  /** Mean slippage of all milestones in days, one decimal, halves away from zero; null without milestones. */
  averageSlippageDays: number | null;
}

function zeroes<E extends string>(values: readonly E[]): Record<E, number> {
  return Object.fromEntries(values.map((v) => [v, 0])) as Record<E, number>;
}

/**
 * Rolls measures up into one summary. The API computes the same figures in SQL for large portfolios; a test keeps
 * both in agreement.
 */
export function summarize(measures: readonly MeasureFacts[]): PortfolioSummary {
  const byStatus = zeroes(Object.values(MeasureStatus));
  const byHealth = zeroes(Object.values(Health));
  let progressSum = 0;
  let progressCount = 0;
  let staleMeasures = 0;
  let overdueMilestones = 0;
  let milestonesDueSoon = 0;
  let milestoneCount = 0;
  let slippedMilestones = 0;
  let slippageSum = 0;
  for (const m of measures) {
    byStatus[m.status] += 1;
    byHealth[m.health] += 1;
    if (m.status !== MeasureStatus.STOPPED) {
      progressSum += m.progress;
      progressCount += 1;
    }
    if (ACTIVE_STATUSES.includes(m.status) && isStale(m.freshness)) staleMeasures += 1;
    // a stopped, finished (or not yet planned) measure's open milestones are not pursued: never overdue or due
    if (ACTIVE_STATUSES.includes(m.status)) {
      overdueMilestones += m.overdueMilestones;
      milestonesDueSoon += m.milestonesDueSoon;
    }
    for (const days of m.milestoneSlippageDays) {
      milestoneCount += 1;
      if (days > 0) slippedMilestones += 1;
      slippageSum += days;
    }
  }
  return {
    measureCount: measures.length,
    byStatus,
    byHealth,
    averageProgress: progressCount ? roundedQuotient(progressSum, progressCount) : null,
    staleMeasures,
    overdueMilestones,
    milestonesDueSoon,
    milestoneCount,
    slippedMilestones,
    averageSlippageDays: milestoneCount ? roundedToTenth(slippageSum, milestoneCount) : null,
  };
}
