import { SqlStatementCounter } from '@masswerk/api/database';
import { aCluster, aMeasure, aMember, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const RELEASE = `mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { released } }`;

const CLUSTER = `query($id: ID!) {
  publicCluster(id: $id) {
    id name description
    projects { code name clusterId publishedMeasureCount averageProgress members { name } statusCounts { status count } }
  }
}`;

const MUNICIPALITY = `query($projectCode: String!, $ars: String!) {
  publicMunicipality(projectCode: $projectCode, ars: $ars) {
    name ars project { code name } measureCount leadCount statusCounts { status count }
    fieldsOfAction { name measureCount averageProgress }
  }
}`;

/**
 * The public places (issue 16, decision 0072): a cluster's page compares those of its projects that publish; a member
 * municipality's page counts the released measures it leads or takes part in. Both read released versions only.
 */
describe('the public places', () => {
  let t: TestApp;
  let north: Project;
  let south: Project;
  let quiet: Project;
  let lonely: Project;
  let admin: Member;
  const ars = (n: number) => `07${String(Date.now()).slice(-9)}${n}`;
  const nord = ars(1);
  const sued = ars(2);
  const kept = ars(3);

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    const cluster = await aCluster(t, `Cluster Daseinsvorsorge ${Date.now()}`);
    await t.db.query(`UPDATE cluster SET description = 'Gemeinsam digital versorgen' WHERE id = $1`, [cluster.id]);
    north = await aProject(t, { cluster, name: 'Nordland digital' });
    south = await aProject(t, { cluster, name: 'Südland digital' });
    quiet = await aProject(t, { cluster, name: 'Stilles Land' });
    lonely = await aProject(t, { cluster: await aCluster(t) });
    for (const [unit, key] of [
      [north.members[0], nord],
      [north.members[1], sued],
      [quiet.members[0], kept],
    ] as const)
      await t.db.query(`UPDATE territorial_unit SET ars = $1 WHERE id = $2`, [key, unit.id]);

    admin = await aMember(t, north, 'ADMIN');
    await admin.data(
      `mutation { updateProjectPublication(input: { modelProjectId: "${north.id}", publicGroups: [TEXTS, STATUS, PROGRESS] }) { publicGroups } }`,
    );
    const led = await aMeasure(t, north, {
      title: 'Rufbus für alle',
      status: 'IN_PROGRESS',
      leadUnitId: north.members[0].id,
      fieldOfActionIds: [north.fields[0].id],
    });
    const shared = await aMeasure(t, north, {
      title: 'Bürgerbüro online',
      status: 'PLANNING',
      leadUnitId: north.members[1].id,
      participatingUnitIds: [north.members[0].id],
      fieldOfActionIds: [north.fields[1].id],
    });
    // another measure of the south municipality only, released; and one nobody released
    const southOnly = await aMeasure(t, north, {
      title: 'Glasfaser Süd',
      status: 'PLANNING',
      leadUnitId: north.members[1].id,
    });
    await aMeasure(t, north, { title: 'NICHT-FREIGEGEBEN', leadUnitId: north.members[0].id, status: 'IN_PROGRESS' });
    await admin.data(RELEASE, { input: { modelProjectId: north.id, measureIds: [led.id, shared.id, southOnly.id] } });

    const southAdmin = await aMember(t, south, 'ADMIN');
    const one = await aMeasure(t, south, { title: 'Dorf-WLAN', status: 'IMPLEMENTED' });
    await southAdmin.data(RELEASE, { input: { modelProjectId: south.id, measureIds: [one.id] } });
    // the quiet project and the lonely one have measures, none released
    await aMeasure(t, quiet, { title: 'NICHT-FREIGEGEBEN', leadUnitId: quiet.members[0].id });
    await aMeasure(t, lonely, { title: 'NICHT-FREIGEGEBEN' });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('shows a cluster with its projects that publish and their key figures, to compare them', async () => {
    const { publicCluster } = await t.anonymous().data(CLUSTER, { id: north.clusterId });
    expect(publicCluster).toMatchObject({
      id: north.clusterId,
      name: expect.stringMatching(/^Cluster Daseinsvorsorge/),
      description: 'Gemeinsam digital versorgen',
    });
    expect(publicCluster.projects).toEqual([
      {
        code: north.code,
        name: 'Nordland digital',
        clusterId: north.clusterId,
        publishedMeasureCount: 3,
        averageProgress: expect.any(Number),
        members: [{ name: north.members[0].name }, { name: north.members[1].name }],
        statusCounts: [
          { status: 'IN_PROGRESS', count: 1 },
          { status: 'PLANNING', count: 2 },
        ],
      },
      {
        code: south.code,
        name: 'Südland digital',
        clusterId: north.clusterId,
        publishedMeasureCount: 1,
        // progress is not public by default
        averageProgress: null,
        members: [{ name: south.members[0].name }, { name: south.members[1].name }],
        statusCounts: [{ status: 'IMPLEMENTED', count: 1 }],
      },
    ]);
    // the project that does not publish is absent, and nothing unreleased shows
    expect(JSON.stringify(publicCluster)).not.toContain(quiet.code);
    expect(JSON.stringify(publicCluster)).not.toContain('NICHT-FREIGEGEBEN');
  });

  it('links a public project to its cluster', async () => {
    const { publicProject } = await t.anonymous().data(`{ publicProject(code: "${south.code}") { clusterId } }`);
    expect(publicProject.clusterId).toBe(north.clusterId);
  });

  it('answers NOT_FOUND for a cluster none of whose projects publishes, or none at all, BAD_USER_INPUT for a key that is none', async () => {
    const anonymous = t.anonymous();
    expect(await anonymous.errorCode(CLUSTER, { id: lonely.clusterId })).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(CLUSTER, { id: '7c0c8a4e-0000-4000-8000-0000000000aa' })).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(CLUSTER, { id: 'daseinsvorsorge' })).toBe('BAD_USER_INPUT');
  });

  it('shows a member municipality with the released measures it leads or takes part in, by status and field', async () => {
    const { publicMunicipality } = await t.anonymous().data(MUNICIPALITY, { projectCode: north.code, ars: nord });
    expect(publicMunicipality).toEqual({
      name: north.members[0].name,
      ars: nord,
      project: { code: north.code, name: 'Nordland digital' },
      measureCount: 2,
      leadCount: 1,
      statusCounts: [
        { status: 'IN_PROGRESS', count: 1 },
        { status: 'PLANNING', count: 1 },
      ],
      fieldsOfAction: [
        { name: north.fields[0].name, measureCount: 1, averageProgress: expect.any(Number) },
        { name: north.fields[1].name, measureCount: 1, averageProgress: expect.any(Number) },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    });
    const south = (await t.anonymous().data(MUNICIPALITY, { projectCode: north.code, ars: sued })).publicMunicipality;
    expect(south).toMatchObject({ measureCount: 2, leadCount: 2 });
    // the list of its measures is publicMeasures filtered by its ARS: the same count
    const { publicMeasures } = await t
      .anonymous()
      .data(`{ publicMeasures(projectCode: "${north.code}", municipality: "${nord}") { totalCount } }`);
    expect(publicMeasures.totalCount).toBe(2);
  });

  it('answers NOT_FOUND for a municipality that is no member or a project that does not publish, BAD_USER_INPUT for a key of the wrong shape', async () => {
    const anonymous = t.anonymous();
    expect(await anonymous.errorCode(MUNICIPALITY, { projectCode: north.code, ars: kept })).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(MUNICIPALITY, { projectCode: north.code, ars: '071111111111' })).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(MUNICIPALITY, { projectCode: quiet.code, ars: kept })).toBe('NOT_FOUND');
    for (const wrong of ['0711', '07111111111x', '0711111111112', "07' OR 1=1--"])
      expect({ wrong, code: await anonymous.errorCode(MUNICIPALITY, { projectCode: north.code, ars: wrong }) }).toEqual(
        { wrong, code: 'BAD_USER_INPUT' },
      );
  });

  it('costs a fixed number of SQL statements however many projects or measures', async () => {
    const statementsFor = async (query: string, variables: Record<string, unknown>) => {
      const before = SqlStatementCounter.count;
      await t.anonymous().data(query, variables);
      return SqlStatementCounter.count - before;
    };
    await statementsFor(CLUSTER, { id: north.clusterId });
    expect(await statementsFor(CLUSTER, { id: north.clusterId })).toBe(2);
    expect(await statementsFor(MUNICIPALITY, { projectCode: north.code, ars: nord })).toBe(2);
  });
});
