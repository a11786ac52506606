import { aClusterOf, aMeasure, aMember, aMilestone } from '../support/factories';
import { aMeasureInput, CREATE_MEASURE, UPDATE_MEASURE } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';

describe('measures', () => {
  /** The project of the administrator, and a cluster peer of it; a first measure of the project, with three milestones. */
  const app = appPerBlock(async (t) => {
    const {
      projects: [eif, peer],
    } = await aClusterOf(t, [{ municipalities: ['Stadt Prüm', 'Stadt Bitburg'] }, {}]);
    const admin = await aMember(t, eif, 'ADMIN');
    const first = await aMeasure(t, eif, {
      title: 'Datenplattform',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-12-31',
    });
    for (const [title, baselineDate] of [
      ['Anforderungen', '2026-03-31'],
      ['Ausschreibung', '2026-09-30'],
      ['Betrieb', '2027-06-30'],
    ])
      await aMilestone(t, first, { title, baselineDate });
    await aMeasure(t, peer, { title: 'Unveröffentlicht beim Partner', published: false });
    return { admin, first, eif, peer };
  });

  describe('create', () => {
    it('stores a measure with its links and assigns the next identifier', async () => {
      const prume = app.eif.members.find((m) => m.name === 'Stadt Prüm');
      const bitburg = app.eif.members.find((m) => m.name === 'Stadt Bitburg');
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, {
          fieldOfActionIds: [app.eif.fields[0].id],
          leadUnitId: prume?.id,
          participatingUnitIds: [bitburg?.id],
          tags: ['Open Data', 'open data', ' Sensorik '],
          plannedStart: '2026-01-01',
          plannedEnd: '2027-12-31',
        }),
      });
      expect(createMeasure.code).toMatch(new RegExp(`^${app.eif.code}-M\\d{2}$`));
      expect(createMeasure).toMatchObject({
        version: 1,
        status: 'IDEA',
        phase: 'B',
        tags: ['open data', 'sensorik'],
        fieldsOfAction: [{ code: app.eif.fields[0].code }],
        leadUnit: { name: 'Stadt Prüm' },
        participatingUnits: [{ name: 'Stadt Bitburg' }],
        progress: { value: 0, source: 'NONE' },
        health: { value: 'NOT_ASSESSED' },
      });
      const { rows } = await app.t.db.query('SELECT title, model_project_id FROM measure WHERE id = $1', [
        createMeasure.id,
      ]);
      expect(rows[0]).toEqual({ title: 'Digitale Sprechstunde im Bürgerbüro', model_project_id: app.eif.id });
    });

    it('refuses an identifier already taken, naming the field, and stores nothing', async () => {
      const before = await app.t.db.query('SELECT count(*)::int AS n FROM measure');
      const error = await app.admin.error(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, { code: app.first.code }),
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      const after = await app.t.db.query('SELECT count(*)::int AS n FROM measure');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it.each([
      ['an empty title', { title: '   ' }, 'input.title'],
      ['a title of 301 characters', { title: 'x'.repeat(301) }, 'title'],
      ['an identifier of another project', { code: 'PEER-M99' }, 'input.code'],
      ['a malformed identifier', { code: 'OWN-7' }, 'code'],
      ['an end before the start', { plannedStart: '2026-05-01', plannedEnd: '2026-04-30' }, 'input.plannedEnd'],
      [
        'a field of action of another project',
        { fieldOfActionIds: ['00000000-0000-4000-8000-000000000000'] },
        'input.fieldOfActionIds',
      ],
      ['an invalid e-mail address', { contactEmail: 'nicht-gültig' }, 'contactEmail'],
      ['a repository that is not a URL', { ossRepositoryUrl: 'gitlab/irgendwo' }, 'ossRepositoryUrl'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
      // OWN and PEER stand for the codes of the two projects, which are known only once they are built
      const input = aMeasureInput(app.eif.id, overrides);
      if (typeof input['code'] === 'string')
        input['code'] = input['code'].replace(/^OWN/, app.eif.code).replace(/^PEER/, app.peer.code);
      const error = await app.admin.error(CREATE_MEASURE, { input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'] ?? JSON.stringify(error.extensions))).toContain(field);
    });

    it('refuses a date that is not a calendar day', async () => {
      const error = await app.admin.error(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, { plannedStart: '2026-02-30' }),
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('2026-02-30');
    });

    it('refuses unknown fields in the input', async () => {
      const result = await app.admin.request(CREATE_MEASURE, {
        input: { ...aMeasureInput(app.eif.id), secretColumn: true },
      });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('read', () => {
    it('finds a measure by id and by identifier with its profile', async () => {
      const { measureByCode } = await app.admin.data(
        `query($code: String!) { measureByCode(code: $code) { id code title modelProject { code } milestones { title baselineDate state slippageDays } } }`,
        { code: app.first.code.toLowerCase() },
      );
      expect(measureByCode.code).toBe(app.first.code);
      expect(measureByCode.modelProject.code).toBe(app.eif.code);
      expect(measureByCode.milestones.length).toBeGreaterThanOrEqual(3);
      const { measure } = await app.admin.data(`query($id: ID!) { measure(id: $id) { code } }`, {
        id: measureByCode.id,
      });
      expect(measure.code).toBe(app.first.code);
    });

    it('finds exactly one measure by identifier: identifiers are unique across projects', async () => {
      // not even a direct write can give a second project's measure the same identifier
      await expect(
        app.t.db.query(`INSERT INTO measure (model_project_id, code, title, phase) VALUES ($1, $2, 'Doppelt', 'B')`, [
          app.peer.id,
          app.first.code,
        ]),
      ).rejects.toMatchObject({ code: '23505', constraint: 'measure_code_key' });
      const { rows } = await app.t.db.query('SELECT code FROM measure GROUP BY code HAVING count(*) > 1');
      expect(rows).toEqual([]);
      const { measureByCode } = await app.admin.data(
        `query($code: String!) { measureByCode(code: $code) { code modelProject { code } } }`,
        { code: ` ${app.first.code.toLowerCase()} ` },
      );
      expect(measureByCode).toEqual({ code: app.first.code, modelProject: { code: app.eif.code } });
    });

    it('answers NOT_FOUND for an unknown identifier and FORBIDDEN for an unpublished measure of a cluster partner', async () => {
      expect(
        await app.admin.errorCode(`query($c: String!) { measureByCode(code: $c) { id } }`, {
          c: `${app.eif.code}-M999`,
        }),
      ).toBe('NOT_FOUND');
      const { rows } = await app.t.db.query(
        `SELECT m.code FROM measure m JOIN model_project p ON p.id = m.model_project_id
          WHERE p.code = $1 AND NOT m.published ORDER BY m.code LIMIT 1`,
        [app.peer.code],
      );
      expect(
        await app.admin.errorCode(`query($c: String!) { measureByCode(code: $c) { id } }`, { c: rows[0].code }),
      ).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(await app.admin.errorCode(`{ measure(id: "00000000-0000-4000-8000-000000000000") { id } }`)).toBe(
        'NOT_FOUND',
      );
    });

    it('refuses an id that is not a UUID', async () => {
      expect(await app.admin.errorCode(`{ measure(id: "abc") { id } }`)).toBe('BAD_USER_INPUT');
    });
  });

  describe('update', () => {
    it('changes the plan and bumps the version', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, { title: 'Zu ändern' }),
      });
      const { updateMeasure } = await app.admin.data(UPDATE_MEASURE, {
        input: {
          id: createMeasure.id,
          version: 1,
          title: 'Geändert',
          summary: 'Neu',
          plannedStart: '2026-03-01',
          plannedEnd: '2026-12-31',
        },
      });
      expect(updateMeasure).toMatchObject({
        version: 2,
        title: 'Geändert',
        summary: 'Neu',
        plannedStart: '2026-03-01',
        plannedEnd: '2026-12-31',
      });
    });

    it('keeps the identifier: a change of code is refused with BAD_USER_INPUT naming the field', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, { input: aMeasureInput(app.eif.id) });
      for (const code of [`${app.eif.code}-M98`, createMeasure.code, `${app.peer.code}-M98`]) {
        const error = await app.admin.error(UPDATE_MEASURE, {
          input: { id: createMeasure.id, version: 1, code, summary: 'mit neuer Kennung' },
        });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
      }
      const { rows } = await app.t.db.query('SELECT code, summary, version FROM measure WHERE id = $1', [
        createMeasure.id,
      ]);
      expect(rows[0]).toEqual({ code: createMeasure.code, summary: '', version: 1 });
    });

    it('refuses a stale version with CONFLICT and the current version, writing nothing', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(app.eif.id, { title: 'Konflikt' }),
      });
      await app.admin.data(UPDATE_MEASURE, { input: { id: createMeasure.id, version: 1, summary: 'erste Änderung' } });
      const error = await app.admin.error(UPDATE_MEASURE, {
        input: { id: createMeasure.id, version: 1, summary: 'überholt' },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const { rows } = await app.t.db.query('SELECT summary, version FROM measure WHERE id = $1', [createMeasure.id]);
      expect(rows[0]).toEqual({ summary: 'erste Änderung', version: 2 });
    });

    it('requires a reason for a manual progress value', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, { input: aMeasureInput(app.eif.id) });
      const mutation = `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { version progress { value source manualReason } } }`;
      const error = await app.admin.error(mutation, {
        input: { id: createMeasure.id, version: 1, manualProgress: 40 },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.manualProgressReason' });
      const { updateMeasureProgress } = await app.admin.data(mutation, {
        input: {
          id: createMeasure.id,
          version: 1,
          manualProgress: 40,
          manualProgressReason: 'Vergabe abgeschlossen, Meilensteine noch nicht gepflegt',
        },
      });
      expect(updateMeasureProgress.progress).toEqual({
        value: 40,
        source: 'MANUAL',
        manualReason: 'Vergabe abgeschlossen, Meilensteine noch nicht gepflegt',
      });
    });
  });

  describe('delete', () => {
    it('deletes a measure with its milestones', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, { input: aMeasureInput(app.eif.id) });
      await app.admin.data(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, {
        input: { measureId: createMeasure.id, title: 'Start', baselineDate: '2026-12-01' },
      });
      const { deleteMeasure } = await app.admin.data(`mutation($id: ID!) { deleteMeasure(id: $id, version: 1) }`, {
        id: createMeasure.id,
      });
      expect(deleteMeasure).toBe(createMeasure.id);
      const { rows } = await app.t.db.query(
        'SELECT (SELECT count(*) FROM measure WHERE id = $1)::int AS m, (SELECT count(*) FROM milestone WHERE measure_id = $1)::int AS ms',
        [createMeasure.id],
      );
      expect(rows[0]).toEqual({ m: 0, ms: 0 });
    });

    it('refuses to delete with a stale version', async () => {
      const { createMeasure } = await app.admin.data(CREATE_MEASURE, { input: aMeasureInput(app.eif.id) });
      expect(
        await app.admin.errorCode(`mutation($id: ID!) { deleteMeasure(id: $id, version: 7) }`, {
          id: createMeasure.id,
        }),
      ).toBe('CONFLICT');
    });
  });
});
