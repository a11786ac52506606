import { aCopyOfMeasure, aMeasure, aMember, aProject, assign } from '../support/factories';
import { GraphqlResponse } from '../support/graphql-client';
import { appPerBlock } from '../support/app-per-block';

const PARALLEL = 20;

/**
 * Every update names the version it was based on. Many writers starting from the same version race; the database
 * lets exactly one win, the others get CONFLICT with the version they would have to reload, and nothing of theirs
 * is written.
 */
describe('concurrent updates of one record', () => {
  const app = appPerBlock(async (t) => {
    const project = await aProject(t);
    const admin = await aMember(t, project, 'ADMIN');
    const editor = await aMember(t, project, 'EDITOR', { unit: project.members[0] });
    // a measure in progress the editor is responsible for; every scenario races on a fresh copy of it
    const measure = await aMeasure(t, project, {
      status: 'IN_PROGRESS',
      leadUnitId: project.members[1].id,
      plannedStart: '2026-01-01',
      plannedEnd: '2027-12-31',
    });
    return { admin, editor, ownMeasureId: (await assign(t, measure, [editor.user.id])).id };
  });

  /**
   * Runs the requests at once, checks that none failed on the server, that exactly one won and that the others were
   * refused, and returns the one that won (with its index) and the ones refused.
   */
  async function race<T>(requests: (() => Promise<GraphqlResponse<T>>)[]) {
    const results = await Promise.all(requests.map((send) => send()));
    const winners = results.map((r, i) => ({ r, i })).filter(({ r }) => !r.errors?.length && r.data);
    const losers = results.filter((r) => r.errors?.length);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(requests.length - 1);
    return { winner: winners[0], losers };
  }

  const historyOf = async (entityId: string) =>
    (await app.t.db.query(`SELECT action, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [entityId]))
      .rows;

  it(`lets exactly one of ${PARALLEL} plan changes from the same version win`, async () => {
    const { measureId } = await aCopyOfMeasure(app.t.db, app.ownMeasureId);
    const summaries = Array.from({ length: PARALLEL }, (_, i) => `Fassung ${i + 1}`);
    const { winner: won, losers } = await race(
      summaries.map(
        (summary) => () =>
          app.admin.request<{ updateMeasure: { version: number; summary: string } }>(
            `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version summary } }`,
            { input: { id: measureId, version: 1, summary } },
          ),
      ),
    );
    for (const loser of losers) {
      expect(loser.errors).toHaveLength(1);
      expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(loser.data).toBeNull();
    }
    const winner = summaries[won.i];
    expect(won.r.data?.updateMeasure).toEqual({ version: 2, summary: winner });
    const { rows } = await app.t.db.query(`SELECT summary, version FROM measure WHERE id = $1`, [measureId]);
    expect(rows[0]).toEqual({ summary: winner, version: 2 });
    const history = await historyOf(measureId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'UPDATE', before: { summary: '' }, after: { summary: winner } });
  });

  it(`lets exactly one of ${PARALLEL} milestone forecasts from the same version win`, async () => {
    const { milestoneId } = await aCopyOfMeasure(app.t.db, app.ownMeasureId);
    const forecasts = Array.from({ length: PARALLEL }, (_, i) => `2027-04-${String(i + 1).padStart(2, '0')}`);
    const { winner: won, losers } = await race(
      forecasts.map(
        (forecastDate) => () =>
          app.editor.request<{ reportMilestone: { version: number; forecastDate: string } }>(
            `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { version forecastDate } }`,
            { input: { id: milestoneId, version: 1, forecastDate } },
          ),
      ),
    );
    for (const loser of losers)
      expect(loser.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 }),
      ]);
    const winner = forecasts[won.i];
    const { rows } = await app.t.db.query(
      `SELECT forecast_date::text AS forecast, version FROM milestone WHERE id = $1`,
      [milestoneId],
    );
    expect(rows[0]).toEqual({ forecast: winner, version: 2 });
    const history = await historyOf(milestoneId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'UPDATE', after: { forecastDate: winner } });
  });

  it(`lets exactly one of ${PARALLEL} progress updates from the same version win`, async () => {
    const { measureId } = await aCopyOfMeasure(app.t.db, app.ownMeasureId);
    const values = Array.from({ length: PARALLEL }, (_, i) => 10 + i * 4);
    const { winner: won, losers } = await race(
      values.map(
        (manualProgress) => () =>
          app.editor.request<{ updateMeasureProgress: { version: number } }>(
            `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { version progress { value source } } }`,
            {
              input: { id: measureId, version: 1, manualProgress, manualProgressReason: `Schätzung ${manualProgress}` },
            },
          ),
      ),
    );
    for (const loser of losers)
      expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const winner = values[won.i];
    const { rows } = await app.t.db.query(
      `SELECT manual_progress, manual_progress_reason, version FROM measure WHERE id = $1`,
      [measureId],
    );
    expect(rows[0]).toEqual({ manual_progress: winner, manual_progress_reason: `Schätzung ${winner}`, version: 2 });
    const history = await historyOf(measureId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'UPDATE', after: { manualProgress: winner } });
  });

  it('lets a writer that reloads after CONFLICT save on top of the winner', async () => {
    const { measureId } = await aCopyOfMeasure(app.t.db, app.ownMeasureId);
    const update = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version summary } }`;
    await app.admin.data(update, { input: { id: measureId, version: 1, summary: 'erste' } });
    const conflict = await app.admin.error(update, { input: { id: measureId, version: 1, summary: 'zweite' } });
    expect(conflict.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const retried = await app.admin.data(update, {
      input: { id: measureId, version: conflict.extensions?.['currentVersion'], summary: 'zweite' },
    });
    expect(retried.updateMeasure).toEqual({ version: 3, summary: 'zweite' });
    expect((await historyOf(measureId)).map((e) => e.after.summary)).toEqual(['erste', 'zweite']);
  });

  it('keeps plan and progress writers of one measure from overwriting each other', async () => {
    const { measureId } = await aCopyOfMeasure(app.t.db, app.ownMeasureId);
    await app.t.db.query(`UPDATE measure SET status = 'IN_PROGRESS', summary = '' WHERE id = $1`, [measureId]);
    const [plan, progress] = await Promise.all([
      app.admin.request(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version } }`, {
        input: { id: measureId, version: 1, summary: 'Plan' },
      }),
      app.editor.request(
        `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { version } }`,
        {
          input: { id: measureId, version: 1, status: 'IMPLEMENTED' },
        },
      ),
    ]);
    const outcomes = [plan, progress].map((r) => (r.errors?.length ? r.errors[0].extensions?.code : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const { rows } = await app.t.db.query(`SELECT summary, status, version FROM measure WHERE id = $1`, [measureId]);
    expect(rows[0].version).toBe(2);
    // Exactly one of the two changes is stored.
    expect([rows[0].summary === 'Plan', rows[0].status === 'IMPLEMENTED'].filter(Boolean)).toHaveLength(1);
  });
});
