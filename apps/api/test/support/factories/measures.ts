import { GraphqlClient } from '../graphql-client';
import type { TestApp } from '../test-app';
import { asOperator, operatorOf } from './world';

/**
 * Measures and their parts, created through /graphql (by the factories' platform administrator unless a client is
 * given), so that the maintained figures (progress, freshness, next milestone) are what the product computes.
 */

export interface Measure {
  id: string;
  code: string;
  title: string;
  version: number;
}

export interface Milestone {
  id: string;
  version: number;
}

const by = async (t: TestApp, client?: GraphqlClient): Promise<GraphqlClient> => client ?? operatorOf(t);

/** A measure of the project: Phase B, an idea, unless the fields say otherwise. */
export async function aMeasure(
  t: TestApp,
  project: { id: string },
  fields: Record<string, unknown> = {},
  client?: GraphqlClient,
): Promise<Measure> {
  const { createMeasure } = await (
    await by(t, client)
  ).data(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id code title version } }`, {
    input: { modelProjectId: project.id, title: 'Digitale Sprechstunde im Bürgerbüro', phase: 'B', ...fields },
  });
  return createMeasure;
}

/** A milestone of the measure; reported as reached when `completedOn` is given. */
export async function aMilestone(
  t: TestApp,
  measure: { id: string },
  {
    completedOn,
    forecastDate,
    ...fields
  }: { title?: string; baselineDate: string; weight?: number; completedOn?: string; forecastDate?: string },
  client?: GraphqlClient,
): Promise<Milestone> {
  const api = await by(t, client);
  let milestone: Milestone = (
    await api.data(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`, {
      input: { measureId: measure.id, title: 'Meilenstein', ...fields },
    })
  ).createMilestone;
  if (completedOn || forecastDate)
    milestone = (
      await api.data(`mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id version } }`, {
        input: { id: milestone.id, version: milestone.version, completedOn, forecastDate },
      })
    ).reportMilestone;
  return milestone;
}

/**
 * A measure in progress over 2026 whose milestone was due on 1 October and is still open: on the tests' "today"
 * (21 November 2026) it is 51 days overdue.
 */
export async function aMeasureWithLateMilestone(
  t: TestApp,
  project: { id: string },
  fields: Record<string, unknown> = {},
  milestone: { title?: string; baselineDate?: string } = {},
): Promise<Measure & { milestone: Milestone }> {
  const measure = await aMeasure(t, project, {
    status: 'IN_PROGRESS',
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    ...fields,
  });
  const late = await aMilestone(t, measure, { title: 'Ausschreibung', baselineDate: '2026-10-01', ...milestone });
  return { ...measure, milestone: late };
}

