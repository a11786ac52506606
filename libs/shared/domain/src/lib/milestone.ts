import { daysBetween, IsoDate } from './dates';

export enum MilestoneState {
  COMPLETED = 'COMPLETED',
  OVERDUE = 'OVERDUE',
  /** Due within the next {@link MILESTONE_DUE_SOON_DAYS} days. */
  DUE_SOON = 'DUE_SOON',
  PLANNED = 'PLANNED',
}

export const MILESTONE_STATE_LABEL_DE: Record<MilestoneState, string> = {
  [MilestoneState.COMPLETED]: 'erreicht',
  [MilestoneState.OVERDUE]: 'überfällig',
  [MilestoneState.DUE_SOON]: 'bald fällig',
  [MilestoneState.PLANNED]: 'geplant',
};

export const MILESTONE_DUE_SOON_DAYS = 30;

export interface MilestoneDates {
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  completedOn: IsoDate | null;
}

/** The date the milestone is (or was) expected: its completion, else its forecast, else its baseline. */
export function milestoneDueDate(m: MilestoneDates): IsoDate {
  return m.completedOn ?? m.forecastDate ?? m.baselineDate;
}

/** Days the milestone slipped against its baseline (completion or forecast); negative when early. */
export function milestoneSlippageDays(m: MilestoneDates): number {
  return daysBetween(m.baselineDate, milestoneDueDate(m));
}

export function milestoneState(m: MilestoneDates, today: IsoDate): MilestoneState {
  if (m.completedOn) return MilestoneState.COMPLETED;
  const due = m.forecastDate ?? m.baselineDate;
  if (due < today) return MilestoneState.OVERDUE;
  if (daysBetween(today, due) <= MILESTONE_DUE_SOON_DAYS) return MilestoneState.DUE_SOON;
  return MilestoneState.PLANNED;
}

/** The earliest due date among open milestones, which drives the health rule. */
export function earliestOpenMilestoneDue(milestones: readonly MilestoneDates[]): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const m of milestones) {
    if (m.completedOn) continue;
    const due = m.forecastDate ?? m.baselineDate;
    if (!earliest || due < earliest) earliest = due;
  }
  return earliest;
}
