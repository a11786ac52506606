import ical from 'ical-generator';
import {
  addDays,
  finalProofDue,
  formatEuroDe,
  formatGermanDate,
  interimProofDue,
  IsoDate,
  Phase,
  ProgrammeRules,
} from '@masswerk/shared/domain';

/** An open milestone of a measure the person reports on (SQL in `calendar-feed.sql.ts`). */
export interface MilestoneRow {
  id: string;
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  measureCode: string;
  measureTitle: string;
  projectCode: string;
  projectName: string;
}

/** A proof of use that is not submitted yet, with its due date already worked out by the programme's rules. */
export interface ProofDeadline {
  /** The proof's id, or the grant's for a final proof not recorded yet. */
  id: string;
  kind: 'INTERIM' | 'FINAL';
  phase: Phase;
  due: IsoDate;
  projectCode: string;
  projectName: string;
}

/** A grant with the proofs recorded for it (SQL in `calendar-feed.sql.ts`). */
export interface GrantRow {
  id: string;
  phase: Phase;
  commitmentDate: IsoDate | null;
  programmeId: string;
  projectCode: string;
  projectName: string;
  proofs: { id: string; kind: 'INTERIM' | 'FINAL'; periodEnd: IsoDate; submittedOn: IsoDate | null }[];
  /** The call-offs planned for the grant and not requested yet (status DRAFT): `requestedOn` is the planned day. */
  plannedCallOffs: { id: string; reference: string; requestedOn: IsoDate; amountCents: string }[];
}

/** A planned call-off of funds (a draft) on the day it is to be requested (decision 0068). */
export interface CallOffDeadline {
  id: string;
  phase: Phase;
  reference: string;
  amountCents: string;
  due: IsoDate;
  projectCode: string;
  projectName: string;
}

/** The call-offs planned for a grant, each due on its planned day. */
export function callOffDeadlines(grant: GrantRow): CallOffDeadline[] {
  return grant.plannedCallOffs.map((c) => ({
    id: c.id,
    phase: grant.phase,
    reference: c.reference,
    amountCents: c.amountCents,
    due: c.requestedOn,
    projectCode: grant.projectCode,
    projectName: grant.projectName,
  }));
}

/**
 * The proofs of use of a grant still to be submitted: each recorded interim proof not submitted, and the final proof
 * (Verwendungsnachweis) once the commitment date is known, until a final proof is recorded as submitted.
 */
export function proofDeadlines(grant: GrantRow, rules: ProgrammeRules): ProofDeadline[] {
  const of = { phase: grant.phase, projectCode: grant.projectCode, projectName: grant.projectName };
  const open = grant.proofs.filter((p) => !p.submittedOn);
  const deadlines: ProofDeadline[] = open
    .filter((p) => p.kind === 'INTERIM')
    .map((p) => ({ ...of, id: p.id, kind: 'INTERIM', due: interimProofDue(rules, p.periodEnd) }));
  const finalDone = grant.proofs.some((p) => p.kind === 'FINAL' && p.submittedOn);
  if (grant.commitmentDate && !finalDone) {
    const recorded = open.find((p) => p.kind === 'FINAL');
    deadlines.push({
      ...of,
      id: recorded?.id ?? grant.id,
      kind: 'FINAL',
      due: finalProofDue(rules, grant.phase, grant.commitmentDate),
    });
  }
  return deadlines;
}

/** One all-day entry of the feed. */
export interface CalendarEntry {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
  url: string;
}

const projectPath = (code: string) => `/projekte/${encodeURIComponent(code)}`;

/** A milestone on its due day: the forecast where there is one, else the baseline; late ones say so. */
export function milestoneEntry(row: MilestoneRow, today: IsoDate, origin: string): CalendarEntry {
  const due = row.forecastDate ?? row.baselineDate;
  const late = due < today ? ' (überfällig)' : '';
  const lines = [
    `Maßnahme ${row.measureCode} – ${row.measureTitle}`,
    `Modellprojekt: ${row.projectName}`,
    `Geplant (Basis): ${formatGermanDate(row.baselineDate)}`,
  ];
  if (row.forecastDate) lines.push(`Prognose: ${formatGermanDate(row.forecastDate)}`);
  return {
    uid: `milestone-${row.id}@masswerk`,
    date: due,
    summary: `Meilenstein${late}: ${row.title} (${row.measureCode})`,
    description: lines.join('\n'),
    url: `${origin}${projectPath(row.projectCode)}/massnahmen/${encodeURIComponent(row.measureCode)}`,
  };
}

/** A proof of use on its due day. */
export function proofEntry(deadline: ProofDeadline, today: IsoDate, origin: string): CalendarEntry {
  const what = deadline.kind === 'FINAL' ? 'Verwendungsnachweis' : 'Zwischennachweis';
  const late = deadline.due < today ? ' (überfällig)' : '';
  return {
    uid: `proof-${deadline.kind.toLowerCase()}-${deadline.id}@masswerk`,
    date: deadline.due,
    summary: `${what} Phase ${deadline.phase}${late}: ${deadline.projectName}`,
    description: `${what} der Phase ${deadline.phase} fällig am ${formatGermanDate(deadline.due)}.\nModellprojekt: ${deadline.projectName}`,
    url: `${origin}${projectPath(deadline.projectCode)}/finanzen`,
  };
}

/** A planned call-off on the day it is to be requested. */
export function callOffEntry(deadline: CallOffDeadline, today: IsoDate, origin: string): CalendarEntry {
  const late = deadline.due < today ? ' (überfällig)' : '';
  const reference = deadline.reference ? ` ${deadline.reference}` : '';
  return {
    uid: `call-off-${deadline.id}@masswerk`,
    date: deadline.due,
    summary: `Mittelabruf${reference} Phase ${deadline.phase}${late}: ${deadline.projectName}`,
    description:
      `Geplanter Mittelabruf der Phase ${deadline.phase} über ${formatEuroDe(BigInt(deadline.amountCents))}, ` +
      `zu stellen am ${formatGermanDate(deadline.due)}.\nModellprojekt: ${deadline.projectName}`,
    url: `${origin}${projectPath(deadline.projectCode)}/finanzen`,
  };
}

/** The feed as iCalendar text (RFC 5545): all-day entries, sorted by day, with stable ids so updates replace. */
export function toICalendar(entries: readonly CalendarEntry[], name: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Maßwerk', product: 'Digitale Agenda', language: 'DE' },
    // clients look again after an hour; the feed is computed for each request
    ttl: 60 * 60,
  });
  for (const entry of [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid)))
    calendar.createEvent({
      id: entry.uid,
      allDay: true,
      start: utcDay(entry.date),
      end: utcDay(addDays(entry.date, 1)),
      summary: entry.summary,
      description: entry.description,
      url: entry.url,
    });
  return calendar.toString();
}

/** A day as the Date ical-generator writes as `VALUE=DATE` without moving it across a time zone. */
function utcDay(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
