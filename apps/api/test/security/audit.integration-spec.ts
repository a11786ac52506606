import { aClusterOf, aMeasure, aMember, assign, WORLD_TIMEOUT } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { aMeasureInput, CREATE_MEASURE, UPDATE_MEASURE } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';

const ADMIN_NAME = 'Projektbüro Testkreis';
const EDITOR_NAME = 'Maßnahmenverantwortliche Prüm';

const UPDATE_PROGRESS = `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { id version } }`;
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
const REPORT_MILESTONE = `mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id version } }`;
const CREATE_REPORT = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version } }`;
const RECORD_VALUE = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id values { id value } } }`;
const UPDATE_STRATEGY = `mutation($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id version title } }`;
const CREATE_FIELD = `mutation($input: CreateFieldOfActionInput!) { createFieldOfAction(input: $input) { id version } }`;
const UPDATE_FIELD = `mutation($input: UpdateFieldOfActionInput!) { updateFieldOfAction(input: $input) { id version } }`;
const HISTORY = `query($id: ID!) { measure(id: $id) { history { id action entityType entityId actorName occurredAt changes { field before after } } } }`;

interface AuditRow {
  id: string;
  transaction_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_name: string;
  actor_user_id: string | null;
  measure_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('change history (audit)', () => {
  /** The project of the administrator, editor and council member; two cluster peers with an administrator each. */
  const app = appPerBlock(async (t) => {
    const { projects } = await aClusterOf(t, [
      { municipalities: ['Gemeinde Prüm', 'Stadt Bitburg'] },
      { municipalities: ['Stadt Andernach', 'Stadt Mayen'] },
      {},
    ]);
    const [eif, ...peers] = projects;
    const prumId = eif.members[0].id;
    const admin = await aMember(t, eif, 'ADMIN', { name: ADMIN_NAME });
    const editor = await aMember(t, eif, 'EDITOR', { name: EDITOR_NAME, unit: eif.members[0] });
    const council = await aMember(t, eif, 'COUNCIL');
    const peerAdmins = [await aMember(t, peers[0], 'ADMIN'), await aMember(t, peers[1], 'ADMIN')];
    return { prumId, admin, editor, council, peerAdmins, eif, peers };
  });

  /** The id of the newest history entry: everything after it was written by the scenario. */
  const lastAuditId = async (): Promise<string> =>
    (await app.t.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_entry`)).rows[0].id;
  const auditSince = async (id: string): Promise<AuditRow[]> =>
    (
      await app.t.db.query(
        `SELECT id::text, transaction_id::text, entity_type, entity_id, action, actor_name, actor_user_id, measure_id, before, after
           FROM audit_entry WHERE id > $1 ORDER BY id`,
        [id],
      )
    ).rows;

  /** A measure led by Prüm, so that the editor reports on it. */
  const aMeasureOfPrum = async (overrides: Record<string, unknown> = {}) =>
    (
      await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, {
          title: 'Bürger-App Prüm',
          status: 'PLANNING',
          leadUnitId: app.prumId,
          ...overrides,
        }),
      })
    ).createMeasure as { id: string; version: number; code: string };

  it('writes exactly one entry per committed change, and none for refused ones', async () => {
    const start = await lastAuditId();
    const { modelProject } = await app.admin.data(
      `query($id: ID!) { modelProject(id: $id) { strategy { id version title } } }`,
      { id: app.eif.id },
    );
    const strategy = modelProject.strategy;
    const expected: [string, string, string][] = [];
    const ok = async (
      client: GraphqlClient,
      name: string,
      entity: string,
      action: string,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const data = await client.data(query, variables);
      expected.push([entity, action, name]);
      return data;
    };
    const refused = async (client: GraphqlClient, query: string, variables: Record<string, unknown>) => {
      expect(['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']).toContain(await client.errorCode(query, variables));
    };

    const { createMeasure } = await ok(app.admin, ADMIN_NAME, 'Measure', 'CREATE', CREATE_MEASURE, {
      input: aMeasureInput(app.eif.id, { title: 'Bürger-App Prüm', status: 'PLANNING', leadUnitId: app.prumId }),
    });
    const measureId = createMeasure.id;
    await ok(app.admin, ADMIN_NAME, 'Measure', 'UPDATE', UPDATE_MEASURE, {
      input: { id: measureId, version: 1, summary: 'Termine und Anträge mobil' },
    });
    await refused(app.admin, UPDATE_MEASURE, { input: { id: measureId, version: 1, summary: 'überholt' } });
    await refused(app.editor, UPDATE_MEASURE, { input: { id: measureId, version: 2, summary: 'nicht erlaubt' } });
    await ok(app.editor, EDITOR_NAME, 'Measure', 'UPDATE', UPDATE_PROGRESS, {
      input: { id: measureId, version: 2, status: 'IN_PROGRESS', actualStart: '2026-10-01' },
    });
    await refused(app.editor, UPDATE_PROGRESS, { input: { id: measureId, version: 3, manualProgress: 50 } });
    const { createMilestone } = await ok(app.admin, ADMIN_NAME, 'Milestone', 'CREATE', CREATE_MILESTONE, {
      input: { measureId, title: 'Pilotbetrieb', baselineDate: '2027-01-31' },
    });
    await ok(app.editor, EDITOR_NAME, 'Milestone', 'UPDATE', REPORT_MILESTONE, {
      input: { id: createMilestone.id, version: 1, forecastDate: '2027-03-15' },
    });
    await refused(app.editor, REPORT_MILESTONE, {
      input: { id: createMilestone.id, version: 2, completedOn: '2027-01-01' },
    });
    await ok(app.editor, EDITOR_NAME, 'StatusReport', 'CREATE', CREATE_REPORT, {
      input: { measureId, trafficLight: 'YELLOW', progress: 30, risks: 'Schnittstelle zum Fachverfahren' },
    });
    await refused(app.council, CREATE_REPORT, { input: { measureId, trafficLight: 'GREEN', progress: 35 } });
    const { createIndicator } = await ok(app.admin, ADMIN_NAME, 'Indicator', 'CREATE', CREATE_INDICATOR, {
      input: {
        measureId,
        name: 'Aktive Nutzerinnen und Nutzer',
        unit: 'Personen',
        baselineValue: '0',
        targetValue: '2000',
      },
    });
    await ok(app.editor, EDITOR_NAME, 'IndicatorValue', 'CREATE', RECORD_VALUE, {
      input: { indicatorId: createIndicator.id, measuredOn: '2026-11-01', value: '120' },
    });
    await ok(app.admin, ADMIN_NAME, 'Strategy', 'UPDATE', UPDATE_STRATEGY, {
      input: { id: strategy.id, version: strategy.version, title: 'EIFELKREIS VERBINDET – Fortschreibung 2026' },
    });
    await refused(app.editor, UPDATE_STRATEGY, {
      input: { id: strategy.id, version: strategy.version + 1, title: 'Nein' },
    });
    const { createFieldOfAction } = await ok(app.admin, ADMIN_NAME, 'FieldOfAction', 'CREATE', CREATE_FIELD, {
      input: { modelProjectId: app.eif.id, code: 'HF9', name: 'Verwaltung digital' },
    });
    await refused(app.admin, CREATE_FIELD, { input: { modelProjectId: app.eif.id, code: 'HF9', name: 'Doppelt' } });
    await ok(app.admin, ADMIN_NAME, 'FieldOfAction', 'UPDATE', UPDATE_FIELD, {
      input: { id: createFieldOfAction.id, version: 1, name: 'Digitale Verwaltung' },
    });

    const rows = await auditSince(start);
    expect(rows.map((r) => [r.entity_type, r.action, r.actor_name])).toEqual(expected);
    // One entry per transaction: every committed mutation is one transaction with one entry.
    expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(rows.length);

    const [
      created,
      planned,
      progressed,
      milestone,
      forecast,
      report,
      indicator,
      value,
      strategyRow,
      field,
      fieldRenamed,
    ] = rows;
    expect(created).toMatchObject({ entity_id: measureId, measure_id: measureId, before: null });
    expect(created.after).toMatchObject({
      title: 'Bürger-App Prüm',
      status: 'PLANNING',
      leadUnitId: app.prumId,
      version: 1,
    });
    expect(planned.before).toMatchObject({ summary: '', version: 1 });
    expect(planned.after).toMatchObject({ summary: 'Termine und Anträge mobil', version: 2 });
    expect(progressed.before).toMatchObject({ status: 'PLANNING', actualStart: null });
    expect(progressed.after).toMatchObject({ status: 'IN_PROGRESS', actualStart: '2026-10-01', version: 3 });
    expect(milestone).toMatchObject({ entity_id: createMilestone.id, measure_id: measureId, before: null });
    expect(milestone.after).toMatchObject({ title: 'Pilotbetrieb', baselineDate: '2027-01-31', forecastDate: null });
    expect(forecast.before).toMatchObject({ forecastDate: null, version: 1 });
    expect(forecast.after).toMatchObject({ forecastDate: '2027-03-15', version: 2 });
    expect(report.after).toMatchObject({
      trafficLight: 'YELLOW',
      progress: 30,
      risks: 'Schnittstelle zum Fachverfahren',
    });
    expect(report.actor_user_id).toBe(report.after?.['authorId']);
    expect(indicator.after).toMatchObject({ name: 'Aktive Nutzerinnen und Nutzer', measureId });
    expect(value).toMatchObject({ measure_id: measureId, before: null });
    expect(value.after).toMatchObject({ indicatorId: createIndicator.id, measuredOn: '2026-11-01' });
    expect(Number(value.after?.['value'])).toBe(120);
    expect(strategyRow.before).toMatchObject({ title: strategy.title });
    expect(strategyRow.after).toMatchObject({ title: 'EIFELKREIS VERBINDET – Fortschreibung 2026' });
    expect(field).toMatchObject({ entity_id: createFieldOfAction.id, before: null, measure_id: null });
    expect(fieldRenamed.before).toMatchObject({ name: 'Verwaltung digital' });
    expect(fieldRenamed.after).toMatchObject({ name: 'Digitale Verwaltung' });
  });

  describe('deleting a measure', () => {
    const DELETE_MEASURE = `mutation($id: ID!, $version: Int!) { deleteMeasure(id: $id, version: $version) }`;
    const countOf = async (table: string, column: string, id: string): Promise<number> =>
      (await app.t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id])).rows[0].n;

    it('records who deleted a measure, with the record as it was', async () => {
      const measure = await aMeasureOfPrum({ title: 'Wird gestrichen' });
      const start = await lastAuditId();
      await app.admin.data(DELETE_MEASURE, { id: measure.id, version: 1 });
      const rows = await auditSince(start);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entity_type: 'Measure', action: 'DELETE', entity_id: measure.id, after: null });
      expect(rows[0].before).toMatchObject({ title: 'Wird gestrichen', code: measure.code });
      expect(rows[0].actor_name).toBe(ADMIN_NAME);
    });

    it('writes a DELETE entry for every milestone, indicator and value that goes with it, in the same transaction', async () => {
      const measure = await aMeasureOfPrum({ title: 'Mit Meilensteinen und Indikator' });
      const { createMilestone: first } = await app.admin.data(CREATE_MILESTONE, {
        input: { measureId: measure.id, title: 'Ausschreibung', baselineDate: '2027-01-31' },
      });
      const { createMilestone: second } = await app.admin.data(CREATE_MILESTONE, {
        input: { measureId: measure.id, title: 'Abnahme', baselineDate: '2027-06-30' },
      });
      const { createIndicator } = await app.admin.data(CREATE_INDICATOR, {
        input: { measureId: measure.id, name: 'Nutzende', unit: 'Personen' },
      });
      const { recordIndicatorValue } = await app.editor.data(RECORD_VALUE, {
        input: { indicatorId: createIndicator.id, measuredOn: '2026-11-01', value: '42' },
      });
      const { measure: current } = await app.admin.data(`query($id: ID!) { measure(id: $id) { version } }`, {
        id: measure.id,
      });
      const start = await lastAuditId();

      await app.admin.data(DELETE_MEASURE, { id: measure.id, version: current.version });

      const rows = await auditSince(start);
      expect(rows.map((r) => [r.entity_type, r.entity_id, r.action]).sort()).toEqual(
        [
          ['Milestone', first.id, 'DELETE'],
          ['Milestone', second.id, 'DELETE'],
          ['Indicator', createIndicator.id, 'DELETE'],
          ['IndicatorValue', recordIndicatorValue.values[0].id, 'DELETE'],
          ['Measure', measure.id, 'DELETE'],
        ].sort(),
      );
      expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(1);
      for (const row of rows) expect(row).toMatchObject({ actor_name: ADMIN_NAME, after: null });
      const byId = new Map(rows.map((r) => [r.entity_id, r]));
      expect(byId.get(first.id)?.before).toMatchObject({ title: 'Ausschreibung', measureId: measure.id });
      expect(byId.get(second.id)?.before).toMatchObject({ title: 'Abnahme', baselineDate: '2027-06-30' });
      expect(byId.get(createIndicator.id)?.before).toMatchObject({ name: 'Nutzende', unit: 'Personen' });
      expect(Number(byId.get(recordIndicatorValue.values[0].id)?.before?.['value'])).toBe(42);
      expect(await countOf('milestone', 'measure_id', measure.id)).toBe(0);
      expect(await countOf('indicator', 'measure_id', measure.id)).toBe(0);
    });

    it('writes a DELETE entry for the values of a deleted indicator', async () => {
      const measure = await aMeasureOfPrum();
      const { createIndicator } = await app.admin.data(CREATE_INDICATOR, {
        input: { measureId: measure.id, name: 'Anträge online', unit: 'Stück' },
      });
      const { recordIndicatorValue } = await app.editor.data(RECORD_VALUE, {
        input: { indicatorId: createIndicator.id, measuredOn: '2026-10-01', value: '7' },
      });
      const start = await lastAuditId();
      await app.admin.data(`mutation($id: ID!) { deleteIndicator(id: $id, version: 1) }`, { id: createIndicator.id });
      const rows = await auditSince(start);
      expect(rows.map((r) => [r.entity_type, r.entity_id, r.action])).toEqual([
        ['IndicatorValue', recordIndicatorValue.values[0].id, 'DELETE'],
        ['Indicator', createIndicator.id, 'DELETE'],
      ]);
      expect(rows[0].measure_id).toBe(measure.id);
    });

    const records: [string, (measureId: string) => Promise<void>][] = [
      [
        'a status report',
        async (measureId) => {
          await app.editor.data(CREATE_REPORT, { input: { measureId, trafficLight: 'GREEN', progress: 10 } });
        },
      ],
      [
        'a cost plan',
        async (measureId) => {
          await app.admin.data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`, {
            input: { measureId, year: 2027, costCategoryId: await aCostCategory(), planned: '1000.00' },
          });
        },
      ],
      [
        'an expenditure',
        async (measureId) => {
          await app.admin.data(
            `mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`,
            {
              input: {
                measureId,
                costCategoryId: await aCostCategory(),
                spentOn: '2026-10-15',
                amount: '250.00',
                description: 'Beratung',
              },
            },
          );
        },
      ],
    ];
    const aCostCategory = async (): Promise<string> =>
      (await app.admin.data(`{ costCategories { id } }`)).costCategories[0].id;

    it.each(records)(
      'refuses to delete a measure with %s: CONFLICT, advice to stop it, nothing deleted, no entry',
      async (_what, give) => {
        const measure = await aMeasureOfPrum({ title: 'Hat schon eine Geschichte' });
        await app.admin.data(CREATE_MILESTONE, {
          input: { measureId: measure.id, title: 'Start', baselineDate: '2027-01-31' },
        });
        await give(measure.id);
        const { measure: current } = await app.admin.data(`query($id: ID!) { measure(id: $id) { version } }`, {
          id: measure.id,
        });
        const start = await lastAuditId();

        const error = await app.admin.error(DELETE_MEASURE, { id: measure.id, version: current.version });

        expect(error.extensions?.code).toBe('CONFLICT');
        expect(error.message).toContain(measure.code);
        expect(error.message).toContain('„gestoppt“');
        expect(await countOf('measure', 'id', measure.id)).toBe(1);
        expect(await countOf('milestone', 'measure_id', measure.id)).toBe(1);
        expect(await auditSince(start)).toEqual([]);
      },
    );
  });

  describe('deleting what measures link to', () => {
    it("explains in the measure's history why its field of action and goal disappeared", async () => {
      const { createFieldOfAction: field } = await app.admin.data(CREATE_FIELD, {
        input: { modelProjectId: app.eif.id, code: 'HF-AUD', name: 'Wird aufgelöst' },
      });
      const { createGoal: goal } = await app.admin.data(
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id version } }`,
        { input: { fieldOfActionId: field.id, code: 'Z-AUD', title: 'Geht mit' } },
      );
      const keptField = app.eif.fields[0].id;
      const measure = await aMeasureOfPrum({ fieldOfActionIds: [keptField, field.id], goalIds: [goal.id] });
      const start = await lastAuditId();
      await app.admin.data(`mutation($id: ID!, $version: Int!) { deleteFieldOfAction(id: $id, version: $version) }`, {
        id: field.id,
        version: field.version,
      });
      const rows = await auditSince(start);
      expect(rows.map((r) => [r.entity_type, r.action, r.entity_id])).toEqual([
        ['Measure', 'UPDATE', measure.id],
        ['Goal', 'DELETE', goal.id],
        ['FieldOfAction', 'DELETE', field.id],
      ]);
      expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(1);
      // The measure itself was not edited: its version stays, so nobody's open form turns stale.
      expect((await app.t.db.query(`SELECT version FROM measure WHERE id = $1`, [measure.id])).rows[0].version).toBe(
        measure.version,
      );
      const { measure: read } = await app.council.data(HISTORY, { id: measure.id });
      expect(read.history[0]).toMatchObject({ entityType: 'Measure', action: 'UPDATE', actorName: ADMIN_NAME });
      expect(read.history[0].changes).toEqual([
        {
          field: 'fieldOfActionIds',
          before: JSON.stringify([keptField, field.id].sort()),
          after: JSON.stringify([keptField]),
        },
        { field: 'goalIds', before: JSON.stringify([goal.id]), after: '[]' },
      ]);
    });
  });

  describe('a change that fails halfway', () => {
    it('rolls back a plan change whose links fail after the measure row was written: no change, no entry', async () => {
      const measure = await aMeasureOfPrum({ goalIds: [app.eif.fields[0].goals[0].id] });
      const goal = app.eif.fields[0].goals[1] ?? app.eif.fields[1].goals[0];
      const beforeRow = (
        await app.t.db.query(
          `SELECT m.summary, m.version, array(SELECT goal_id FROM measure_goal WHERE measure_id = m.id) AS goals FROM measure m WHERE id = $1`,
          [measure.id],
        )
      ).rows[0];
      const start = await lastAuditId();
      // The goal belongs to the project, so the service's checks pass; the database then refuses the link, after
      // the measure's own row has been updated and its old links deleted.
      await app.t.db.query(
        `ALTER TABLE measure_goal ADD CONSTRAINT audit_spec_refuses_goal CHECK (goal_id <> '${goal.id}') NOT VALID`,
      );
      try {
        const result = await app.admin.request(UPDATE_MEASURE, {
          input: { id: measure.id, version: 1, summary: 'Halb geschrieben', goalIds: [goal.id] },
        });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.status).toBeLessThan(500);
      } finally {
        await app.t.db.query(`ALTER TABLE measure_goal DROP CONSTRAINT audit_spec_refuses_goal`);
      }
      const afterRow = (
        await app.t.db.query(
          `SELECT m.summary, m.version, array(SELECT goal_id FROM measure_goal WHERE measure_id = m.id) AS goals FROM measure m WHERE id = $1`,
          [measure.id],
        )
      ).rows[0];
      expect(afterRow).toEqual(beforeRow);
      expect(await auditSince(start)).toEqual([]);
    });

    it('rolls back a status report when its history entry cannot be written: no report, no entry', async () => {
      const measure = await aMeasureOfPrum();
      const before = (
        await app.t.db.query(`SELECT last_report_on, last_traffic_light FROM measure WHERE id = $1`, [measure.id])
      ).rows[0];
      const start = await lastAuditId();
      await app.t.db.query(
        `ALTER TABLE audit_entry ADD CONSTRAINT audit_spec_refuses_reports CHECK (entity_type <> 'StatusReport') NOT VALID`,
      );
      try {
        const result = await app.editor.request(CREATE_REPORT, {
          input: { measureId: measure.id, trafficLight: 'RED', progress: 10 },
        });
        expect(result.errors).toHaveLength(1);
        expect(result.data).toBeNull();
      } finally {
        await app.t.db.query(`ALTER TABLE audit_entry DROP CONSTRAINT audit_spec_refuses_reports`);
      }
      const reports = await app.t.db.query(`SELECT count(*)::int AS n FROM status_report WHERE measure_id = $1`, [
        measure.id,
      ]);
      expect(reports.rows[0].n).toBe(0);
      const after = (
        await app.t.db.query(`SELECT last_report_on, last_traffic_light FROM measure WHERE id = $1`, [measure.id])
      ).rows[0];
      expect(after).toEqual(before);
      expect(await auditSince(start)).toEqual([]);
    });

    it('leaves no invitation, mail or account behind when inviting a person fails on the municipality', async () => {
      const start = await lastAuditId();
      // a municipality of a cluster peer
      const foreignUnit = app.peers[0].members[0].id;
      const error = await app.admin.error(
        `mutation($input: InviteProjectMemberInput!) { inviteProjectMember(input: $input) { id } }`,
        {
          input: {
            modelProjectId: app.eif.id,
            email: 'neu.pruem@example.com',
            displayName: 'Neue Verantwortliche',
            role: 'EDITOR',
            territorialUnitId: foreignUnit,
          },
        },
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.territorialUnitId' });
      const left = await app.t.db.query(
        `SELECT (SELECT count(*)::int FROM app_user WHERE email = 'neu.pruem@example.com') AS users,
                (SELECT count(*)::int FROM invitation WHERE email = 'neu.pruem@example.com') AS invitations,
                (SELECT count(*)::int FROM mail_outbox WHERE to_address = 'neu.pruem@example.com') AS mails`,
      );
      expect(left.rows[0]).toEqual({ users: 0, invitations: 0, mails: 0 });
      expect(await auditSince(start)).toEqual([]);
    });
  });

  describe('is append-only', () => {
    it('refuses to change an entry in the database', async () => {
      const { rows } = await app.t.db.query(`SELECT id, actor_name FROM audit_entry ORDER BY id DESC LIMIT 1`);
      await expect(
        app.t.db.query(`UPDATE audit_entry SET actor_name = 'Jemand anderes' WHERE id = $1`, [rows[0].id]),
      ).rejects.toThrow(/append-only/);
      const after = await app.t.db.query(`SELECT actor_name FROM audit_entry WHERE id = $1`, [rows[0].id]);
      expect(after.rows[0].actor_name).toBe(rows[0].actor_name);
    });

    it('refuses to delete an entry in the database', async () => {
      const before = await app.t.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
      await expect(
        app.t.db.query(`DELETE FROM audit_entry WHERE id = (SELECT min(id) FROM audit_entry)`),
      ).rejects.toThrow(/append-only/);
      const after = await app.t.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('refuses to truncate the table', async () => {
      const before = await app.t.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
      expect(before.rows[0].n).toBeGreaterThan(0);
      await expect(app.t.db.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
      await expect(app.t.db.query(`TRUNCATE measure, audit_entry CASCADE`)).rejects.toThrow(/append-only/);
      const after = await app.t.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });
  });

  describe('in GraphQL', () => {
    let measureId: string;
    let milestoneId: string;

    beforeAll(async () => {
      const measure = await aMeasureOfPrum({ title: 'Digitaler Bauantrag' });
      measureId = measure.id;
      await app.admin.data(UPDATE_MEASURE, { input: { id: measureId, version: 1, title: 'Digitaler Bauantrag 2.0' } });
      const { createMilestone } = await app.admin.data(CREATE_MILESTONE, {
        input: { measureId, title: 'Go-live', baselineDate: '2027-02-28' },
      });
      milestoneId = createMilestone.id;
      await app.editor.data(REPORT_MILESTONE, { input: { id: milestoneId, version: 1, forecastDate: '2027-04-30' } });
      await app.editor.data(CREATE_REPORT, { input: { measureId, trafficLight: 'GREEN', progress: 20 } });
    }, WORLD_TIMEOUT);

    it('lists the entries of a measure and its parts, newest first, with field-level changes', async () => {
      const { measure } = await app.council.data(HISTORY, { id: measureId });
      const history = measure.history as {
        action: string;
        entityType: string;
        entityId: string;
        actorName: string;
        occurredAt: string;
        changes: { field: string; before: string | null; after: string | null }[];
      }[];
      expect(history.map((e) => [e.entityType, e.action, e.actorName])).toEqual([
        ['StatusReport', 'CREATE', EDITOR_NAME],
        ['Milestone', 'UPDATE', EDITOR_NAME],
        ['Milestone', 'CREATE', ADMIN_NAME],
        ['Measure', 'UPDATE', ADMIN_NAME],
        ['Measure', 'CREATE', ADMIN_NAME],
      ]);
      expect(history[1]).toMatchObject({ entityId: milestoneId });
      // Values are JSON: `null` is a field that was empty; a missing value (null) a field that did not exist before.
      expect(history[1].changes).toEqual([{ field: 'forecastDate', before: 'null', after: '"2027-04-30"' }]);
      expect(history[3].changes).toEqual([
        { field: 'title', before: '"Digitaler Bauantrag"', after: '"Digitaler Bauantrag 2.0"' },
      ]);
      expect(history[4].changes).toContainEqual({ field: 'title', before: null, after: '"Digitaler Bauantrag"' });
      expect(new Date(history[0].occurredAt).getTime()).toBeGreaterThanOrEqual(
        new Date(history[4].occurredAt).getTime(),
      );
    });

    it('honours the limit and refuses one out of bounds', async () => {
      const { measure } = await app.admin.data(
        `query($id: ID!) { measure(id: $id) { history(limit: 2) { entityType } } }`,
        {
          id: measureId,
        },
      );
      expect(measure.history).toEqual([{ entityType: 'StatusReport' }, { entityType: 'Milestone' }]);
      expect(
        await app.admin.errorCode(`query($id: ID!) { measure(id: $id) { history(limit: 1000) { id } } }`, {
          id: measureId,
        }),
      ).toBe('BAD_USER_INPUT');
    });

    it('shows a cluster peer the history of a published measure, without the names of the people', async () => {
      // an unpublished measure the editor is responsible for
      const assigned = await assign(app.t, await aMeasure(app.t, app.eif, { published: false }), [app.editor.user.id]);
      const { measureByCode } = await app.admin.data(
        `query($code: String!) { measureByCode(code: $code) { id version } }`,
        { code: assigned.code },
      );
      await app.admin.data(UPDATE_MEASURE, {
        input: {
          id: measureByCode.id,
          version: measureByCode.version,
          published: true,
          summary: 'Für Partner sichtbar',
        },
      });
      await app.admin.data(
        `mutation($input: SetMeasureAssigneesInput!) { setMeasureAssignees(input: $input) { id } }`,
        {
          input: { measureId: measureByCode.id, version: measureByCode.version + 1, userIds: [] },
        },
      );
      const peer = app.peerAdmins[0];
      const { measure } = await peer.data(HISTORY, { id: measureByCode.id });
      const history = measure.history as { actorName: string; changes: { field: string }[] }[];
      expect(history.length).toBeGreaterThan(0);
      const names = history.map((e) => e.actorName);
      expect(names).not.toContain(ADMIN_NAME);
      expect(history.flatMap((e) => e.changes.map((c) => c.field))).not.toContain('assigneeIds');
      expect(history.flatMap((e) => e.changes)).toContainEqual(
        expect.objectContaining({ field: 'summary', after: '"Für Partner sichtbar"' }),
      );

      // Members of the project see who it was.
      const own = await app.editor.data(HISTORY, { id: measureByCode.id });
      expect(own.measure.history.map((e: { actorName: string }) => e.actorName)).toContain(ADMIN_NAME);
      expect(
        own.measure.history.flatMap((e: { changes: { field: string }[] }) => e.changes.map((c) => c.field)),
      ).toContain('assigneeIds');
    });

    it('gives a cluster peer a full page: hidden entries are left out before the limit, not after', async () => {
      const measure = await aMeasureOfPrum({ title: 'Offene Daten Prüm', published: true });
      await app.admin.data(UPDATE_MEASURE, { input: { id: measure.id, version: 1, summary: 'Sichtbar für Partner' } });
      const { viewer } = await app.editor.data(`{ viewer { user { id } } }`);
      // Newer than the two visible entries: changes of people only, and money.
      for (const [version, userIds] of [
        [2, [viewer.user.id]],
        [3, []],
        [4, [viewer.user.id]],
      ] as const) {
        await app.admin.data(
          `mutation($input: SetMeasureAssigneesInput!) { setMeasureAssignees(input: $input) { id } }`,
          {
            input: { measureId: measure.id, version, userIds },
          },
        );
      }
      const { costCategories } = await app.admin.data(`{ costCategories { id } }`);
      for (const amount of ['100.00', '200.00', '300.00']) {
        await app.admin.data(`mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`, {
          input: {
            measureId: measure.id,
            costCategoryId: costCategories[0].id,
            spentOn: '2026-10-01',
            amount,
            description: 'Lizenz',
          },
        });
      }
      const PAGE = `query($id: ID!) { measure(id: $id) { history(limit: 2) { entityType action changes { field } } } }`;

      const peer = app.peerAdmins[1];
      const { measure: seen } = await peer.data(PAGE, { id: measure.id });

      expect(seen.history.map((e: { entityType: string; action: string }) => [e.entityType, e.action])).toEqual([
        ['Measure', 'UPDATE'],
        ['Measure', 'CREATE'],
      ]);
      expect(seen.history[0].changes).toEqual([{ field: 'summary' }]);
      // Members get the newest entries as they are.
      const { measure: own } = await app.council.data(PAGE, { id: measure.id });
      expect(own.history.map((e: { entityType: string }) => e.entityType)).toEqual(['Expenditure', 'Expenditure']);
    });
  });
});
