import { SqlStatementCounter } from '@masswerk/api/database';
import { aMeasure, aMember, aProject, aStatusReport, filedOn, Project } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { appPerBlock } from '../support/app-per-block';

/**
 * Correcting and deleting status reports: the author within STATUS_REPORT_CORRECTION_DAYS (here 10) of filing, the
 * project office always; `viewerCanCorrect` says which, without a statement per report. A report's date may not lie
 * in the future. The tests' "today" is 21 November 2026.
 */

const CREATE_REPORT = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) {
  id version reportDate viewerCanCorrect } }`;
const UPDATE_REPORT = `mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) {
  id version progress viewerCanCorrect } }`;
const DELETE_REPORT = `mutation($id: ID!, $version: Int!) { deleteStatusReport(id: $id, version: $version) }`;
const REPORTS = `query($id: ID!) { measure(id: $id) { statusReports { id viewerCanCorrect } } }`;
const PROJECT_REPORTS = `query($projectId: ID!, $first: Int!) {
  measures(first: $first, filter: { modelProjectIds: [$projectId] }) { nodes { statusReports { viewerCanCorrect } } } }`;

describe('correcting status reports', () => {
  // the read cache off: the statement counts below are about the work of an uncached answer
  const app = appPerBlock(
    async (t) => {
      const project = await aProject(t);
      const office = await aMember(t, project, 'ADMIN');
      const author = await aMember(t, project, 'EDITOR', { unit: project.members[0] });
      // reports on the same measures as the author (same municipality), but did not write the report
      const colleague = await aMember(t, project, 'EDITOR', { unit: project.members[0] });
      return { project, office, author, colleague };
    },
    { env: { STATUS_REPORT_CORRECTION_DAYS: '10', READ_CACHE_MB: '0' } },
  );

  /** A measure led by the editors' municipality, in progress over 2026. */
  const aMeasureOfTheEditors = (p: Project = app.project) =>
    aMeasure(app.t, p, {
      status: 'IN_PROGRESS',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      leadUnitId: p.members[0].id,
    });

  const canCorrect = async (client: GraphqlClient, measureId: string) =>
    (await client.data(REPORTS, { id: measureId })).measure.statusReports[0].viewerCanCorrect;

  it('tells the dashboard which day is today, the last day a report may carry', async () => {
    expect((await app.author.data('{ today }')).today).toBe('2026-11-21');
  });

  it('refuses a report dated after today, with a reason of its own', async () => {
    const measure = await aMeasureOfTheEditors();
    const error = await app.author.error(CREATE_REPORT, {
      input: { measureId: measure.id, trafficLight: 'GREEN', progress: 10, reportDate: '2026-11-22' },
    });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_IN_FUTURE',
      field: 'input.reportDate',
    });
    const today = await app.author.data(CREATE_REPORT, {
      input: { measureId: measure.id, trafficLight: 'GREEN', progress: 10, reportDate: '2026-11-21' },
    });
    expect(today.createStatusReport.reportDate).toBe('2026-11-21');
  });

  it('lets the author correct and delete their report within the window', async () => {
    const measure = await aMeasureOfTheEditors();
    const report = await aStatusReport(app.t, measure, { progress: 40 }, app.author);
    await filedOn(app.t, report, '2026-11-11'); // the last day of the window: filed 10 days ago
    expect(await canCorrect(app.author, measure.id)).toBe(true);
    const { updateStatusReport } = await app.author.data(UPDATE_REPORT, {
      input: { id: report.id, version: report.version, progress: 45 },
    });
    expect(updateStatusReport).toMatchObject({ progress: 45, viewerCanCorrect: true });
    expect(
      (await app.author.data(DELETE_REPORT, { id: report.id, version: updateStatusReport.version })).deleteStatusReport,
    ).toBe(report.id);
    expect((await app.t.db.query('SELECT 1 FROM status_report WHERE id = $1', [report.id])).rowCount).toBe(0);
  });

  it('refuses the author after the window with CORRECTION_WINDOW_CLOSED, and lets the project office', async () => {
    const measure = await aMeasureOfTheEditors();
    const report = await aStatusReport(app.t, measure, { progress: 40 }, app.author);
    await filedOn(app.t, report, '2026-11-10'); // 11 days ago
    expect(await canCorrect(app.author, measure.id)).toBe(false);
    for (const error of [
      await app.author.error(UPDATE_REPORT, { input: { id: report.id, version: report.version, progress: 45 } }),
      await app.author.error(DELETE_REPORT, { id: report.id, version: report.version }),
    ])
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CORRECTION_WINDOW_CLOSED' });
    const row = (await app.t.db.query('SELECT progress, version FROM status_report WHERE id = $1', [report.id]))
      .rows[0];
    expect(row).toEqual({ progress: 40, version: report.version });

    expect(await canCorrect(app.office, measure.id)).toBe(true);
    const { updateStatusReport } = await app.office.data(UPDATE_REPORT, {
      input: { id: report.id, version: report.version, progress: 45 },
    });
    expect(updateStatusReport.progress).toBe(45);
    await app.office.data(DELETE_REPORT, { id: report.id, version: updateStatusReport.version });
  });

  it('refuses another editor of the same measure, even within the window', async () => {
    const measure = await aMeasureOfTheEditors();
    const report = await aStatusReport(app.t, measure, {}, app.author);
    expect(await canCorrect(app.colleague, measure.id)).toBe(false);
    const error = await app.colleague.error(DELETE_REPORT, { id: report.id, version: report.version });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(
      await app.colleague.errorCode(UPDATE_REPORT, { input: { id: report.id, version: report.version, progress: 1 } }),
    ).toBe('FORBIDDEN');
  });

  it('answers viewerCanCorrect for a list with as many statements for 2 measures as for 6', async () => {
    const own = await aProject(app.t);
    const editor = await aMember(app.t, own, 'EDITOR', { unit: own.members[0] });
    for (let i = 0; i < 6; i++) await aStatusReport(app.t, await aMeasureOfTheEditors(own), {}, editor);
    const statementsFor = async (first: number) => {
      const before = SqlStatementCounter.count;
      const { measures } = await editor.data(PROJECT_REPORTS, { projectId: own.id, first });
      expect(
        measures.nodes.map(
          (m: { statusReports: { viewerCanCorrect: boolean }[] }) => m.statusReports[0].viewerCanCorrect,
        ),
      ).toEqual(Array(first).fill(true));
      return SqlStatementCounter.count - before;
    };
    await statementsFor(2); // warm-up
    expect(await statementsFor(6)).toBe(await statementsFor(2));
  });
});
