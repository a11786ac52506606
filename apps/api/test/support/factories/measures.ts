import { GraphqlClient } from '../graphql-client';
import type { TestApp } from '../test-app';
import { operatorOf } from './world';

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

/** Makes these accounts responsible for the measure (`setMeasureAssignees`); returns the new version. */
export async function assign(
  t: TestApp,
  measure: { id: string; version: number },
  userIds: string[],
): Promise<Measure> {
  const { setMeasureAssignees } = await (
    await operatorOf(t)
  ).data(
    `mutation($input: SetMeasureAssigneesInput!) { setMeasureAssignees(input: $input) { id code title version } }`,
    { input: { measureId: measure.id, version: measure.version, userIds } },
  );
  return setMeasureAssignees;
}
