import { Freshness, isStale } from './freshness';
import { Health } from './health';
import { ACTIVE_STATUSES, MeasureStatus } from './measure';

/** What a roll-up needs to know of one measure, after its computed values are known. */
export interface MeasureFacts {
  status: MeasureStatus;
  health: Health;
  progress: number;
  freshness: Freshness;
  overdueMilestones: number;
  milestonesDueSoon: number;
}

export interface PortfolioSummary {
  measureCount: number;
  byStatus: Record<MeasureStatus, number>;
  byHealth: Record<Health, number>;
  /** Mean progress of all measures that are not stopped, rounded to a whole percent; null when there are none. */
  averageProgress: number | null;
  /** Active measures (in planning or in progress) without a status report for more than 60 days. */
  staleMeasures: number;
  overdueMilestones: number;
  milestonesDueSoon: number;
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
  for (const m of measures) {
    byStatus[m.status] += 1;
    byHealth[m.health] += 1;
    if (m.status !== MeasureStatus.STOPPED) {
      progressSum += m.progress;
      progressCount += 1;
    }
    if (ACTIVE_STATUSES.includes(m.status) && isStale(m.freshness)) staleMeasures += 1;
    overdueMilestones += m.overdueMilestones;
    milestonesDueSoon += m.milestonesDueSoon;
  }
  return {
    measureCount: measures.length,
    byStatus,
    byHealth,
    averageProgress: progressCount ? Math.round(progressSum / progressCount) : null,
    staleMeasures,
    overdueMilestones,
    milestonesDueSoon,
  };
}
