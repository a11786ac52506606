import { addDays, daysBetween, IsoDate } from './dates';
import { Freshness } from './freshness';

/**
 * What a reminder is about (issue 15). Each person can switch each kind off for themselves, and each project for its
 * people, except the mandatory ones (`MANDATORY_REMINDER_KINDS`).
 */
export enum ReminderKind {
  /** A milestone is due within the lead times (default 30 and 7 days). */
  MILESTONE_DUE_SOON = 'MILESTONE_DUE_SOON',
  /** A milestone is past its due day and not reached: the day after, 7 days after, then every 30 days. */
  MILESTONE_LATE = 'MILESTONE_LATE',
  /** An active measure has no current status report (by the freshness classes). */
  REPORT_DUE = 'REPORT_DUE',
  /** An active measure has no open milestone in the next 365 days. */
  NO_UPCOMING_MILESTONE = 'NO_UPCOMING_MILESTONE',
  /** A proof of use is due within the lead times. */
  PROOF_DUE_SOON = 'PROOF_DUE_SOON',
  /** A proof of use is past its due day and not submitted. */
  PROOF_LATE = 'PROOF_LATE',
  /** A planned call-off of funds (a draft) is to be requested within the lead times (decision 0068). */
  CALL_OFF_DUE_SOON = 'CALL_OFF_DUE_SOON',
  /** A planned call-off of funds is past the day it was to be requested and still a draft. */
  CALL_OFF_LATE = 'CALL_OFF_LATE',
  /** A reporting round asks for a status report on a measure (when it opens, before and after its due day). */
  ROUND_REPORT_REQUESTED = 'ROUND_REPORT_REQUESTED',
  /** Someone gained a membership or a new role in a project: to them and to the project office. Cannot be switched off. */
  MEMBERSHIP = 'MEMBERSHIP',
}

/** Kinds nobody switches off: neither a person for themselves nor a project for its people. */
export const MANDATORY_REMINDER_KINDS: ReadonlySet<ReminderKind> = new Set([ReminderKind.MEMBERSHIP]);

/** The kinds a person or a project can switch off, in the order the settings list them. */
export const REMINDER_KINDS: readonly ReminderKind[] = [
  ReminderKind.MILESTONE_DUE_SOON,
  ReminderKind.MILESTONE_LATE,
  ReminderKind.REPORT_DUE,
  ReminderKind.NO_UPCOMING_MILESTONE,
  ReminderKind.PROOF_DUE_SOON,
  ReminderKind.PROOF_LATE,
  ReminderKind.CALL_OFF_DUE_SOON,
  ReminderKind.CALL_OFF_LATE,
  ReminderKind.ROUND_REPORT_REQUESTED,
];

export interface ReminderRules {
  /** Days before a due day on which a reminder goes out (a project sets its own: `LEAD_DAYS_LIMITS`). */
  readonly leadDays: readonly number[];
  /** Days after a due day on which a late notice goes out first; then every `lateRepeatDays`. */
  readonly lateDays: readonly [number, number];
  readonly lateRepeatDays: number;
  /** How far ahead an active measure should have an open milestone. */
  readonly horizonDays: number;
}

export const REMINDER_RULES: ReminderRules = {
  leadDays: [30, 7],
  lateDays: [1, 7],
  lateRepeatDays: 30,
  horizonDays: 365,
};

/** A project's lead days: 1 to 3 different whole numbers of days, each 1 to 180. */
export const LEAD_DAYS_LIMITS = { count: 3, min: 1, max: 180 } as const;

/** What is wrong with a project's lead days (German, for the form's field), or null when they are fine. */
export function leadDaysProblem(leadDays: readonly number[]): string | null {
  const { count, min, max } = LEAD_DAYS_LIMITS;
  if (leadDays.length < 1 || leadDays.length > count) return `Ein bis ${count} Vorlaufzeiten angeben.`;
  if (leadDays.some((d) => !Number.isInteger(d) || d < min || d > max))
    return `Vorlaufzeiten sind ganze Tage von ${min} bis ${max}.`;
  if (new Set(leadDays).size !== leadDays.length) return 'Jede Vorlaufzeit nur einmal angeben.';
  return null;
}

/** A send time `HH:MM` (24 hours, quarter hours: the round runs every 15 minutes), or null when it is not one. */
export function sendTimeProblem(time: string): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return 'Uhrzeit als HH:MM angeben, z. B. 06:00.';
  return Number(match[2]) % 15 === 0 ? null : 'Die Runde läuft viertelstündlich: :00, :15, :30 oder :45.';
}

/** Whether a project's round is due at the local time `now` (HH:MM) of `today`, given the day it last ran. */
export function roundDue(sendTime: string, now: string, today: IsoDate, lastRoundOn: IsoDate | null): boolean {
  return now >= sendTime && (lastRoundOn === null || lastRoundOn < today);
}

export type DeadlineStage = { kind: 'DUE_SOON' | 'LATE'; stage: string };

/**
 * Which reminder a deadline is due for today, as a stage that names it (`due-30`, `due-7`, `late-1`, `late-7`,
 * `late-37`, `late-67`, …), or null when none is. A stage covers the days until the next one begins, so a round that
 * did not run on a day still sends it the next day; recording each stage once per deadline and person makes each
 * reminder go out once.
 */
export function deadlineStage(due: IsoDate, today: IsoDate, rules = REMINDER_RULES): DeadlineStage | null {
  const ahead = daysBetween(today, due);
  if (ahead >= 0) {
    // the nearest lead time the day is within: 12 days ahead is in the 30-day stage, 3 days in the 7-day one
    const lead = [...rules.leadDays].sort((a, b) => a - b).find((days) => ahead <= days);
    return lead === undefined ? null : { kind: 'DUE_SOON', stage: `due-${lead}` };
  }
  const late = -ahead;
  const [first, second] = rules.lateDays;
  if (late < second) return late >= first ? { kind: 'LATE', stage: `late-${first}` } : null;
  const repeats = Math.floor((late - second) / rules.lateRepeatDays);
  return { kind: 'LATE', stage: `late-${second + repeats * rules.lateRepeatDays}` };
}

/**
 * The report reminder's stage for an active measure: once per freshness class it falls into since its latest report
 * (a new report starts over), none while the report is current.
 */
export function reportStage(freshness: Freshness, lastReportOn: IsoDate | null): string | null {
  if (freshness === Freshness.CURRENT) return null;
  return `${freshness.toLowerCase()}-${lastReportOn ?? 'never'}`;
}

/**
 * The stage of "no open milestone within the horizon": at most once a quarter while it lasts, so that a plan nobody
 * extends is asked about four times a year, not daily.
 */
export function noUpcomingStage(nextOpenDue: IsoDate | null, today: IsoDate, rules = REMINDER_RULES): string | null {
  if (nextOpenDue && nextOpenDue <= addDays(today, rules.horizonDays)) return null;
  const [year, month] = today.split('-').map(Number);
  return `${year}-q${Math.ceil(month / 3)}`;
}
