import { aMeasure, aMember, aProject } from '../support/factories';
import { aMeasureInput, CREATE_MEASURE } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';

/**
 * Changing and deleting the parts of a measure (milestones, status reports, indicators and their values): each
 * keeps the measure's stored figures (progress, freshness, next milestone) in step, refuses a stale version with
 * CONFLICT and bad input with BAD_USER_INPUT naming the field, writes nothing when refused, and leaves a history entry.
 */

const MEASURE = `query($id: ID!) { measure(id: $id) {
  progress { value source } health { value computed expectedProgress }
  freshness { value daysSinceLastReport lastReportOn } latestStatusReport { id reportDate progress }
  milestones { id title weight baselineDate completedOn state version }
  indicators { id name unit targetValue version values { id measuredOn value } }
  history(limit: 1) { entityType action changes { field before after } } } }`;

const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
const REPORT_MILESTONE = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id version } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) {
  id version title weight baselineDate slippageDays state } }`;
const DELETE_MILESTONE = `mutation($id: ID!, $version: Int!) { deleteMilestone(id: $id, version: $version) }`;

const CREATE_REPORT = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`;
const UPDATE_REPORT = `mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) {
  id version reportDate trafficLight progress achieved } }`;
const DELETE_REPORT = `mutation($id: ID!, $version: Int!) { deleteStatusReport(id: $id, version: $version) }`;

const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version } }`;
const UPDATE_INDICATOR = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) {
  id version name unit baselineValue targetValue targetDate } }`;