/** A status report on the measure (dated today unless `reportDate` says otherwise). */
export async function aStatusReport(
  t: TestApp,
  measure: { id: string },
  fields: { trafficLight?: string; progress?: number; reportDate?: string; achieved?: string } = {},
  client?: GraphqlClient,
): Promise<{ id: string; version: number }> {
  const { createStatusReport } = await (
    await by(t, client)
  ).data(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`, {
    input: { measureId: measure.id, trafficLight: 'GREEN', progress: 20, ...fields },
  });
  return createStatusReport;
}

/**
 * Moves the moment a status report was filed (its `created_at`) to noon UTC of `day`, as if it had been filed then:
 * for the author's correction window, which counts from the day of filing.
 */
export async function filedOn(t: TestApp, report: { id: string }, day: string): Promise<void> {
  await t.db.query(`UPDATE status_report SET created_at = $2::date + time '12:00' WHERE id = $1`, [report.id, day]);
}

/** Makes these accounts responsible for the measure (`setMeasureAssignees`); returns the new version. */
export async function assign(
  t: TestApp,
  measure: { id: string; version: number },
  userIds: string[],
): Promise<Measure> {
  return asOperator(
    t,
    'setMeasureAssignees',
    { measureId: measure.id, version: measure.version, userIds },
    { fields: 'id code title version' },
  );
}

type Track = 'on' | 'risk' | 'off' | 'reports';
/** A measure of the varied portfolio: what it is, how it goes, how many days old its latest report is. */
interface PortfolioMeasure {
  title: string;
  status: string;
  phase?: 'A' | 'B';
  track?: Track;
  report: number | null;
  flagship?: boolean;
}

const PORTFOLIO: PortfolioMeasure[] = [
  { title: 'Datenplattform für die Region', status: 'IN_PROGRESS', track: 'on', report: 5, flagship: true },
  { title: 'Bürger-App mit Terminbuchung', status: 'IN_PROGRESS', track: 'risk', report: 40 },
  { title: 'Smarte Straßenbeleuchtung', status: 'PLANNING', report: null },
  { title: 'Rufbus auf Abruf', status: 'IMPLEMENTED', phase: 'A', report: 200, flagship: true },
  { title: 'Co-Working im Dorf', status: 'IN_PROGRESS', track: 'off', report: null },
  { title: 'Digitale Schule', status: 'IDEA', report: null },
  { title: 'Leerstandsmanagement', status: 'STOPPED', report: 100 },
  { title: 'Telemedizin in der Hausarztpraxis', status: 'IN_PROGRESS', phase: 'A', track: 'off', report: 100 },
  { title: 'Offene Daten für alle', status: 'CONTINUED', report: 200 },
  { title: 'Pegelsensoren gegen Hochwasser', status: 'PLANNING', report: null },
  { title: 'Digitales Rathaus', status: 'IN_PROGRESS', track: 'reports', report: 5 },
  { title: 'Mitfahrbank mit App', status: 'IN_PROGRESS', phase: 'A', track: 'on', report: 40 },
];

type Plan = { title: string; baselineDate: string; weight?: number; completedOn?: string; forecastDate?: string };

/**
 * Milestones by how the measure goes, for a schedule over 2026 and 2027 (44 % of it has passed on the tests'
 * "today", 21 November 2026): on track (50 % reached, one due in three weeks), at risk (33 % reached, one slipped
 * to next year), off track (one open since July). Each measure with reports has two, half a year apart.
 */
const MILESTONES: Record<Track, Plan[]> = {
  on: [
    { title: 'Konzept', baselineDate: '2026-03-31', completedOn: '2026-04-10' },
    { title: 'Pilotbetrieb', baselineDate: '2026-09-30', completedOn: '2026-09-25' },
    { title: 'Abnahme', baselineDate: '2026-12-10' },
    { title: 'Regelbetrieb', baselineDate: '2027-06-30' },
  ],
  risk: [
    { title: 'Konzept', baselineDate: '2026-03-31', completedOn: '2026-03-31' },
    { title: 'Pilotbetrieb', baselineDate: '2026-10-01', forecastDate: '2027-02-28' },
    { title: 'Regelbetrieb', baselineDate: '2027-06-30' },
  ],
  off: [
    { title: 'Konzept', baselineDate: '2026-03-31', completedOn: '2026-04-20' },
    { title: 'Anforderungsanalyse abgeschlossen', baselineDate: '2026-07-01' },
    { title: 'Regelbetrieb', baselineDate: '2027-06-30', weight: 2 },
  ],
  reports: [],
};
const DONE_MILESTONES: Plan[] = [
  { title: 'Konzept', baselineDate: '2025-03-31', completedOn: '2025-04-15' },
  { title: 'Pilotbetrieb', baselineDate: '2026-03-31', completedOn: '2026-03-20', weight: 2 },
];

const dayBefore = (days: number) => new Date(Date.UTC(2026, 10, 21 - days)).toISOString().slice(0, 10);

/**
 * A portfolio with what real agendas have (up to twelve measures): every status, both phases, published and not,
 * led by and shared between the project's municipalities, in its fields of action; on track, at risk and off track;
 * milestones reached on time or late, slipped, overdue or due soon; reports current, due, stale, very stale or
 * missing. For lists, filters, roll-ups and reports that must have something to tell apart.
 */
export async function aVariedPortfolio(
  t: TestApp,
  project: { id: string; members: { id: string }[]; fields: { id: string; goals: { id: string }[] }[] },
  count = PORTFOLIO.length,
): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const [i, spec] of PORTFOLIO.slice(0, count).entries()) {
    const done = spec.status === 'IMPLEMENTED' || spec.status === 'CONTINUED';
    const future = spec.status === 'IDEA' || spec.status === 'PLANNING';
    const lead = project.members.length ? project.members[i % project.members.length] : null;
    const partner =
      project.members.length > 1 && i % 3 === 0 ? project.members[(i + 1) % project.members.length] : null;
    const field = project.fields.length ? project.fields[i % project.fields.length] : null;
    const measure = await aMeasure(t, project, {
      title: spec.title,
      summary: `Kurzbeschreibung: ${spec.title}.`,
      status: spec.status,
      phase: spec.phase ?? 'B',
      flagship: !!spec.flagship,
      published: i % 2 === 0,
      leadUnitId: lead?.id,
      participatingUnitIds: partner ? [partner.id] : [],
      fieldOfActionIds: field ? [field.id] : [],
      goalIds: field?.goals.length ? [field.goals[i % field.goals.length].id] : [],
      tags: i % 2 ? ['digital'] : ['digital', 'daseinsvorsorge'],
      plannedStart: done ? '2024-07-01' : future ? '2027-01-01' : '2026-01-01',
      plannedEnd: done ? '2026-06-30' : '2027-12-31',
    });
    measures.push(measure);
    const plans =
      spec.status === 'IDEA'
        ? []
        : spec.status === 'PLANNING'
          ? [{ title: 'Konzept', baselineDate: '2027-02-28' }]
          : done
            ? DONE_MILESTONES
            : spec.status === 'STOPPED'
              ? MILESTONES.off.slice(0, 2)
              : MILESTONES[spec.track ?? 'on'];
    for (const plan of plans) await aMilestone(t, measure, { weight: 1, ...plan });
    if (spec.report === null) continue;
    const progress = done ? 100 : spec.track === 'reports' ? 30 : 20 + i * 5;
    await aStatusReport(t, measure, {
      reportDate: dayBefore(spec.report + 180),
      trafficLight: 'GREEN',
      progress: Math.max(0, progress - 15),
    });
    await aStatusReport(t, measure, {
      reportDate: dayBefore(spec.report),
      trafficLight: ['GREEN', 'YELLOW', 'RED'][i % 3],
      progress,
      achieved: `${spec.title}: Arbeiten weitergeführt.`,
    });
  }
  return measures;
}
