import {
  computeFreshness,
  daysBetween,
  deadlineStage,
  IsoDate,
  noUpcomingStage,
  REMINDER_RULES,
  ReminderKind,
  ReminderRules,
  reportStage,
  Role,
} from '@masswerk/shared/domain';
import { CallOffDeadline, ProofDeadline } from '../calendar/calendar-events';
import { ReminderParams } from './reminder-texts';

export interface DueMilestone {
  id: string;
  title: string;
  due: IsoDate;
  measureId: string;
  measureCode: string;
  measureTitle: string;
  leadUnitId: string | null;
  projectId: string;
  projectCode: string;
  projectName: string;
}

export interface ActiveMeasure {
  id: string;
  code: string;
  title: string;
  leadUnitId: string | null;
  projectId: string;
  projectCode: string;
  projectName: string;
  lastReportOn: IsoDate | null;
  nextOpenDue: IsoDate | null;
}

/** A measure of an open reporting round still without the round's report. */
export interface RoundRequest {
  roundId: string;
  roundName: string;
  due: IsoDate;
  measureId: string;
  measureCode: string;
  measureTitle: string;
  leadUnitId: string | null;
  projectId: string;
  projectCode: string;
  projectName: string;
}

/** A round reminds once 7 days before its due day, then the day after it, 7 days after and every 30 days. */
const ROUND_RULES: ReminderRules = { ...REMINDER_RULES, leadDays: [7] };

export interface ProjectProof extends ProofDeadline {
  projectId: string;
}

export interface ProjectCallOff extends CallOffDeadline {
  projectId: string;
}

export interface Member {
  projectId: string;
  userId: string;
  role: Role;
  unitId: string | null;
}

/** A reminder's kind with the parameters its texts are made of (`reminder-texts.ts`). */
export type KindAndParams = { [K in ReminderKind]: { kind: K; params: ReminderParams[K] } }[ReminderKind];

/** A reminder for one person, as the round writes it. */
export type ReminderRow = {
  userId: string;
  projectId: string;
  subjectId: string;
  stage: string;
  link: string;
  dueOn: IsoDate | null;
} & KindAndParams;

/** Adds `value` to the list of `key` (in place: a round groups every membership and assignment of the installation). */
export function groupInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/**
 * Who is reminded of a measure: its assignees; else the editors of its lead municipality; else the project office.
 * Of a proof of use or a planned call-off: the project office.
 */
export class Recipients {
  private readonly assignees = new Map<string, string[]>();
  private readonly members = new Map<string, Member[]>();

  constructor(assignees: { measureId: string; userId: string }[], members: Member[]) {
    for (const a of assignees) groupInto(this.assignees, a.measureId, a.userId);
    for (const m of members) groupInto(this.members, m.projectId, m);
  }

  ofMeasure(measure: { id: string; projectId: string; leadUnitId: string | null }): string[] {
    const assigned = this.assignees.get(measure.id);
    if (assigned?.length) return assigned;
    const members = this.members.get(measure.projectId) ?? [];
    const editors = members.filter((m) => m.role === Role.EDITOR && m.unitId && m.unitId === measure.leadUnitId);
    return (editors.length ? editors : members.filter((m) => m.role === Role.ADMIN)).map((m) => m.userId);
  }

  ofProject(projectId: string): string[] {
    return (this.members.get(projectId) ?? []).filter((m) => m.role === Role.ADMIN).map((m) => m.userId);
  }
}

const measurePath = (projectCode: string, measureCode: string) =>
  `/projekte/${encodeURIComponent(projectCode)}/massnahmen/${encodeURIComponent(measureCode)}`;

/**
 * The reminders of today for every person, before the ones already sent are left out (by the unique key). `rulesOf`
 * gives each project's rules (its lead days).
 */
