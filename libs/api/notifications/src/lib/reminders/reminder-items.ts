import {
  computeFreshness,
  daysBetween,
  deadlineStage,
  formatGermanDate,
  IsoDate,
  noUpcomingStage,
  ReminderKind,
  reportStage,
  Role,
} from '@masswerk/shared/domain';
import { ProofDeadline } from '../calendar/calendar-events';

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

export interface ProjectProof extends ProofDeadline {
  projectId: string;
}

export interface Member {
  projectId: string;
  userId: string;
  role: Role;
  unitId: string | null;
}

/** A reminder for one person, as the round writes it. */
export interface ReminderRow {
  userId: string;
  projectId: string;
  kind: ReminderKind;
  subjectId: string;
  stage: string;
  title: string;
  detail: string;
  link: string;
  dueOn: IsoDate | null;
}

/** Adds `value` to the list of `key` (in place: a round groups every membership and assignment of the installation). */
export function groupInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/**
 * Who is reminded of a measure: its assignees; else the editors of its lead municipality; else the project office.
 * Of a proof of use: the project office.
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
const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tagen`);

/** The reminders of today for every person, before the ones already sent are left out (by the unique key). */
export function reminderRows(
  today: IsoDate,
  facts: { milestones: DueMilestone[]; measures: ActiveMeasure[]; proofs: ProjectProof[] },
  recipients: Recipients,
): ReminderRow[] {
  const rows: ReminderRow[] = [];
  const to = (userIds: string[], row: Omit<ReminderRow, 'userId'>) => {
    for (const userId of userIds) rows.push({ ...row, userId });
  };

  for (const ms of facts.milestones) {
    const stage = deadlineStage(ms.due, today);
    if (!stage) continue;
    const ahead = daysBetween(today, ms.due);
    to(recipients.ofMeasure({ id: ms.measureId, projectId: ms.projectId, leadUnitId: ms.leadUnitId }), {
      projectId: ms.projectId,
      kind: stage.kind === 'LATE' ? ReminderKind.MILESTONE_LATE : ReminderKind.MILESTONE_DUE_SOON,
      subjectId: ms.id,
      stage: stage.stage,
      title:
        stage.kind === 'LATE'
          ? `Meilenstein „${ms.title}“ ist seit ${days(-ahead)} überfällig`
          : ahead === 0
            ? `Meilenstein „${ms.title}“ ist heute fällig`
            : `Meilenstein „${ms.title}“ ist in ${days(ahead)} fällig (${formatGermanDate(ms.due)})`,
      detail: `Maßnahme ${ms.measureCode} – ${ms.measureTitle} · ${ms.projectName}`,
      link: measurePath(ms.projectCode, ms.measureCode),
      dueOn: ms.due,
    });
  }

  for (const m of facts.measures) {
    const base = { projectId: m.projectId, subjectId: m.id, link: measurePath(m.projectCode, m.code), dueOn: null };
    const detail = `Maßnahme ${m.code} – ${m.title} · ${m.projectName}`;
    const { freshness, daysSinceLastReport } = computeFreshness(m.lastReportOn, today);
    const report = reportStage(freshness, m.lastReportOn);
    if (report)
      to(recipients.ofMeasure(m), {
        ...base,
        kind: ReminderKind.REPORT_DUE,
        stage: report,
        title:
          daysSinceLastReport === null
            ? `Statusbericht fällig: noch kein Bericht zu ${m.code}`
            : `Statusbericht fällig: der letzte zu ${m.code} ist ${daysSinceLastReport} Tage alt`,
        detail,
      });
    const horizon = noUpcomingStage(m.nextOpenDue, today);
    if (horizon)
      to(recipients.ofMeasure(m), {
        ...base,
        kind: ReminderKind.NO_UPCOMING_MILESTONE,
        stage: horizon,
        title: `Kein offener Meilenstein in den nächsten zwölf Monaten: ${m.code}`,
        detail,
      });
  }

  for (const proof of facts.proofs) {
    const stage = deadlineStage(proof.due, today);
    if (!stage) continue;
    const what = proof.kind === 'FINAL' ? 'Verwendungsnachweis' : 'Zwischennachweis';
    to(recipients.ofProject(proof.projectId), {
      projectId: proof.projectId,
      kind: stage.kind === 'LATE' ? ReminderKind.PROOF_LATE : ReminderKind.PROOF_DUE_SOON,
      subjectId: proof.id,
      stage: `${proof.kind.toLowerCase()}-${stage.stage}`,
      title:
        stage.kind === 'LATE'
          ? `${what} Phase ${proof.phase} ist seit ${formatGermanDate(proof.due)} überfällig`
          : `${what} Phase ${proof.phase} ist am ${formatGermanDate(proof.due)} fällig`,
      detail: proof.projectName,
      link: `/projekte/${encodeURIComponent(proof.projectCode)}/finanzen`,
      dueOn: proof.due,
    });
  }
  return rows;
}

/** The digest mail of one person: every new reminder in one list, each with the page that resolves it. */
export function digestMail(
  person: { displayName: string },
  items: { title: string; detail: string; link: string }[],
  origin: string,
): { subject: string; body: string } {
  const subject = items.length === 1 ? 'Maßwerk: 1 neue Erinnerung' : `Maßwerk: ${items.length} neue Erinnerungen`;
  const body = [
    `Guten Tag ${person.displayName},`,
    '',
    'in Maßwerk wartet Folgendes auf Sie:',
    '',
    ...items.flatMap((item) => [`• ${item.title}`, `  ${item.detail}`, `  ${origin}${item.link}`, '']),
    `Alle Benachrichtigungen: ${origin}/benachrichtigungen`,
    `Welche Erinnerungen Sie bekommen, stellen Sie unter „Mein Konto“ ein: ${origin}/konto`,
  ].join('\n');
  return { subject, body };
}
