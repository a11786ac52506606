import { formatGermanDate, IsoDate } from './dates';
import { DONE_STATUSES, MeasureStatus } from './measure';
import { roundedPercent } from './rounding';

export enum ProgressSource {
  /** Set by the responsible person, with a reason. */
  MANUAL = 'MANUAL',
  /** The measure is implemented or continued. */
  STATUS = 'STATUS',
  /** Share of the milestone weight that is completed. */
  MILESTONES = 'MILESTONES',
  /**
   * The progress given in the latest status report: it counts unless a milestone was reached after that report
   * (decision 0046).
   */
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
  /** Date of the latest status report (the one `latestReportProgress` comes from). */
  latestReportOn?: IsoDate | null;
  /** The latest completion date among the measure's milestones. */
  lastMilestoneCompletedOn?: IsoDate | null;
}

export interface Progress {
  value: number;
  source: ProgressSource;
}

/**
 * Whether a milestone was reached after the latest status report, so that the report no longer tells the whole
 * story and the milestones count instead. A milestone reached on the day of the report is in the report.
 */
export function milestoneReachedSinceReport(input: ProgressInput): boolean {
  return (
    input.milestoneProgress !== null &&
    !!input.lastMilestoneCompletedOn &&
    !!input.latestReportOn &&
    input.lastMilestoneCompletedOn > input.latestReportOn
  );
}

/**
 * A measure's progress, first rule that applies wins (docs/rules.md, decision 0046):
 * a manual value; 100 when implemented or continued; the latest status report, unless a milestone was reached after
 * it; the weighted milestones; 0.
 */
export function computeProgress(input: ProgressInput): Progress {
  if (input.manualProgress !== null)
    return { value: clampPercent(input.manualProgress), source: ProgressSource.MANUAL };
  if (DONE_STATUSES.includes(input.status)) return { value: 100, source: ProgressSource.STATUS };
  if (input.latestReportProgress !== null && !milestoneReachedSinceReport(input))
    return { value: clampPercent(input.latestReportProgress), source: ProgressSource.STATUS_REPORT };
  if (input.milestoneProgress !== null)
    return { value: clampPercent(input.milestoneProgress), source: ProgressSource.MILESTONES };
  return { value: 0, source: ProgressSource.NONE };
}

export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** Where a progress figure comes from, in German for the reports ("laut Statusbericht vom 10.11.2026"). */
export function progressSourceDe(source: ProgressSource, reportedOn: IsoDate | null): string {
  switch (source) {
    case ProgressSource.MANUAL:
      return 'manuell festgelegt';
    case ProgressSource.STATUS:
      return 'umgesetzt';
    case ProgressSource.MILESTONES:
      return 'aus den gewichteten Meilensteinen';
    case ProgressSource.STATUS_REPORT:
      return reportedOn ? `laut Statusbericht vom ${formatGermanDate(reportedOn)}` : 'laut letztem Statusbericht';
    case ProgressSource.NONE:
      return 'noch keine Angaben';
  }
}
