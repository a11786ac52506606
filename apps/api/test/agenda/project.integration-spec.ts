import {
  aCluster,
  aMeasure,
  aMember,
  aMembership,
  aPlatformAdmin,
  aProject,
  aStatusReport,
  aUnit,
  Cluster,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const PROJECT_FIELDS = `id code name cohortYear version budgetaryEmergency websiteUrl
  office { name email phone address } phaseA { plannedStart plannedEnd actualStart actualEnd }
  phaseB { plannedStart plannedEnd actualStart actualEnd } leadUnit { name } members { name } cluster { name }`;
const CREATE_PROJECT = `mutation($input: CreateModelProjectInput!) { createModelProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE_PROJECT = `mutation($input: UpdateModelProjectInput!) { updateModelProject(input: $input) { ${PROJECT_FIELDS} } }`;
const DELETE_PROJECT = `mutation($id: ID!, $version: Int!) { deleteModelProject(id: $id, version: $version) }`;
const CREATE_CLUSTER = `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id name description version } }`;
const UPDATE_CLUSTER = `mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { id name description version } }`;
const DELETE_CLUSTER = `mutation($id: ID!, $version: Int!) { deleteCluster(id: $id, version: $version) }`;
const LIST = `query($first: Int, $after: String, $filter: ModelProjectFilter) {
  modelProjects(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id code name }
  }
}`;

/** One page of a connection, as the tests read it. */
type Page<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: N[];
};

describe('model projects and clusters', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let admin: GraphqlClient;
  let council: GraphqlClient;
  let otherAdmin: GraphqlClient;
  let funder: Member;
  const unitId: Record<string, string> = {};
  let eif: { id: string; version: number };
  let clusterId: string;
  /** A cluster of four projects: the administrator's (with six member municipalities), and three peers. */
  let cluster: Cluster;
  let own: Project;
  let peers: Project[];

  const footprint = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM model_project) AS projects,
                (SELECT count(*)::int FROM cluster) AS clusters,
                (SELECT count(*)::int FROM model_project_member) AS members,
                (SELECT count(*)::int FROM audit_entry) AS history`,
      )
    ).rows[0];
  const eifRow = async () =>
    (
      await t.db.query(`SELECT row_to_json(p)::jsonb - 'updated_at' AS row FROM model_project p WHERE id = $1`, [
        own.id,
      ])
    ).rows[0].row;
  const currentEif = async () =>
    (await admin.data(`query($id: ID!) { modelProject(id: $id) { id version } }`, { id: own.id })).modelProject as {
      id: string;
      version: number;
    };

  /** A new model project (Kusel's lead unit is free to reuse: units may lead several projects). */
  const aProjectInput = (overrides: Record<string, unknown> = {}) => ({
    code: 'BKW',
    name: 'Smarte Region Bernkastel',
    cohortYear: 2021,
    leadUnitId: unitId['Landkreis Kusel'],
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    await aUnit(t, { kind: 'LAND', name: 'Rheinland-Pfalz' });
    cluster = await aCluster(t, 'Testcluster Mosel');
    own = await aProject(t, {
      cluster,
      name: 'Smarte Region Testkreis',
      office: { name: 'Projektbüro Smarte Region Testkreis' },
      municipalities: [
        'Gemeinde Arzfeld',
        'Gemeinde Bitburger Land',
        'Gemeinde Prüm',
        'Gemeinde Speicher',
        'Gemeinde Südeifel',
        'Stadt Bitburg',
      ],
      phaseA: { plannedStart: '2021-01-01', plannedEnd: '2022-12-31', actualStart: '2021-02-01' },
      phaseB: { plannedStart: '2023-04-01', plannedEnd: '2027-12-31' },
    });
    peers = [
      await aProject(t, { cluster }),
      await aProject(t, {
        cluster,
        lead: 'Landkreis Kusel',
        municipalities: ['Gemeinde Altenglan', 'Gemeinde Lauterecken'],
      }),
      await aProject(t, { cluster, name: 'Smarte Stadt Linz' }),
    ];
    // a status report keeps the project from being deleted
    await aStatusReport(t, await aMeasure(t, own, { status: 'IN_PROGRESS' }));
    platform = await aPlatformAdmin(t);
    admin = await aMember(t, own, 'ADMIN');
    council = await aMember(t, own, 'COUNCIL');
    otherAdmin = await aMember(t, peers[0], 'ADMIN');
    funder = await aMember(t, own, 'FUNDER');
    await aMembership(t, funder.user, peers[0], 'FUNDER');
    const { rows } = await t.db.query(`SELECT id, name FROM territorial_unit`);
    for (const r of rows) unitId[r.name] = r.id;
    eif = await currentEif();
    clusterId = cluster.id;
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  describe('clusters', () => {
    it('are created, renamed and deleted by platform administrators, with history', async () => {
      const { createCluster } = await platform.data(CREATE_CLUSTER, {
        input: { name: 'Mosel-Cluster', description: 'Vernetzung an der Mosel' },
      });
      expect(createCluster).toMatchObject({
        name: 'Mosel-Cluster',
        description: 'Vernetzung an der Mosel',
        version: 1,
      });
      const { updateCluster } = await platform.data(UPDATE_CLUSTER, {
        input: { id: createCluster.id, version: 1, name: 'Mosel-Saar-Cluster' },
      });
      expect(updateCluster).toMatchObject({ name: 'Mosel-Saar-Cluster', version: 2 });
      expect(
        await platform.errorCode(UPDATE_CLUSTER, { input: { id: createCluster.id, version: 1, name: 'Alt' } }),
      ).toBe('CONFLICT');
      expect((await platform.data(DELETE_CLUSTER, { id: createCluster.id, version: 2 })).deleteCluster).toBe(
        createCluster.id,
      );
      const { rows } = await t.db.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [
        createCluster.id,
      ]);
      expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    });

    it('refuse a name already taken, in any spelling', async () => {
      const before = await footprint();
      const error = await platform.error(CREATE_CLUSTER, { input: { name: 'testCLUSTER mosel' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a blank name', { name: '  ' }, 'name'],
      ['a name of 201 characters', { name: 'x'.repeat(201) }, 'name'],
      ['a description of 5001 characters', { name: 'Langer Cluster', description: 'x'.repeat(5001) }, 'description'],
    ])('refuse %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
      const before = await footprint();
      const error = await platform.error(CREATE_CLUSTER, { input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it('cannot be created, changed or deleted by a project administrator', async () => {
      const before = await footprint();
      expect(await admin.errorCode(CREATE_CLUSTER, { input: { name: 'Eigener Cluster' } })).toBe('FORBIDDEN');
      expect(await admin.errorCode(UPDATE_CLUSTER, { input: { id: clusterId, version: 1, name: 'Umbenannt' } })).toBe(
        'FORBIDDEN',
      );
      expect(await admin.errorCode(DELETE_CLUSTER, { id: clusterId, version: 1 })).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });

    it('are read by members of their projects, and unknown to others', async () => {
      const { cluster } = await council.data(`query($id: ID!) { cluster(id: $id) { name modelProjects { code } } }`, {
        id: clusterId,
      });
      expect(cluster.name).toBe('Testcluster Mosel');
      expect(cluster.modelProjects.map((p: { code: string }) => p.code).sort()).toEqual(
        [own, ...peers].map((p) => p.code).sort(),
      );
      const { createCluster } = await platform.data(CREATE_CLUSTER, { input: { name: 'Fremder Cluster' } });
      expect(await council.errorCode(`query($id: ID!) { cluster(id: $id) { name } }`, { id: createCluster.id })).toBe(
        'FORBIDDEN',
      );
      expect(
        await council.errorCode(`query($id: ID!) { cluster(id: $id) { name } }`, {
          id: '00000000-0000-4000-8000-000000000000',
        }),
      ).toBe('NOT_FOUND');
    });
  });

  describe('create', () => {
    it('stores a project with its lead, members, cluster, office and phases', async () => {
      // a cluster of its own, so that the other scenarios' cluster keeps its four projects
      const hunsrueck = await aCluster(t, 'Testcluster Hunsrück');
      const { createModelProject } = await platform.data(CREATE_PROJECT, {
        input: aProjectInput({
          code: 'BKW',
          memberIds: [unitId['Gemeinde Altenglan'], unitId['Gemeinde Lauterecken']],
          clusterId: hunsrueck.id,
          office: { name: 'Projektbüro Bernkastel', email: 'buero@example.com', phone: '+49 6531 0', address: 'Kues' },
          phaseA: { plannedStart: '2022-01-01', plannedEnd: '2022-12-31' },
          phaseB: { plannedStart: '2023-01-01', plannedEnd: '2026-12-31' },
          budgetaryEmergency: true,
          websiteUrl: 'https://bernkastel.example.com',
        }),
      });
      expect(createModelProject).toMatchObject({
        code: 'BKW',
        version: 1,
        budgetaryEmergency: true,
        leadUnit: { name: 'Landkreis Kusel' },
        members: [{ name: 'Gemeinde Altenglan' }, { name: 'Gemeinde Lauterecken' }],
        cluster: { name: 'Testcluster Hunsrück' },
        office: { name: 'Projektbüro Bernkastel', email: 'buero@example.com' },
        phaseA: { plannedStart: '2022-01-01', plannedEnd: '2022-12-31', actualStart: null },
        phaseB: { plannedEnd: '2026-12-31' },
      });
      const { rows } = await t.db.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [createModelProject.id]);
      expect(rows).toEqual([{ action: 'CREATE' }]);
    });

    it('refuses a code already taken with CONFLICT naming the field', async () => {
      const before = await footprint();
      const error = await platform.error(CREATE_PROJECT, { input: aProjectInput({ code: own.code }) });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a lowercase code', { code: 'bkw2' }, 'code'],
      ['a code of one letter', { code: 'B' }, 'code'],
      ['a blank name', { name: ' ' }, 'name'],
      ['a cohort before the programme', { cohortYear: 2018 }, 'cohortYear'],
      ['a lead unit that does not exist', { leadUnitId: '00000000-0000-4000-8000-000000000000' }, 'input.leadUnitId'],
      ['a Land as lead', { leadUnitId: 'Rheinland-Pfalz' }, 'input.leadUnitId'],
      ['a member that does not exist', { memberIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.memberIds'],
      ['a cluster that does not exist', { clusterId: '00000000-0000-4000-8000-000000000000' }, 'input.clusterId'],
      ['a website that is no URL', { websiteUrl: 'bernkastel' }, 'websiteUrl'],
      ['an office e-mail that is no address', { office: { email: 'buero' } }, 'office.email'],
      [
        'phase A ending before it starts',
        { phaseA: { plannedStart: '2022-06-01', plannedEnd: '2022-05-31' } },
        'input.phaseA.plannedEnd',
      ],
      [
        'phase B actually ending before it started',
        { phaseB: { actualStart: '2023-06-01', actualEnd: '2023-01-31' } },
        'input.phaseB.actualEnd',
      ],
      ['a phase date that is no calendar day', { phaseB: { plannedStart: '2023-02-30' } }, 'plannedStart'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, overrides, field) => {
      const input = aProjectInput({ code: 'BKX', ...overrides });
      if (input.leadUnitId === 'Rheinland-Pfalz') input.leadUnitId = unitId['Rheinland-Pfalz'];
      const before = await footprint();
      const error = await platform.error(CREATE_PROJECT, { input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions?.['field'] ?? error.message)).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it('is for platform administrators only', async () => {
      const before = await footprint();
      expect(await admin.errorCode(CREATE_PROJECT, { input: aProjectInput({ code: 'EIG' }) })).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('update', () => {
    it('lets the project administrator change name, office, phases and member municipalities', async () => {
      const current = await currentEif();
      const members = [unitId['Gemeinde Prüm'], unitId['Stadt Bitburg'], unitId['Gemeinde Arzfeld']];
      const { updateModelProject } = await admin.data(UPDATE_PROJECT, {
        input: {
          id: current.id,
          version: current.version,
          name: 'SMARTE REGION TESTKREIS',
          office: { phone: '+49 6561 15-0', address: 'Trierer Straße 1, 54634 Bitburg' },
          phaseB: { actualStart: '2023-04-15' },
          memberIds: members,
        },
      });
      expect(updateModelProject).toMatchObject({
        version: current.version + 1,
        office: { name: 'Projektbüro Smarte Region Testkreis', phone: '+49 6561 15-0' },
        phaseB: { plannedStart: '2023-04-01', actualStart: '2023-04-15' },
      });
      expect(updateModelProject.members.map((m: { name: string }) => m.name).sort()).toEqual([
        'Gemeinde Arzfeld',
        'Gemeinde Prüm',
        'Stadt Bitburg',
      ]);
      const { rows } = await t.db.query(
        `SELECT jsonb_array_length(before->'memberIds') AS before, jsonb_array_length(after->'memberIds') AS after
           FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY id DESC LIMIT 1`,
        [current.id],
      );
      expect(rows[0]).toEqual({ before: 6, after: 3 });
    });

    it.each([
      ['the cohort', { cohortYear: 2021 }],
      ['the lead unit', { leadUnitId: 'Landkreis Kusel' }],
      ['the cluster', { clusterId: null }],
      ['the budgetary emergency', { budgetaryEmergency: true }],
    ])('refuses the project administrator a change of %s, writing nothing', async (_case, change) => {
      const current = await currentEif();
      const input: Record<string, unknown> = { id: current.id, version: current.version, name: 'Schmuggel', ...change };
      if (typeof input['leadUnitId'] === 'string') input['leadUnitId'] = unitId[input['leadUnitId'] as string];
      const before = await eifRow();
      const error = await admin.error(UPDATE_PROJECT, { input });
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toContain(Object.keys(change)[0]);
      expect(await eifRow()).toEqual(before);
    });

    it('lets the platform administrator change what is theirs to change', async () => {
      const current = await currentEif();
      const { updateModelProject } = await platform.data(UPDATE_PROJECT, {
        input: { id: current.id, version: current.version, budgetaryEmergency: true, cohortYear: 2020 },
      });
      expect(updateModelProject).toMatchObject({ budgetaryEmergency: true, version: current.version + 1 });
    });

    it.each([
      [
        'phase B planned to end before its planned start',
        { phaseB: { plannedEnd: '2023-03-31' } },
        'input.phaseB.plannedEnd',
      ],
      [
        'phase A actually ending before it started',
        { phaseA: { actualStart: '2021-02-01', actualEnd: '2021-01-31' } },
        'input.phaseA.actualEnd',
      ],
      ['an unknown member municipality', { memberIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.memberIds'],
      ['a blank name', { name: '' }, 'name'],
    ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_case, change, field) => {
      const current = await currentEif();
      const before = await eifRow();
      const error = await admin.error(UPDATE_PROJECT, {
        input: { id: current.id, version: current.version, ...change },
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(field);
      expect(await eifRow()).toEqual(before);
    });

    it('refuses the platform administrator a cluster that does not exist, naming the field', async () => {
      const current = await currentEif();
      const before = await eifRow();
      const error = await platform.error(UPDATE_PROJECT, {
        input: { id: current.id, version: current.version, clusterId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clusterId' });
      expect(await eifRow()).toEqual(before);
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const current = await currentEif();
      const error = await admin.error(UPDATE_PROJECT, {
        input: { id: current.id, version: current.version - 1, name: 'Veraltet' },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: current.version });
    });

    it.each([
      ['the council', () => council],
      ['the funder', () => funder],
      ['the administrator of another project', () => otherAdmin],
    ])('refuses %s', async (_case, who) => {
      const current = await currentEif();
      const before = await eifRow();
      expect(
        await who().errorCode(UPDATE_PROJECT, { input: { id: current.id, version: current.version, name: 'Fremd' } }),
      ).toBe('FORBIDDEN');
      expect(await eifRow()).toEqual(before);
    });
  });

  describe('delete', () => {
    it('deletes a project with its measures, for platform administrators only', async () => {
      const { createModelProject } = await platform.data(CREATE_PROJECT, { input: aProjectInput({ code: 'WEG' }) });
      const {
        createMeasure: { id: measureId },
      } = await platform.data(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`, {
        input: { modelProjectId: createModelProject.id, title: 'Wird mitgelöscht', phase: 'A' },
      });
      expect(await admin.errorCode(DELETE_PROJECT, { id: createModelProject.id, version: 1 })).toBe('FORBIDDEN');
      expect(await platform.errorCode(DELETE_PROJECT, { id: createModelProject.id, version: 2 })).toBe('CONFLICT');
      const { deleteModelProject } = await platform.data(DELETE_PROJECT, { id: createModelProject.id, version: 1 });
      expect(deleteModelProject).toBe(createModelProject.id);
      const { rows } = await t.db.query(
        `SELECT (SELECT count(*)::int FROM model_project WHERE id = $1) AS projects,
                (SELECT count(*)::int FROM measure WHERE model_project_id = $1) AS measures,
                (SELECT count(*)::int FROM audit_entry WHERE entity_id = $1 AND action = 'DELETE') AS recorded,
                (SELECT count(*)::int FROM audit_entry WHERE entity_id = $2 AND measure_id = $2 AND action = 'DELETE'
                   AND before->>'title' = 'Wird mitgelöscht') AS "measureRecorded"`,
        [createModelProject.id, measureId],
      );
      expect(rows[0]).toEqual({ projects: 0, measures: 0, recorded: 1, measureRecorded: 1 });
    });

    it('refuses to delete a project that holds reports or money, naming them, and keeps everything', async () => {
      const { createModelProject } = await platform.data(CREATE_PROJECT, { input: aProjectInput({ code: 'GELD' }) });
      await platform.data(`mutation($input: CreateGrantInput!) { createGrant(input: $input) { id } }`, {
        input: { modelProjectId: createModelProject.id, phase: 'B', eligibleCosts: '1000.00' },
      });
      const refused = await platform.error(DELETE_PROJECT, { id: createModelProject.id, version: 1 });
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', grants: 1, statusReports: 0 });
      expect(refused.message).toContain('1 Zusage');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM model_project WHERE id = $1`, [
        createModelProject.id,
      ]);
      expect(rows[0].n).toBe(1);

      const eif = await currentEif();
      const demo = await platform.error(DELETE_PROJECT, { id: eif.id, version: eif.version });
      expect(demo.extensions).toMatchObject({ code: 'CONFLICT' });
      expect((demo.extensions as Record<string, number>)['statusReports']).toBeGreaterThan(0);
      expect(await eifRow()).toBeTruthy();
    });

    it('answers NOT_FOUND for an unknown project', async () => {
      expect(await platform.errorCode(DELETE_PROJECT, { id: '00000000-0000-4000-8000-000000000000', version: 1 })).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('read and pages', () => {
    it('finds a project by id or code, and refuses a request with neither', async () => {
      const byCode = await council.data(
        `query($code: String!) { modelProject(code: $code) { id code viewerRole viewerPermissions } }`,
        { code: own.code.toLowerCase() },
      );
      expect(byCode.modelProject).toMatchObject({
        code: own.code,
        viewerRole: 'COUNCIL',
        viewerPermissions: ['READ_PROJECT', 'EXPORT_REPORTS'],
      });
      const byId = await council.data(`query($id: ID!) { modelProject(id: $id) { code } }`, { id: eif.id });
      expect(byId.modelProject.code).toBe(own.code);
      expect(await council.errorCode(`{ modelProject(code: "NIX") { id } }`)).toBe('NOT_FOUND');
      expect(await council.errorCode(`{ modelProject { id } }`)).toBe('BAD_USER_INPUT');
    });

    it('pages through every project exactly once, by name', async () => {
      const { rows } = await t.db.query(`SELECT id FROM model_project ORDER BY lower(name), id`);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { modelProjects }: { modelProjects: Page<{ id: string }> } = await platform.data(LIST, {
          first: 2,
          after,
        });
        expect(modelProjects.totalCount).toBe(rows.length);
        seen.push(...modelProjects.nodes.map((p: { id: string }) => p.id));
        if (!modelProjects.pageInfo.hasNextPage) {
          const beyond = await platform.data(LIST, { first: 2, after: modelProjects.pageInfo.endCursor });
          expect(beyond.modelProjects.nodes).toEqual([]);
          expect(beyond.modelProjects.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
          break;
        }
        after = modelProjects.pageInfo.endCursor;
      }
      expect(seen).toEqual(rows.map((r) => r.id));
    });

    it('lists a member’s own projects and cluster peers, or only their own', async () => {
      const all = await funder.data(LIST, { first: 100 });
      const mine = await funder.data(LIST, { first: 100, filter: { mineOnly: true } });
      expect(mine.modelProjects.nodes.map((p: { code: string }) => p.code).sort()).toEqual(
        [own.code, peers[0].code].sort(),
      );
      expect(mine.modelProjects.totalCount).toBe(2);
      expect(all.modelProjects.nodes.map((p: { code: string }) => p.code)).toEqual(
        expect.arrayContaining([own, ...peers].map((p) => p.code)),
      );
      const search = await funder.data(LIST, { first: 100, filter: { search: 'linz' } });
      expect(search.modelProjects.nodes.map((p: { code: string }) => p.code)).toEqual([peers[2].code]);
    });

    it.each([
      ['a page of 101', { first: 101 }, 'first'],
      ['a forged cursor', { after: 'Zm9v' }, 'after'],
      ['a search of 101 characters', { filter: { search: 'x'.repeat(101) } }, 'search'],
    ])('refuses %s', async (_case, variables, field) => {
      const error = await funder.error(LIST, variables);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(field);
    });
  });
});
