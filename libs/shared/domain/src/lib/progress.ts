import { DONE_STATUSES, MeasureStatus } from './measure';
import { roundedPercent } from './rounding';

export enum ProgressSource {
  /** Set by the responsible person, with a reason. */
  MANUAL = 'MANUAL',
  /** The measure is implemented or continued. */
  STATUS = 'STATUS',
  /** Share of the milestone weight that is completed. */
  MILESTONES = 'MILESTONES',
  /** The progress given in the latest status report. */
  STATUS_REPORT = 'STATUS_REPORT',
  /** Nothing to go by yet. */
  NONE = 'NONE',
}

export interface MilestoneWeight {
  weight: number;
  completed: boolean;
}

/**
 * Progress from milestones: the completed share of the total weight, as a whole percentage. `null` when the
 * milestones carry no weight at all (then they say nothing about progress).
 */
export function milestoneProgress(milestones: readonly MilestoneWeight[]): number | null {
  const total = milestones.reduce((sum, m) => sum + Math.max(0, m.weight), 0);
  if (total <= 0) return null;
  const done = milestones.reduce((sum, m) => sum + (m.completed ? Math.max(0, m.weight) : 0), 0);
  return roundedPercent(done, total);
}

export interface ProgressInput {
  status: MeasureStatus;
  manualProgress: number | null;
  /** Result of {@link milestoneProgress}, kept up to date on the measure. */
  milestoneProgress: number | null;
  latestReportProgress: number | null;
}

export interface Progress {
  value: number;
  source: ProgressSource;
}

/**
 * A measure's progress, first rule that applies wins:
 * a manual value; 100 when implemented or continued; the weighted milestones; the latest status report; 0.
 */
export function computeProgress(input: ProgressInput): Progress {
  if (input.manualProgress !== null)
    return { value: clampPercent(input.manualProgress), source: ProgressSource.MANUAL };
  if (DONE_STATUSES.includes(input.status)) return { value: 100, source: ProgressSource.STATUS };
  if (input.milestoneProgress !== null)
    return { value: clampPercent(input.milestoneProgress), source: ProgressSource.MILESTONES };
  if (input.latestReportProgress !== null) {
    return { value: clampPercent(input.latestReportProgress), source: ProgressSource.STATUS_REPORT };
  }
  return { value: 0, source: ProgressSource.NONE };
}

export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}