export function reminderRows(
  today: IsoDate,
  facts: {
    milestones: DueMilestone[];
    measures: ActiveMeasure[];
    proofs: ProjectProof[];
    callOffs?: ProjectCallOff[];
    rounds?: RoundRequest[];
  },
  recipients: Recipients,
  rulesOf: (projectId: string) => ReminderRules = () => REMINDER_RULES,
): ReminderRow[] {
  const rows: ReminderRow[] = [];
  const to = (userIds: string[], row: DistributiveOmit<ReminderRow, 'userId'>) => {
    for (const userId of userIds) rows.push({ ...row, userId } as ReminderRow);
  };

  for (const ms of facts.milestones) {
    const stage = deadlineStage(ms.due, today, rulesOf(ms.projectId));
    if (!stage) continue;
    const ahead = daysBetween(today, ms.due);
    const measure = { measureCode: ms.measureCode, measureTitle: ms.measureTitle, projectName: ms.projectName };
    const base = {
      projectId: ms.projectId,
      subjectId: ms.id,
      stage: stage.stage,
      link: measurePath(ms.projectCode, ms.measureCode),
      dueOn: ms.due,
    };
    to(
      recipients.ofMeasure({ id: ms.measureId, projectId: ms.projectId, leadUnitId: ms.leadUnitId }),
      stage.kind === 'LATE'
        ? { ...base, kind: ReminderKind.MILESTONE_LATE, params: { ...measure, milestone: ms.title, days: -ahead } }
        : {
            ...base,
            kind: ReminderKind.MILESTONE_DUE_SOON,
            params: { ...measure, milestone: ms.title, due: ms.due, days: ahead },
          },
    );
  }

  for (const m of facts.measures) {
    const base = { projectId: m.projectId, subjectId: m.id, link: measurePath(m.projectCode, m.code), dueOn: null };
    const measure = { measureCode: m.code, measureTitle: m.title, projectName: m.projectName };
    const { freshness, daysSinceLastReport } = computeFreshness(m.lastReportOn, today);
    const report = reportStage(freshness, m.lastReportOn);
    if (report)
      to(recipients.ofMeasure(m), {
        ...base,
        kind: ReminderKind.REPORT_DUE,
        stage: report,
        params: { ...measure, daysSinceLastReport },
      });
    const horizon = noUpcomingStage(m.nextOpenDue, today, rulesOf(m.projectId));
    if (horizon)
      to(recipients.ofMeasure(m), {
        ...base,
        kind: ReminderKind.NO_UPCOMING_MILESTONE,
        stage: horizon,
        params: measure,
      });
  }

  for (const proof of facts.proofs) {
    const stage = deadlineStage(proof.due, today, rulesOf(proof.projectId));
    if (!stage) continue;
    to(recipients.ofProject(proof.projectId), {
      projectId: proof.projectId,
      kind: stage.kind === 'LATE' ? ReminderKind.PROOF_LATE : ReminderKind.PROOF_DUE_SOON,
      subjectId: proof.id,
      stage: `${proof.kind.toLowerCase()}-${stage.stage}`,
      params: { proof: proof.kind, phase: proof.phase, due: proof.due, projectName: proof.projectName },
      link: `/projekte/${encodeURIComponent(proof.projectCode)}/finanzen`,
      dueOn: proof.due,
    });
  }

  for (const callOff of facts.callOffs ?? []) {
    const stage = deadlineStage(callOff.due, today, rulesOf(callOff.projectId));
    if (!stage) continue;
    to(recipients.ofProject(callOff.projectId), {
      projectId: callOff.projectId,
      kind: stage.kind === 'LATE' ? ReminderKind.CALL_OFF_LATE : ReminderKind.CALL_OFF_DUE_SOON,
      subjectId: callOff.id,
      // the planned day is part of the stage: a call-off moved to another day is reminded of again
      stage: `${callOff.due}-${stage.stage}`,
      params: {
        reference: callOff.reference,
        amountCents: callOff.amountCents,
        phase: callOff.phase,
        due: callOff.due,
        projectName: callOff.projectName,
      },
      link: `/projekte/${encodeURIComponent(callOff.projectCode)}/finanzen`,
      dueOn: callOff.due,
    });
  }

  for (const request of facts.rounds ?? []) {
    const stage = deadlineStage(request.due, today, ROUND_RULES);
    if (!stage) continue;
    to(recipients.ofMeasure({ id: request.measureId, projectId: request.projectId, leadUnitId: request.leadUnitId }), {
      projectId: request.projectId,
      kind: ReminderKind.ROUND_REPORT_REQUESTED,
      subjectId: request.measureId,
      stage: `round-${request.roundId}-${stage.stage}`,
      params: {
        measureCode: request.measureCode,
        measureTitle: request.measureTitle,
        projectName: request.projectName,
        round: request.roundName,
        due: request.due,
        late: stage.kind === 'LATE',
      },
      link: measurePath(request.projectCode, request.measureCode),
      dueOn: request.due,
    });
  }
  return rows;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
