import { aMeasure, aMember, aMilestone, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const STATE = `query($id: ID!) { measure(id: $id) { publicRelease { released releasedAt releasedByName differences } } }`;
const RELEASE = `mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { measureId released differences } }`;
const UPDATE = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version title } }`;

/**
 * Review and release (issue 16, decision 0070): a measure's public version is released by the project office and
 * changes only when it is released again; the measure says whether its public version is behind and in what; the
 * project chooses which groups of fields are public; releases and withdrawals stand in the public change log.
 */
describe('public release of measures', () => {
  let t: TestApp;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let council: Member;
  let measure: { id: string; code: string; version: number };
  let other: { id: string; code: string; version: number };

  const stateOf = async (person: Member, id = measure.id) => (await person.data(STATE, { id })).measure.publicRelease;
  const content = async (id = measure.id) =>
    (await t.db.query(`SELECT content FROM measure_release WHERE measure_id = $1`, [id])).rows[0]?.content;
  const release = (person: Member, measureIds: string[], projectId = eif.id) =>
    person.data(RELEASE, { input: { modelProjectId: projectId, measureIds } });

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN', { name: 'Projektbüro Eifel' });
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    council = await aMember(t, eif, 'COUNCIL');
    measure = await aMeasure(t, eif, {
      title: 'Digitale Bürgerdienste',
      summary: 'Kurzfassung',
      description: 'Beschreibung',
      status: 'IN_PROGRESS',
      leadUnitId: eif.members[0].id,
      contactName: 'Erika Geheim',
      contactEmail: 'erika.geheim@example.org',
    });
    await aMilestone(t, measure, { title: 'Lastenheft', baselineDate: '2027-02-01' });
    other = await aMeasure(t, eif, { title: 'Zweite Maßnahme' });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('has no public version until the project office releases one, and only the office may', async () => {
    expect(await stateOf(admin)).toEqual({ released: false, releasedAt: null, releasedByName: null, differences: [] });
    for (const person of [editor, council])
      expect(
        (await person.error(RELEASE, { input: { modelProjectId: eif.id, measureIds: [measure.id] } })).extensions,
      ).toMatchObject({ code: 'FORBIDDEN' });
    const [released] = (await release(admin, [measure.id])).releaseMeasures;
    expect(released).toEqual({ measureId: measure.id, released: true, differences: [] });
    const state = await stateOf(editor);
    expect(state).toMatchObject({ released: true, releasedByName: 'Projektbüro Eifel', differences: [] });
  });

  it('publishes by default texts, status and milestones, never people, figures or money', async () => {
    const released = await content();
    expect(released).toMatchObject({
      code: measure.code,
      title: 'Digitale Bürgerdienste',
      texts: { summary: 'Kurzfassung', description: 'Beschreibung' },
      status: { status: 'IN_PROGRESS' },
      milestones: [{ title: 'Lastenheft', baselineDate: '2027-02-01', forecastDate: null, completedOn: null }],
    });
    expect(released).not.toHaveProperty('money');
    expect(released).not.toHaveProperty('progress');
    expect(JSON.stringify(released)).not.toMatch(/Erika|geheim/i);
  });

  it('keeps the public version as released while the measure changes, and says in what it is behind', async () => {
    const { updateMeasure } = await admin.data(UPDATE, {
      input: { id: measure.id, version: measure.version, title: 'Digitale Bürgerdienste für alle' },
    });
    measure = { ...measure, version: updateMeasure.version };
    expect((await stateOf(admin)).differences).toEqual(['TITLE']);
    expect((await content()).title).toBe('Digitale Bürgerdienste');

    await release(admin, [measure.id, other.id]);
    expect((await stateOf(admin)).differences).toEqual([]);
    expect((await content()).title).toBe('Digitale Bürgerdienste für alle');
    expect((await content(other.id)).title).toBe('Zweite Maßnahme');
  });

  it('makes public what the project chooses, from the next release on', async () => {
    const { updateProjectPublication } = await admin.data(
      `mutation { updateProjectPublication(input: { modelProjectId: "${eif.id}", publicGroups: [MONEY, TEXTS, STATUS, MILESTONES] }) { publicGroups } }`,
    );
    // in the order the groups are listed, whatever the order given
    expect(updateProjectPublication.publicGroups).toEqual(['TEXTS', 'STATUS', 'MILESTONES', 'MONEY']);
    expect((await stateOf(admin)).differences).toEqual(['MONEY']);
    expect(await content()).not.toHaveProperty('money');
    await release(admin, [measure.id]);
    expect((await content()).money).toEqual({ plannedCents: '0', spentCents: '0' });
    expect(
      await editor.errorCode(
        `mutation { updateProjectPublication(input: { modelProjectId: "${eif.id}", publicGroups: [] }) { publicGroups } }`,
      ),
    ).toBe('FORBIDDEN');
  });

  it('withdraws a public version, and logs every release and withdrawal without internals', async () => {
    const { withdrawMeasureRelease } = await admin.data(
      `mutation { withdrawMeasureRelease(measureId: "${other.id}") { released differences } }`,
    );
    expect(withdrawMeasureRelease).toEqual({ released: false, differences: [] });
    expect(await content(other.id)).toBeUndefined();
    const { projectPublicChanges } = await council.data(
      `{ projectPublicChanges(modelProjectId: "${eif.id}") { measureCode measureTitle action parts } }`,
    );
    expect(projectPublicChanges).toEqual([
      { measureCode: other.code, measureTitle: 'Zweite Maßnahme', action: 'WITHDRAWN', parts: [] },
      {
        measureCode: measure.code,
        measureTitle: 'Digitale Bürgerdienste für alle',
        action: 'RELEASED',
        parts: ['MONEY'],
      },
      { measureCode: other.code, measureTitle: 'Zweite Maßnahme', action: 'RELEASED', parts: [] },
      {
        measureCode: measure.code,
        measureTitle: 'Digitale Bürgerdienste für alle',
        action: 'RELEASED',
        parts: ['TITLE'],
      },
      { measureCode: measure.code, measureTitle: 'Digitale Bürgerdienste', action: 'RELEASED', parts: [] },
    ]);
  });

  it('refuses clumsy and foreign requests with stable codes, writing nothing', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM public_change`)).rows[0].n;
    const elsewhere = await aProject(t);
    const foreign = await aMeasure(t, elsewhere, { title: 'Fremd' });
    expect(
      (await admin.error(RELEASE, { input: { modelProjectId: eif.id, measureIds: [foreign.id] } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await admin.errorCode(RELEASE, { input: { modelProjectId: eif.id, measureIds: [] } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await admin.errorCode(RELEASE, {
        input: { modelProjectId: eif.id, measureIds: ['7c0c8a4e-0000-4000-8000-0000000000aa'] },
      }),
    ).toBe('NOT_FOUND');
    expect(await admin.errorCode(`{ projectPublicChanges(modelProjectId: "${eif.id}", first: 0) { id } }`)).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.db.query(`SELECT count(*)::int AS n FROM public_change`)).rows[0].n).toBe(before);
  });

  it('lists every measure of the project with its state for the project office, and for nobody else', async () => {
    const { projectReleases } = await admin.data(
      `{ projectReleases(modelProjectId: "${eif.id}") { code title state { released differences } } }`,
    );
    expect(projectReleases).toEqual([
      { code: measure.code, title: 'Digitale Bürgerdienste für alle', state: { released: true, differences: [] } },
      { code: other.code, title: 'Zweite Maßnahme', state: { released: false, differences: [] } },
    ]);
    expect(await editor.errorCode(`{ projectReleases(modelProjectId: "${eif.id}") { code } }`)).toBe('FORBIDDEN');
  });
});
