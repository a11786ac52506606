import { aClusterOf, aMember, aPlatformAdmin, aUnit, Project, WORLD_TIMEOUT } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const STRATEGY = `query($code: String!) { modelProject(code: $code) { id strategy { id title version
  currentVersion { id versionNumber label adoptedOn }
  versions { id versionNumber label adoptedOn acceptedByFunderOn version } } } }`;
const CREATE_STRATEGY = `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id title version } }`;
const UPDATE_STRATEGY = `mutation($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id title version } }`;
const ADD_VERSION = `mutation($input: AddStrategyVersionInput!) { addStrategyVersion(input: $input) {
  id versionNumber label vision targetPictures values adoptedOn resolutionReference acceptedByFunderOn version } }`;
const UPDATE_VERSION = `mutation($input: UpdateStrategyVersionInput!) { updateStrategyVersion(input: $input) { id label adoptedOn acceptedByFunderOn version } }`;
const DELETE_VERSION = `mutation($id: ID!, $version: Int!) { deleteStrategyVersion(id: $id, version: $version) }`;
const CREATE_FIELD = `mutation($input: CreateFieldOfActionInput!) { createFieldOfAction(input: $input) { id code name sortOrder version } }`;
const UPDATE_FIELD = `mutation($input: UpdateFieldOfActionInput!) { updateFieldOfAction(input: $input) { id code name version } }`;
const DELETE_FIELD = `mutation($id: ID!, $version: Int!) { deleteFieldOfAction(id: $id, version: $version) }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id code title version fieldOfAction { code } } }`;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id code title version fieldOfAction { id code } } }`;
const DELETE_GOAL = `mutation($id: ID!, $version: Int!) { deleteGoal(id: $id, version: $version) }`;

type Field = { id: string; code: string; version: number; goals: { id: string; code: string; version: number }[] };

describe('strategy, fields of action and goals', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let admin: GraphqlClient;
  let council: GraphqlClient;
  let editor: GraphqlClient;
  let peerAdmin: GraphqlClient;
  /** The project of the administrator, council member and editor, and its cluster peer. */
  let eif: Project;
  let eifId: string;
  let mykId: string;

  /** Rows of the strategy tables and their history: a refused change leaves them as they were. */
  const footprint = async () =>
    (
      await t.db.query(
        `SELECT (SELECT coalesce(jsonb_agg(to_jsonb(s) - 'updated_at' ORDER BY s.id), '[]') FROM strategy s) AS strategies,
                (SELECT coalesce(jsonb_agg(to_jsonb(v) - 'updated_at' ORDER BY v.id), '[]') FROM strategy_version v) AS versions,
                (SELECT coalesce(jsonb_agg(to_jsonb(f) - 'updated_at' ORDER BY f.id), '[]') FROM field_of_action f) AS fields,
                (SELECT coalesce(jsonb_agg(to_jsonb(g) - 'updated_at' ORDER BY g.id), '[]') FROM goal g) AS goals,
                (SELECT count(*)::int FROM audit_entry) AS history`,
      )
    ).rows[0];
  /** The strategy of the administrator's project as it is now. */
  const strategyOf = async () => (await admin.data(STRATEGY, { code: eif.code })).modelProject.strategy;
  const fieldsOf = async (projectId: string): Promise<Field[]> =>
    (
      await admin.data(
        `query($id: ID!) { fieldsOfAction(modelProjectId: $id) { id code version goals { id code version } } }`,
        { id: projectId },
      )
    ).fieldsOfAction;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const {
      projects: [own, peer],
    } = await aClusterOf(t, [{}, {}]);
    eif = own;
    eifId = own.id;
    mykId = peer.id;
    platform = await aPlatformAdmin(t);
    admin = await aMember(t, own, 'ADMIN');
    council = await aMember(t, own, 'COUNCIL');
    editor = await aMember(t, own, 'EDITOR', { unit: own.members[0] });
    peerAdmin = await aMember(t, peer, 'ADMIN');
    // a draft and the adopted version, as a project has them once its council has decided
    for (const input of [
      { label: 'Entwurf zur Beteiligung' },
      { label: 'Beschlossene Fassung', adoptedOn: '2022-05-10', acceptedByFunderOn: '2022-06-01' },
    ])
      await admin.data(ADD_VERSION, { input: { strategyId: own.strategy?.id, ...input } });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  describe('strategy', () => {
    it('is created once per project; a second one is refused with CONFLICT', async () => {
      const lead = (await aUnit(t, { kind: 'LANDKREIS', name: 'Landkreis Neuwied' })).id;
      const { createModelProject } = await platform.data(
        `mutation($input: CreateModelProjectInput!) { createModelProject(input: $input) { id } }`,
        { input: { code: 'NEU', name: 'Smartes Neuwied', cohortYear: 2021, leadUnitId: lead } },
      );
      const projectId = createModelProject.id;
      // Fields of action belong to a strategy: without one they are refused.
      const early = await platform.error(CREATE_FIELD, {
        input: { modelProjectId: projectId, code: 'HF1', name: 'Mobilität' },
      });
      expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelProjectId' });
      const { createStrategy } = await platform.data(CREATE_STRATEGY, {
        input: { modelProjectId: projectId, title: ' Digitalstrategie Neuwied ' },
      });
      expect(createStrategy).toMatchObject({ title: 'Digitalstrategie Neuwied', version: 1 });
      const before = await footprint();
      const error = await platform.error(CREATE_STRATEGY, { input: { modelProjectId: projectId, title: 'Zweite' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(await footprint()).toEqual(before);
      await platform.data(CREATE_FIELD, { input: { modelProjectId: projectId, code: 'HF1', name: 'Mobilität' } });
    });

    it('is renamed by the project administrator, with the version it was based on', async () => {
      const strategy = await strategyOf();
      const { updateStrategy } = await admin.data(UPDATE_STRATEGY, {
        input: { id: strategy.id, version: strategy.version, title: 'Smart-City-Strategie 2.0' },
      });
      expect(updateStrategy).toMatchObject({ title: 'Smart-City-Strategie 2.0', version: strategy.version + 1 });
      const stale = await admin.error(UPDATE_STRATEGY, {
        input: { id: strategy.id, version: strategy.version, title: 'Überholt' },
      });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: strategy.version + 1 });
    });

    it.each([
      ['the council', () => council],
      ['an editor', () => editor],
      ['the administrator of a peer project', () => peerAdmin],
    ])('cannot be changed by %s', async (_case, who) => {
      const strategy = await strategyOf();
      const before = await footprint();
      expect(
        await who().errorCode(UPDATE_STRATEGY, {
          input: { id: strategy.id, version: strategy.version, title: 'Nein' },
        }),
      ).toBe('FORBIDDEN');
      expect(await who().errorCode(ADD_VERSION, { input: { strategyId: strategy.id, label: 'Fremdfassung' } })).toBe(
        'FORBIDDEN',
      );
      expect(await footprint()).toEqual(before);
    });

    it('refuses a blank title naming the field', async () => {
      const strategy = await strategyOf();
      const error = await admin.error(UPDATE_STRATEGY, {
        input: { id: strategy.id, version: strategy.version, title: '  ' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    });

    it('is read by cluster peers', async () => {
      const { modelProject } = await peerAdmin.data(
        `query($code: String!) { modelProject(code: $code) { strategy { title } fieldsOfAction { code } } }`,
        { code: eif.code },
      );
      expect(modelProject.strategy.title).toBeTruthy();
      expect(modelProject.fieldsOfAction.length).toBeGreaterThan(0);
    });
  });

  describe('versions', () => {
    it('are numbered automatically; the current one is the newest adopted', async () => {
      const strategy = await strategyOf();
      const numbers = strategy.versions.map((v: { versionNumber: number }) => v.versionNumber);
      const { addStrategyVersion: draft } = await admin.data(ADD_VERSION, {
        input: {
          strategyId: strategy.id,
          label: 'Entwurf Fortschreibung 2027',
          vision: 'Vernetzt',
          targetPictures: ['A', 'B'],
        },
      });
      expect(draft).toMatchObject({
        versionNumber: Math.max(...numbers) + 1,
        label: 'Entwurf Fortschreibung 2027',
        targetPictures: ['A', 'B'],
        values: [],
        adoptedOn: null,
        version: 1,
      });
      const after = await strategyOf();
      expect(after.versions[0].id).toBe(draft.id);
      expect(after.currentVersion.id).not.toBe(draft.id);
      expect(after.currentVersion.adoptedOn).not.toBeNull();

      const { updateStrategyVersion } = await admin.data(UPDATE_VERSION, {
        input: { id: draft.id, version: 1, label: 'Fortschreibung 2027', adoptedOn: '2026-11-12' },
      });
      expect(updateStrategyVersion).toMatchObject({
        label: 'Fortschreibung 2027',
        adoptedOn: '2026-11-12',
        version: 2,
      });
      expect((await strategyOf()).currentVersion.id).toBe(draft.id);
    });

    it('refuses acceptance by the funder before the council adopted it', async () => {
      const strategy = await strategyOf();
      const before = await footprint();
      const error = await admin.error(ADD_VERSION, {
        input: { strategyId: strategy.id, adoptedOn: '2026-06-01', acceptedByFunderOn: '2026-05-31' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptedByFunderOn' });
      expect(await footprint()).toEqual(before);
    });

    it('refuses an acceptance date before the stored adoption date when only the acceptance changes', async () => {
      const strategy = await strategyOf();
      const { addStrategyVersion } = await admin.data(ADD_VERSION, {
        input: { strategyId: strategy.id, label: 'Beschlossen', adoptedOn: '2026-09-10' },
      });
      const before = await footprint();
      const error = await admin.error(UPDATE_VERSION, {
        input: { id: addStrategyVersion.id, version: 1, acceptedByFunderOn: '2026-09-01' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptedByFunderOn' });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a label of 201 characters', { label: 'x'.repeat(201) }, 'label'],
      ['51 target pictures', { targetPictures: Array(51).fill('Bild') }, 'targetPictures'],
      ['an adoption date that is no calendar day', { adoptedOn: '2026-13-01' }, 'adoptedOn'],
    ])('refuse %s', async (_case, fields, field) => {
      const strategy = await strategyOf();
      const before = await footprint();
      const error = await admin.error(ADD_VERSION, { input: { strategyId: strategy.id, ...fields } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions?.['field'] ?? error.message)).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it('are deleted with the version they were based on', async () => {
      const strategy = await strategyOf();
      const { addStrategyVersion } = await admin.data(ADD_VERSION, {
        input: { strategyId: strategy.id, label: 'Verworfen' },
      });
      expect(await admin.errorCode(DELETE_VERSION, { id: addStrategyVersion.id, version: 2 })).toBe('CONFLICT');
      expect(await council.errorCode(DELETE_VERSION, { id: addStrategyVersion.id, version: 1 })).toBe('FORBIDDEN');
      expect((await admin.data(DELETE_VERSION, { id: addStrategyVersion.id, version: 1 })).deleteStrategyVersion).toBe(
        addStrategyVersion.id,
      );
      expect((await strategyOf()).versions.map((v: { id: string }) => v.id)).not.toContain(addStrategyVersion.id);
    });
  });

  describe('fields of action', () => {
    it('are created, renamed and recoded with codes unique within the project', async () => {
      const { createFieldOfAction } = await admin.data(CREATE_FIELD, {
        input: { modelProjectId: eifId, code: 'HF7', name: 'Gesundheit', sortOrder: 7 },
      });
      expect(createFieldOfAction).toMatchObject({ code: 'HF7', name: 'Gesundheit', sortOrder: 7, version: 1 });
      const { updateFieldOfAction } = await admin.data(UPDATE_FIELD, {
        input: { id: createFieldOfAction.id, version: 1, code: 'HF8', name: 'Gesundheit & Pflege' },
      });
      expect(updateFieldOfAction).toMatchObject({ code: 'HF8', name: 'Gesundheit & Pflege', version: 2 });
    });

    it('refuse a code used by another field of the project, on create and on update', async () => {
      const [first, second] = await fieldsOf(eifId);
      const before = await footprint();
      const created = await admin.error(CREATE_FIELD, {
        input: { modelProjectId: eifId, code: first.code, name: 'Doppelt' },
      });
      expect(created.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      const updated = await admin.error(UPDATE_FIELD, {
        input: { id: second.id, version: second.version, code: first.code },
      });
      expect(updated.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      expect(await footprint()).toEqual(before);
    });

    it('allow a code another project uses', async () => {
      const [mykField] = await fieldsOf(mykId);
      const { createFieldOfAction } = await admin.data(CREATE_FIELD, {
        input: { modelProjectId: eifId, code: `${mykField.code}-E`, name: 'Eigenes Feld' },
      });
      expect(createFieldOfAction.code).toBe(`${mykField.code}-E`);
      const reused = await admin.data(UPDATE_FIELD, {
        input: { id: createFieldOfAction.id, version: 1, code: 'HFX' },
      });
      expect(reused.updateFieldOfAction.code).toBe('HFX');
      const { createFieldOfAction: inMyk } = await peerAdmin.data(CREATE_FIELD, {
        input: { modelProjectId: mykId, code: 'HFX', name: 'Gleicher Code, anderes Projekt' },
      });
      expect(inMyk.code).toBe('HFX');
    });

    it.each([
      ['a code with a space', { code: 'HF 1' }, 'code'],
      ['a code of 21 characters', { code: 'H'.repeat(21) }, 'code'],
      ['a blank name', { code: 'HF20', name: ' ' }, 'name'],
      ['a project id that is no UUID', { code: 'HF21', modelProjectId: 'NEU' }, 'modelProjectId'],
    ])('refuse %s', async (_case, overrides, field) => {
      const before = await footprint();
      const error = await admin.error(CREATE_FIELD, { input: { modelProjectId: eifId, name: 'Feld', ...overrides } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it('cannot be created in another project', async () => {
      const before = await footprint();
      expect(
        await admin.errorCode(CREATE_FIELD, { input: { modelProjectId: mykId, code: 'HF99', name: 'Fremd' } }),
      ).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });

    it('take their goals along when deleted, and measures lose the link', async () => {
      const { createFieldOfAction: field } = await admin.data(CREATE_FIELD, {
        input: { modelProjectId: eifId, code: 'HF30', name: 'Befristet' },
      });
      const { createGoal } = await admin.data(CREATE_GOAL, {
        input: { fieldOfActionId: field.id, code: 'Z30.1', title: 'Befristetes Ziel' },
      });
      const { createMeasure } = await admin.data(
        `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
        {
          input: {
            modelProjectId: eifId,
            title: 'Verknüpfte Maßnahme',
            phase: 'B',
            fieldOfActionIds: [field.id],
            goalIds: [createGoal.id],
          },
        },
      );
      expect(await admin.errorCode(DELETE_FIELD, { id: field.id, version: 2 })).toBe('CONFLICT');
      await admin.data(DELETE_FIELD, { id: field.id, version: 1 });
      const { measure } = await admin.data(
        `query($id: ID!) { measure(id: $id) { fieldsOfAction { id } goals { id } } }`,
        { id: createMeasure.id },
      );
      expect(measure).toEqual({ fieldsOfAction: [], goals: [] });
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM goal WHERE id = $1`, [createGoal.id]);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('goals', () => {
    it('are created under a field, with codes unique within the project across its fields', async () => {
      const [first, second] = await fieldsOf(eifId);
      const { createGoal } = await admin.data(CREATE_GOAL, {
        input: { fieldOfActionId: first.id, code: 'Z9.1', title: 'Mehr Online-Dienste' },
      });
      expect(createGoal).toMatchObject({ code: 'Z9.1', version: 1, fieldOfAction: { code: first.code } });
      const before = await footprint();
      const duplicate = await admin.error(CREATE_GOAL, {
        input: { fieldOfActionId: second.id, code: 'Z9.1', title: 'Gleicher Code, anderes Feld' },
      });
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      const recoded = await admin.error(UPDATE_GOAL, {
        input: { id: second.goals[0].id, version: second.goals[0].version, code: 'Z9.1' },
      });
      expect(recoded.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      expect(await footprint()).toEqual(before);
    });

    it('allow a code another project uses', async () => {
      const [mykField] = await fieldsOf(mykId);
      const [eifField] = await fieldsOf(eifId);
      const { createGoal } = await admin.data(CREATE_GOAL, {
        input: { fieldOfActionId: eifField.id, code: 'Z42', title: 'Eigenes Ziel' },
      });
      const { createGoal: inMyk } = await peerAdmin.data(CREATE_GOAL, {
        input: { fieldOfActionId: mykField.id, code: 'Z42', title: 'Gleicher Code in MYK' },
      });
      expect([createGoal.code, inMyk.code]).toEqual(['Z42', 'Z42']);
    });

    it('move to another field of the same project', async () => {
      const [first, second] = await fieldsOf(eifId);
      const goal = first.goals[0];
      const { updateGoal } = await admin.data(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, fieldOfActionId: second.id, title: 'Verschoben' },
      });
      expect(updateGoal).toMatchObject({
        title: 'Verschoben',
        version: goal.version + 1,
        fieldOfAction: { id: second.id },
      });
    });

    it.each([
      ['a field of another project', async () => (await fieldsOf(mykId))[0].id],
      ['a field that does not exist', async () => '00000000-0000-4000-8000-000000000000'],
    ])('refuse a move to %s, changing nothing', async (_case, target) => {
      const [, second] = await fieldsOf(eifId);
      const goal = second.goals[second.goals.length - 1];
      const before = await footprint();
      const error = await admin.error(UPDATE_GOAL, {
        input: { id: goal.id, version: goal.version, fieldOfActionId: await target(), title: 'Ausgewandert' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldOfActionId' });
      expect(await footprint()).toEqual(before);
    });

    it('refuse a field that does not exist on create', async () => {
      const error = await admin.error(CREATE_GOAL, {
        input: { fieldOfActionId: '00000000-0000-4000-8000-000000000000', code: 'Z0', title: 'Ohne Feld' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldOfActionId' });
    });

    it('cannot be created, changed or deleted by members who do not plan', async () => {
      const [field] = await fieldsOf(eifId);
      const goal = field.goals[0];
      const before = await footprint();
      for (const who of [council, editor, peerAdmin]) {
        expect(
          await who.errorCode(CREATE_GOAL, { input: { fieldOfActionId: field.id, code: 'Z77', title: 'Nein' } }),
        ).toBe('FORBIDDEN');
        expect(await who.errorCode(UPDATE_GOAL, { input: { id: goal.id, version: goal.version, title: 'Nein' } })).toBe(
          'FORBIDDEN',
        );
        expect(await who.errorCode(DELETE_GOAL, { id: goal.id, version: goal.version })).toBe('FORBIDDEN');
      }
      expect(await footprint()).toEqual(before);
    });

    it('are deleted with the version they were based on', async () => {
      const [field] = await fieldsOf(eifId);
      const { createGoal } = await admin.data(CREATE_GOAL, {
        input: { fieldOfActionId: field.id, code: 'Z-weg', title: 'Kurzlebig' },
      });
      expect(await admin.errorCode(DELETE_GOAL, { id: createGoal.id, version: 5 })).toBe('CONFLICT');
      expect((await admin.data(DELETE_GOAL, { id: createGoal.id, version: 1 })).deleteGoal).toBe(createGoal.id);
      expect(await admin.errorCode(DELETE_GOAL, { id: createGoal.id, version: 1 })).toBe('NOT_FOUND');
    });
  });
});