const DELETE_INDICATOR = `mutation($id: ID!, $version: Int!) { deleteIndicator(id: $id, version: $version) }`;
const RECORD_VALUE = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) {
  values { id measuredOn value } } }`;
const DELETE_VALUE = `mutation($id: ID!) { deleteIndicatorValue(id: $id) }`;

describe('changing and deleting the parts of a measure', () => {
  const app = appPerBlock(async (t) => {
    const project = await aProject(t);
    return {
      eifId: project.id,
      admin: await aMember(t, project, 'ADMIN'),
      // answers for the first municipality, which leads none of the measures here
      editor: await aMember(t, project, 'EDITOR', { unit: project.members[0] }),
    };
  });

  /** A measure of its own for each scenario: in progress, scheduled over 2026 (test "today" is 21 November). */
  async function aMeasureInProgress(): Promise<string> {
    const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
      input: aMeasureInput(app.eifId, { plannedStart: '2026-01-01', plannedEnd: '2026-12-31', status: 'IN_PROGRESS' }),
    });
    return createMeasure.id;
  }

  /** Runs a mutation that creates (or reports on) a part as the administrator and returns the part it answers. */
  const created = async (mutation: string, input: Record<string, unknown>) =>
    Object.values(await app.admin.data(mutation, { input }))[0] as { id: string; version: number };
  const measure = async (id: string) => (await app.admin.data(MEASURE, { id })).measure;
  const rowOf = async (table: string, id: string) =>
    (await app.t.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id])).rows[0] ?? null;

  describe('milestones', () => {
    /** Two milestones weighing 1 (reached) and 3 (open): progress 25 %. */
    async function aMeasureWithMilestones() {
      const measureId = await aMeasureInProgress();
      const reached = await created(CREATE_MILESTONE, {
        measureId,
        title: 'Vergabe',
        baselineDate: '2026-03-31',
        weight: 1,
      });
      const open = await created(CREATE_MILESTONE, {
        measureId,
        title: 'Pilotbetrieb',
        baselineDate: '2026-12-15',
        weight: 3,
      });
      const done = await created(REPORT_MILESTONE, {
        id: reached.id,
        version: reached.version,
        completedOn: '2026-04-10',
      });
      expect((await measure(measureId)).progress).toEqual({ value: 25, source: 'MILESTONES' });
      return { measureId, reached: done, open };
    }

    it('updates the plan of a milestone and recomputes the progress of the measure', async () => {
      const { measureId, open } = await aMeasureWithMilestones();
      const { updateMilestone } = await app.admin.data(UPDATE_MILESTONE, {
        input: { id: open.id, version: open.version, title: '  Regelbetrieb ', weight: 1, baselineDate: '2026-12-01' },
      });
      expect(updateMilestone).toEqual({
        id: open.id,
        version: 2,
        title: 'Regelbetrieb',
        weight: 1,
        baselineDate: '2026-12-01',
        slippageDays: 0,
        state: 'DUE_SOON',
      });
      const m = await measure(measureId);
      expect(m.progress).toEqual({ value: 50, source: 'MILESTONES' }); // 1 of 1 + 1
      expect(m.history[0]).toMatchObject({ entityType: 'Milestone', action: 'UPDATE' });
      expect(m.history[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'weight', before: '3', after: '1' },
          { field: 'baselineDate', before: '"2026-12-15"', after: '"2026-12-01"' },
        ]),
      );
    });

    it('moves the next due milestone, and with it the health, when a baseline is re-planned', async () => {
      const { measureId, open } = await aMeasureWithMilestones();
      // 25 % done, 89 % expected: off track already; an overdue milestone keeps it there
      await app.admin.data(UPDATE_MILESTONE, {
        input: { id: open.id, version: open.version, baselineDate: '2026-11-01' },
      });
      const { rows } = await app.t.db.query(
        'SELECT earliest_open_milestone_due::text AS due FROM measure WHERE id = $1',
        [measureId],
      );
      expect(rows[0].due).toBe('2026-11-01');
      expect((await measure(measureId)).milestones.find((x: { id: string }) => x.id === open.id).state).toBe('OVERDUE');
    });

    it('refuses a stale version with CONFLICT and the current version, writing nothing', async () => {
      const { open } = await aMeasureWithMilestones();
      await app.admin.data(UPDATE_MILESTONE, {
        input: { id: open.id, version: open.version, title: 'Erste Änderung' },
      });
      const before = await rowOf('milestone', open.id);
      const error = await app.admin.error(UPDATE_MILESTONE, {
        input: { id: open.id, version: open.version, title: 'Überholt' },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await rowOf('milestone', open.id)).toEqual(before);
    });

    it.each([
      ['a weight above 100', { weight: 101 }, 'input.weight'],
      ['a negative weight', { weight: -1 }, 'input.weight'],
      ['a blank title', { title: '   ' }, 'input.title'],
      ['an impossible baseline', { baselineDate: '2026-02-30' }, 'input.baselineDate'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, patch, field) => {
      const { open } = await aMeasureWithMilestones();
      const before = await rowOf('milestone', open.id);
      const error = await app.admin.error(UPDATE_MILESTONE, {
        input: { id: open.id, version: open.version, ...patch },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await rowOf('milestone', open.id)).toEqual(before);
    });

    it('leaves the plan of a milestone to the project office', async () => {
      const { open } = await aMeasureWithMilestones();
      expect(
        await app.editor.errorCode(UPDATE_MILESTONE, { input: { id: open.id, version: open.version, weight: 10 } }),
      ).toBe('FORBIDDEN');
      expect(await app.editor.errorCode(DELETE_MILESTONE, { id: open.id, version: open.version })).toBe('FORBIDDEN');
    });

    it('deletes a milestone and recomputes the progress of the measure', async () => {
      const { measureId, open, reached } = await aMeasureWithMilestones();
      expect((await app.admin.data(DELETE_MILESTONE, { id: open.id, version: open.version })).deleteMilestone).toBe(
        open.id,
      );
      let m = await measure(measureId);
      expect(m.milestones.map((x: { id: string }) => x.id)).toEqual([reached.id]);
      expect(m.progress).toEqual({ value: 100, source: 'MILESTONES' });
      expect(m.history[0]).toMatchObject({ entityType: 'Milestone', action: 'DELETE' });

      // without milestones the progress falls back to the (absent) reports: none
      await app.admin.data(DELETE_MILESTONE, { id: reached.id, version: reached.version });
      m = await measure(measureId);
      expect(m.progress).toEqual({ value: 0, source: 'NONE' });
      const { rows } = await app.t.db.query(
        'SELECT milestone_progress, milestone_count, earliest_open_milestone_due FROM measure WHERE id = $1',
        [measureId],
      );
      expect(rows[0]).toEqual({ milestone_progress: null, milestone_count: 0, earliest_open_milestone_due: null });
    });

    it('refuses to delete a milestone with a stale version, deleting nothing', async () => {
      const { measureId, open } = await aMeasureWithMilestones();
      const error = await app.admin.error(DELETE_MILESTONE, { id: open.id, version: open.version + 1 });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: open.version });
      expect(await rowOf('milestone', open.id)).not.toBeNull();
      expect((await measure(measureId)).progress).toEqual({ value: 25, source: 'MILESTONES' });
    });

    it('answers NOT_FOUND for a milestone that does not exist', async () => {
      const id = '00000000-0000-4000-8000-000000000001';
      expect(await app.admin.errorCode(DELETE_MILESTONE, { id, version: 1 })).toBe('NOT_FOUND');
      expect(await app.admin.errorCode(UPDATE_MILESTONE, { input: { id, version: 1, title: 'x' } })).toBe('NOT_FOUND');
    });
  });

  describe('status reports', () => {
    /** An older report (1 August, 20 %) and the latest (10 November, 45 %): current, 11 days old. */
    async function aMeasureWithTwoReports() {
      const measureId = await aMeasureInProgress();
      const older = await created(CREATE_REPORT, {
        measureId,
        reportDate: '2026-08-01',
        trafficLight: 'GREEN',
        progress: 20,
      });
      const latest = await created(CREATE_REPORT, {
        measureId,
        reportDate: '2026-11-10',
        trafficLight: 'YELLOW',
        progress: 45,
      });
      const m = await measure(measureId);
      expect(m.freshness).toEqual({ value: 'CURRENT', daysSinceLastReport: 11, lastReportOn: '2026-11-10' });
      expect(m.progress).toEqual({ value: 45, source: 'STATUS_REPORT' });
      return { measureId, older, latest };
    }

    it('updates a report and recomputes progress and freshness of the measure', async () => {
      const { measureId, latest } = await aMeasureWithTwoReports();
      const { updateStatusReport } = await app.admin.data(UPDATE_REPORT, {
        input: {
          id: latest.id,
          version: latest.version,
          reportDate: '2026-10-15',
          progress: 35,
          achieved: ' Vergabe ',
        },
      });
      expect(updateStatusReport).toEqual({
        id: latest.id,
        version: 2,
        reportDate: '2026-10-15',
        trafficLight: 'YELLOW',
        progress: 35,
        achieved: 'Vergabe',
      });
      const m = await measure(measureId);
      expect(m.progress).toEqual({ value: 35, source: 'STATUS_REPORT' });
      expect(m.freshness).toEqual({ value: 'DUE', daysSinceLastReport: 37, lastReportOn: '2026-10-15' });
      expect(m.history[0]).toMatchObject({ entityType: 'StatusReport', action: 'UPDATE' });
    });

    it('takes the other report as the latest when a correction dates this one earlier', async () => {
      const { measureId, older, latest } = await aMeasureWithTwoReports();
      await app.admin.data(UPDATE_REPORT, {
        input: { id: latest.id, version: latest.version, reportDate: '2026-07-01' },
      });
      const m = await measure(measureId);
      expect(m.latestStatusReport).toMatchObject({ id: older.id, reportDate: '2026-08-01', progress: 20 });
      expect(m.progress).toEqual({ value: 20, source: 'STATUS_REPORT' });
      expect(m.freshness).toMatchObject({ value: 'STALE', lastReportOn: '2026-08-01' });
    });

    it('refuses a stale version with CONFLICT and the current version, writing nothing', async () => {
      const { latest } = await aMeasureWithTwoReports();
      await app.admin.data(UPDATE_REPORT, { input: { id: latest.id, version: latest.version, risks: 'Lieferzeiten' } });
      const before = await rowOf('status_report', latest.id);
      const error = await app.admin.error(UPDATE_REPORT, {
        input: { id: latest.id, version: latest.version, progress: 90 },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await rowOf('status_report', latest.id)).toEqual(before);
    });

    it.each([
      ['a date in the future', { reportDate: '2026-11-22' }, 'input.reportDate'],
      ['progress above 100', { progress: 101 }, 'input.progress'],
      ['negative progress', { progress: -5 }, 'input.progress'],
      ['an unknown traffic light', { trafficLight: 'BLUE' }, 'input.trafficLight'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, patch, field) => {
      const { measureId, latest } = await aMeasureWithTwoReports();
      const before = await rowOf('status_report', latest.id);
      const error = await app.admin.error(UPDATE_REPORT, {
        input: { id: latest.id, version: latest.version, ...patch },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await rowOf('status_report', latest.id)).toEqual(before);
      expect((await measure(measureId)).freshness.lastReportOn).toBe('2026-11-10');
    });

    it('deletes the latest report and moves freshness and progress back to the one before', async () => {
      const { measureId, older, latest } = await aMeasureWithTwoReports();
      expect((await app.admin.data(DELETE_REPORT, { id: latest.id, version: latest.version })).deleteStatusReport).toBe(
        latest.id,
      );
      let m = await measure(measureId);
      expect(m.freshness).toEqual({ value: 'STALE', daysSinceLastReport: 112, lastReportOn: '2026-08-01' });
      expect(m.progress).toEqual({ value: 20, source: 'STATUS_REPORT' });
      expect(m.latestStatusReport).toMatchObject({ id: older.id });
      expect(m.history[0]).toMatchObject({ entityType: 'StatusReport', action: 'DELETE' });

      await app.admin.data(DELETE_REPORT, { id: older.id, version: older.version });
      m = await measure(measureId);
      expect(m.freshness).toEqual({ value: 'NO_REPORT', daysSinceLastReport: null, lastReportOn: null });
      expect(m.progress).toEqual({ value: 0, source: 'NONE' });
      expect(m.latestStatusReport).toBeNull();
    });

    it('refuses to delete a report with a stale version, deleting nothing', async () => {
      const { measureId, latest } = await aMeasureWithTwoReports();
      const error = await app.admin.error(DELETE_REPORT, { id: latest.id, version: 9 });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      expect(await rowOf('status_report', latest.id)).not.toBeNull();
      expect((await measure(measureId)).freshness.lastReportOn).toBe('2026-11-10');
    });

    it('lets only the project office delete reports', async () => {
      const { latest } = await aMeasureWithTwoReports();
      expect(await app.editor.errorCode(DELETE_REPORT, { id: latest.id, version: latest.version })).toBe('FORBIDDEN');
      expect(await rowOf('status_report', latest.id)).not.toBeNull();
    });
  });

  describe('indicators', () => {
    async function aMeasureWithIndicator() {
      const measureId = await aMeasureInProgress();
      const indicator = await created(CREATE_INDICATOR, {
        measureId,
        name: 'Nutzende',
        unit: 'Personen',
        baselineValue: '0',
        targetValue: '2500',
      });
      const { recordIndicatorValue } = await app.admin.data(RECORD_VALUE, {
        input: { indicatorId: indicator.id, measuredOn: '2026-06-30', value: '120.5' },
      });
      await app.admin.data(RECORD_VALUE, {
        input: { indicatorId: indicator.id, measuredOn: '2026-09-30', value: '480' },
      });
      return { measureId, indicator, firstValueId: recordIndicatorValue.values[0].id as string };
    }

    it('updates an indicator, keeping decimals exact', async () => {
      const { measureId, indicator } = await aMeasureWithIndicator();
      const { updateIndicator } = await app.admin.data(UPDATE_INDICATOR, {
        input: {
          id: indicator.id,
          version: indicator.version,
          name: 'Aktive Nutzende',
          targetValue: '3000.125',
          targetDate: '2027-12-31',
        },
      });
      expect(updateIndicator).toEqual({
        id: indicator.id,
        version: 2,
        name: 'Aktive Nutzende',
        unit: 'Personen',
        baselineValue: '0',
        targetValue: '3000.125',
        targetDate: '2027-12-31',
      });
      const m = await measure(measureId);
      expect(m.indicators[0].values).toHaveLength(2);
      expect(m.history[0]).toMatchObject({ entityType: 'Indicator', action: 'UPDATE' });
    });

    it('refuses a stale version with CONFLICT and the current version, writing nothing', async () => {
      const { indicator } = await aMeasureWithIndicator();
      await app.admin.data(UPDATE_INDICATOR, {
        input: { id: indicator.id, version: indicator.version, unit: 'Konten' },
      });
      const before = await rowOf('indicator', indicator.id);
      const error = await app.admin.error(UPDATE_INDICATOR, {
        input: { id: indicator.id, version: indicator.version, unit: 'Personen' },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await rowOf('indicator', indicator.id)).toEqual(before);
    });

    it.each([
      ['a decimal comma', { targetValue: '2500,5' }, 'input.targetValue'],
      ['more than four decimals', { baselineValue: '1.23456' }, 'input.baselineValue'],
      ['a blank name', { name: ' ' }, 'input.name'],
      ['an impossible target date', { targetDate: '2027-13-01' }, 'input.targetDate'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, patch, field) => {
      const { indicator } = await aMeasureWithIndicator();
      const before = await rowOf('indicator', indicator.id);
      const error = await app.admin.error(UPDATE_INDICATOR, {
        input: { id: indicator.id, version: indicator.version, ...patch },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await rowOf('indicator', indicator.id)).toEqual(before);
    });

    it('deletes an indicator with its values', async () => {
      const { measureId, indicator } = await aMeasureWithIndicator();
      expect(
        (await app.admin.data(DELETE_INDICATOR, { id: indicator.id, version: indicator.version })).deleteIndicator,
      ).toBe(indicator.id);
      const m = await measure(measureId);
      expect(m.indicators).toEqual([]);
      expect(m.history[0]).toMatchObject({ entityType: 'Indicator', action: 'DELETE' });
      const { rows } = await app.t.db.query('SELECT count(*)::int AS n FROM indicator_value WHERE indicator_id = $1', [
        indicator.id,
      ]);
      expect(rows[0].n).toBe(0);
    });

    it('refuses to delete an indicator with a stale version, deleting nothing', async () => {
      const { indicator } = await aMeasureWithIndicator();
      const error = await app.admin.error(DELETE_INDICATOR, { id: indicator.id, version: 2 });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      expect(await rowOf('indicator', indicator.id)).not.toBeNull();
    });

    it('deletes one measured value and keeps the others', async () => {
      const { measureId, firstValueId } = await aMeasureWithIndicator();
      expect((await app.admin.data(DELETE_VALUE, { id: firstValueId })).deleteIndicatorValue).toBe(firstValueId);
      const m = await measure(measureId);
      expect(m.indicators[0].values).toEqual([{ id: expect.any(String), measuredOn: '2026-09-30', value: '480' }]);
      expect(m.history[0]).toMatchObject({ entityType: 'IndicatorValue', action: 'DELETE' });
      expect(await app.admin.errorCode(DELETE_VALUE, { id: firstValueId })).toBe('NOT_FOUND');
    });

    it('lets only those who report on the measure delete its values', async () => {
      // neither assigned to the editor nor led by their municipality
      const other = await aMeasure(app.t, { id: app.eifId }, { title: 'Fremde Maßnahme' });
      const indicator = await created(CREATE_INDICATOR, { measureId: other.id, name: 'Zugriffe' });
      const { recordIndicatorValue } = await app.admin.data(RECORD_VALUE, {
        input: { indicatorId: indicator.id, measuredOn: '2026-10-01', value: '10' },
      });
      const valueId = recordIndicatorValue.values[0].id;
      expect(await app.editor.errorCode(DELETE_VALUE, { id: valueId })).toBe('FORBIDDEN');
      expect(await rowOf('indicator_value', valueId)).not.toBeNull();
    });
  });
});
