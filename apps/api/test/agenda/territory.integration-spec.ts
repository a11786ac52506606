import {
  aMeasure,
  aMember,
  aPlatformAdmin,
  aProject,
  aUnit,
  Measure,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

const UNIT_FIELDS = 'id kind name ars ags version parent { name }';
const CREATE = `mutation($input: CreateTerritorialUnitInput!) { createTerritorialUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTerritorialUnitInput!) { updateTerritorialUnit(input: $input) { ${UNIT_FIELDS} } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteTerritorialUnit(id: $id, version: $version) }`;
const LIST = `query($first: Int, $after: String, $filter: TerritorialUnitFilter) {
  territorialUnits(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name kind ars ags }
  }
}`;

type Unit = { id: string; kind: string; name: string; ars: string | null; ags: string | null; version: number };

/**
 * Two Länder with some of their Landkreise, Verbandsgemeinden and Gemeinden, with their real keys (ARS and AGS):
 * what the checks of keys against kinds and parents need.
 */
async function aTerritory(t: TestApp): Promise<void> {
  const land = (name: string, key: string) =>
    aUnit(t, { kind: 'LAND', name, ars: `${key}0000000000`, ags: `${key}000000` });
  const kreis = (name: string, key: string, parentId: string) =>
    aUnit(t, { kind: 'LANDKREIS', name, ars: `${key}0000000`, ags: `${key}000`, parentId });
  const vg = (name: string, ars: string, parentId: string) =>
    aUnit(t, { kind: 'VERBANDSGEMEINDE', name, ars, parentId });
  const gemeinde = (name: string, ags: string, parentId: string) => aUnit(t, { kind: 'GEMEINDE', name, ags, parentId });

  const rlp = await land('Rheinland-Pfalz', '07');
  const saarland = await land('Saarland', '10');
  const neuwied = await kreis('Landkreis Neuwied', '07138', rlp.id);
  await vg('Verbandsgemeinde Linz am Rhein', '071385006000', neuwied.id);
  const eifel = await kreis('Eifelkreis Bitburg-Prüm', '07232', rlp.id);
  await gemeinde('Stadt Bitburg', '07232018', eifel.id);
  const kusel = await kreis('Landkreis Kusel', '07336', rlp.id);
  for (const [i, name] of ['Kusel-Altenglan', 'Lauterecken-Wolfstein', 'Oberes Glantal'].entries())
    await vg(`Verbandsgemeinde ${name}`, `07336500${i + 1}000`, kusel.id);
  const wendel = await kreis('Landkreis St. Wendel', '10046', saarland.id);
  for (const [i, name] of [
    'Gemeinde Freisen',
    'Gemeinde Marpingen',
    'Gemeinde Namborn',
    'Gemeinde Nohfelden',
    'Gemeinde Nonnweiler',
    'Gemeinde Oberthal',
    'Kreisstadt St. Wendel',
    'Gemeinde Tholey',
  ].entries())
    await gemeinde(name, `10046${111 + i}`, wendel.id);
}

/** One page of a connection, as the tests read it. */
type Page<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: N[];
};

describe('territorial units', () => {
  let t: TestApp;
  let platform: GraphqlClient;
  let projectAdmin: GraphqlClient;
  /** A project with three measures and an editor: the things that use territorial units. */
  let project: Project;
  let measures: Measure[];
  let editor: Member;
  const unitId: Record<string, string> = {};

  /** The number of units and of their history entries: a refused change leaves both as they were. */
  const footprint = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM territorial_unit) AS units,
                (SELECT count(*)::int FROM audit_entry WHERE entity_type = 'TerritorialUnit') AS history`,
      )
    ).rows[0];

  /** A unit written straight to the database, for scenarios about using or deleting one. */
  const aGemeindeOfEifelkreis = async (name: string, ags: string): Promise<Unit> =>
    (
      await platform.data(CREATE, {
        input: { kind: 'GEMEINDE', name, ags, parentId: unitId['Eifelkreis Bitburg-Prüm'] },
      })
    ).createTerritorialUnit;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    await aTerritory(t);
    platform = await aPlatformAdmin(t);
    project = await aProject(t);
    projectAdmin = await aMember(t, project, 'ADMIN');
    editor = await aMember(t, project, 'EDITOR', { unit: project.members[0] });
    measures = [];
    for (const title of ['Datenplattform', 'Bürger-App', 'Dorf-WLAN'])
      measures.push(await aMeasure(t, project, { title }));
    const { rows } = await t.db.query(`SELECT id, name FROM territorial_unit`);
    for (const r of rows) unitId[r.name] = r.id;
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  describe('create', () => {
    it('stores a Landkreis with its ARS and AGS under its Land', async () => {
      const { createTerritorialUnit } = await platform.data(CREATE, {
        input: {
          kind: 'LANDKREIS',
          name: '  Landkreis Bernkastel-Wittlich ',
          ars: '072310000000',
          ags: '07231000',
          parentId: unitId['Rheinland-Pfalz'],
        },
      });
      expect(createTerritorialUnit).toMatchObject({
        kind: 'LANDKREIS',
        name: 'Landkreis Bernkastel-Wittlich',
        ars: '072310000000',
        ags: '07231000',
        version: 1,
        parent: { name: 'Rheinland-Pfalz' },
      });
      const { rows } = await t.db.query(`SELECT action, after->>'name' AS name FROM audit_entry WHERE entity_id = $1`, [
        createTerritorialUnit.id,
      ]);
      expect(rows).toEqual([{ action: 'CREATE', name: 'Landkreis Bernkastel-Wittlich' }]);
    });

    it('stores a Verbandsgemeinde by its ARS alone, and a Gemeinde in it whose AGS drops the association part', async () => {
      const { createTerritorialUnit: vg } = await platform.data(CREATE, {
        input: {
          kind: 'VERBANDSGEMEINDE',
          name: 'Verbandsgemeinde Unkel',
          ars: '071385009000',
          parentId: unitId['Landkreis Neuwied'],
        },
      });
      expect(vg).toMatchObject({ ars: '071385009000', ags: null, parent: { name: 'Landkreis Neuwied' } });
      const { createTerritorialUnit: gemeinde } = await platform.data(CREATE, {
        input: { kind: 'GEMEINDE', name: 'Stadt Unkel', ars: '071385009089', ags: '07138089', parentId: vg.id },
      });
      expect(gemeinde).toMatchObject({
        ars: '071385009089',
        ags: '07138089',
        parent: { name: 'Verbandsgemeinde Unkel' },
      });
    });

    it.each([
      ['an ARS of 11 digits', { kind: 'GEMEINDE', ars: '07138500604' }, 'ars'],
      ['an AGS with a letter', { kind: 'GEMEINDE', ags: '0713804X' }, 'ags'],
      ['an unknown Land', { kind: 'GEMEINDE', ags: '17138041' }, 'input.ags'],
      [
        'an AGS that does not belong to the ARS',
        { kind: 'GEMEINDE', ars: '071385006041', ags: '07138042' },
        'input.ags',
      ],
      [
        'an AGS for a Verbandsgemeinde',
        { kind: 'VERBANDSGEMEINDE', ars: '071385007000', ags: '07138000' },
        'input.ags',
      ],
      ['a Verbandsgemeinde without ARS', { kind: 'VERBANDSGEMEINDE' }, 'input.ars'],
      [
        'a Verbandsgemeinde ARS without association part',
        { kind: 'VERBANDSGEMEINDE', ars: '071380000000' },
        'input.ars',
      ],
      ['a Landkreis with the key of a Gemeinde', { kind: 'LANDKREIS', ags: '07138041' }, 'input.ags'],
      ['a Gemeinde with the key of a Kreis', { kind: 'GEMEINDE', ags: '07138000' }, 'input.ags'],
      ['a Land with the key of a Kreis', { kind: 'LAND', ags: '07138000' }, 'input.ags'],
      ['a blank name', { kind: 'GEMEINDE', name: '   ' }, 'name'],
      ['a name of 201 characters', { kind: 'GEMEINDE', name: 'x'.repeat(201) }, 'name'],
      ['a parent id that is no UUID', { kind: 'GEMEINDE', parentId: 'Eifelkreis' }, 'parentId'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, overrides, field) => {
      const before = await footprint();
      const error = await platform.error(CREATE, { input: { name: 'Ortsgemeinde Test', ...overrides } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(field);
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a Gemeinde directly under a Land', 'GEMEINDE', 'Rheinland-Pfalz', { ags: '07138099' }],
      ['a Landkreis under a Landkreis', 'LANDKREIS', 'Landkreis Neuwied', { ags: '07139000' }],
      [
        'a Verbandsgemeinde under a Verbandsgemeinde',
        'VERBANDSGEMEINDE',
        'Verbandsgemeinde Linz am Rhein',
        { ars: '071385008000' },
      ],
      ['a Land under a Land', 'LAND', 'Saarland', { ags: '09000000' }],
      ['a Gemeinde whose key lies in another Kreis', 'GEMEINDE', 'Eifelkreis Bitburg-Prüm', { ags: '07137099' }],
      ['a Landkreis whose key lies in another Land', 'LANDKREIS', 'Saarland', { ags: '07139000' }],
    ])('refuses %s, naming the parent', async (_case, kind, parent, keys) => {
      const before = await footprint();
      const error = await platform.error(CREATE, {
        input: { kind, name: 'Falsch eingeordnet', parentId: unitId[parent], ...keys },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
      expect(await footprint()).toEqual(before);
    });

    it('refuses a parent that does not exist', async () => {
      const error = await platform.error(CREATE, {
        input: { kind: 'GEMEINDE', name: 'Waise', parentId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    });

    it.each([
      ['ARS', { ars: '072320000000' }, 'input.ars'],
      ['AGS', { ags: '07232000' }, 'input.ags'],
    ])('refuses an %s that another unit already has with CONFLICT', async (_case, keys, field) => {
      const before = await footprint();
      const error = await platform.error(CREATE, {
        input: { kind: 'LANDKREIS', name: 'Zweiter Eifelkreis', parentId: unitId['Rheinland-Pfalz'], ...keys },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field });
      expect(error.message).toContain('Eifelkreis Bitburg-Prüm');
      expect(await footprint()).toEqual(before);
    });

    it('is for platform administrators only', async () => {
      const before = await footprint();
      expect(await projectAdmin.errorCode(CREATE, { input: { kind: 'GEMEINDE', name: 'Eigenmächtig' } })).toBe(
        'FORBIDDEN',
      );
      expect(await footprint()).toEqual(before);
    });
  });

  describe('read', () => {
    it('finds a unit by id with its parent, for any signed-in user', async () => {
      const { territorialUnit } = await projectAdmin.data(
        `query($id: ID!) { territorialUnit(id: $id) { name kind ags parent { name parent { name } } } }`,
        { id: unitId['Stadt Bitburg'] },
      );
      expect(territorialUnit).toEqual({
        name: 'Stadt Bitburg',
        kind: 'GEMEINDE',
        ags: '07232018',
        parent: { name: 'Eifelkreis Bitburg-Prüm', parent: { name: 'Rheinland-Pfalz' } },
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(
        await projectAdmin.errorCode(`{ territorialUnit(id: "00000000-0000-4000-8000-000000000000") { id } }`),
      ).toBe('NOT_FOUND');
    });

    it('filters by kind, by parent and by the beginning of the name or of the key', async () => {
      const list = async (filter: Record<string, unknown>) =>
        (await projectAdmin.data(LIST, { first: 100, filter })).territorialUnits;
      const lands = await list({ kinds: ['LAND'] });
      expect(lands.nodes.map((u: Unit) => u.name)).toEqual(['Rheinland-Pfalz', 'Saarland']);
      const inKusel = await list({ parentId: unitId['Landkreis Kusel'] });
      expect(inKusel.totalCount).toBe(3);
      expect(inKusel.nodes.every((u: Unit) => u.kind === 'VERBANDSGEMEINDE')).toBe(true);
      const byKey = await list({ search: '10046' });
      expect(byKey.nodes.map((u: Unit) => u.ags?.slice(0, 5))).toEqual(Array(byKey.totalCount).fill('10046'));
      expect(byKey.totalCount).toBe(9);
      const byName = await list({ search: 'wendel' });
      expect(byName.nodes.map((u: Unit) => u.name)).toEqual(['Kreisstadt St. Wendel', 'Landkreis St. Wendel']);
    });
  });

  describe('pages', () => {
    const pageThrough = async (first: number, filter?: Record<string, unknown>) => {
      const seen: Unit[] = [];
      const totals = new Set<number>();
      let after: string | null = null;
      for (let page = 0; page < 200; page++) {
        const { territorialUnits }: { territorialUnits: Page<Unit> } = await projectAdmin.data(LIST, {
          first,
          after,
          filter,
        });
        totals.add(territorialUnits.totalCount);
        seen.push(...territorialUnits.nodes);
        expect(territorialUnits.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!territorialUnits.pageInfo.hasNextPage) return { seen, totals: [...totals], last: territorialUnits };
        after = territorialUnits.pageInfo.endCursor;
      }
      throw new Error('Paging did not end');
    };

    it('pages one unit at a time through all of them exactly once, by name, even with equal names', async () => {
      await aGemeindeOfEifelkreis('Ortsgemeinde Gleichnamig', '07232501');
      await aGemeindeOfEifelkreis('ortsgemeinde gleichnamig', '07232502');
      const { rows } = await t.db.query(`SELECT id FROM territorial_unit ORDER BY lower(name), id`);
      const { seen, totals } = await pageThrough(1);
      expect(seen.map((u) => u.id)).toEqual(rows.map((r) => r.id));
      expect(totals).toEqual([rows.length]);
    });

    it('ends with a full last page without announcing another', async () => {
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM territorial_unit WHERE kind = 'LANDKREIS'`);
      const n = rows[0].n;
      const { territorialUnits } = await projectAdmin.data(LIST, { first: n, filter: { kinds: ['LANDKREIS'] } });
      expect(territorialUnits.nodes).toHaveLength(n);
      expect(territorialUnits.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const beyond = await projectAdmin.data(LIST, {
        first: n,
        after: territorialUnits.pageInfo.endCursor,
        filter: { kinds: ['LANDKREIS'] },
      });
      expect(beyond.territorialUnits).toMatchObject({
        totalCount: n,
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      });
    });

    it('answers an empty page for a filter that matches nothing', async () => {
      const { territorialUnits } = await projectAdmin.data(LIST, { first: 5, filter: { search: 'Atlantis' } });
      expect(territorialUnits).toEqual({
        totalCount: 0,
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it.each([
      ['not base64 JSON', '%%%'],
      ['of the wrong shape', Buffer.from(JSON.stringify(['a', 'b', 'c'])).toString('base64url')],
      ['not JSON', Buffer.from('kein json').toString('base64url')],
    ])('refuses a cursor that is %s', async (_case, after) => {
      const error = await projectAdmin.error(LIST, { first: 5, after });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it.each([0, 101])('refuses a page size of %i', async (first) => {
      const error = await projectAdmin.error(LIST, { first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('update', () => {
    let nextAgs = 900;
    it('renames a unit and changes its keys, bumping the version and recording both states', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Alt', '07232601');
      const { updateTerritorialUnit } = await platform.data(UPDATE, {
        input: { id: unit.id, version: 1, name: 'Ortsgemeinde Neu', ags: '07232602' },
      });
      expect(updateTerritorialUnit).toMatchObject({ name: 'Ortsgemeinde Neu', ags: '07232602', version: 2 });
      const { rows } = await t.db.query(
        `SELECT before->>'name' AS before, after->>'name' AS after FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE'`,
        [unit.id],
      );
      expect(rows).toEqual([{ before: 'Ortsgemeinde Alt', after: 'Ortsgemeinde Neu' }]);
    });

    it('refuses a stale version with CONFLICT and the current version, writing nothing', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Konflikt', '07232603');
      await platform.data(UPDATE, { input: { id: unit.id, version: 1, name: 'Ortsgemeinde Konflikt 1' } });
      const error = await platform.error(UPDATE, { input: { id: unit.id, version: 1, name: 'Überholt' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const { rows } = await t.db.query(`SELECT name, version FROM territorial_unit WHERE id = $1`, [unit.id]);
      expect(rows[0]).toEqual({ name: 'Ortsgemeinde Konflikt 1', version: 2 });
    });

    it.each([
      ['a key that does not fit its kind', { ags: '07232000' }, 'BAD_USER_INPUT', 'input.ags'],
      ['a key outside its parent', { ags: '07137605' }, 'BAD_USER_INPUT', 'input.parentId'],
      ['a parent of the wrong kind', { parentId: 'Rheinland-Pfalz' }, 'BAD_USER_INPUT', 'input.parentId'],
      ['itself as its parent', { parentId: 'self' }, 'BAD_USER_INPUT', 'input.parentId'],
      ['the AGS of another unit', { ags: '07232018' }, 'CONFLICT', 'input.ags'],
    ])('refuses %s, writing nothing', async (case_, change, code, field) => {
      nextAgs += 1;
      const unit = await aGemeindeOfEifelkreis(`Ortsgemeinde (${case_})`, `07232${nextAgs}`);
      const input: Record<string, unknown> = { id: unit.id, version: 1, ...change };
      if (input['parentId'] === 'self') input['parentId'] = unit.id;
      else if (typeof input['parentId'] === 'string') input['parentId'] = unitId[input['parentId'] as string];
      const before = await footprint();
      const error = await platform.error(UPDATE, { input });
      expect(error.extensions).toMatchObject({ code, field });
      expect(await footprint()).toEqual(before);
      const { rows } = await t.db.query(`SELECT ags, parent_id, version FROM territorial_unit WHERE id = $1`, [
        unit.id,
      ]);
      expect(rows[0]).toEqual({ ags: unit.ags, parent_id: unitId['Eifelkreis Bitburg-Prüm'], version: 1 });
    });

    it('is for platform administrators only', async () => {
      expect(
        await projectAdmin.errorCode(UPDATE, { input: { id: unitId['Stadt Bitburg'], version: 1, name: 'Bitburg' } }),
      ).toBe('FORBIDDEN');
    });
  });

  describe('delete', () => {
    it('deletes an unused unit and records it', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Vergänglich', '07232701');
      const { deleteTerritorialUnit } = await platform.data(DELETE, { id: unit.id, version: 1 });
      expect(deleteTerritorialUnit).toBe(unit.id);
      const { rows } = await t.db.query(
        `SELECT (SELECT count(*)::int FROM territorial_unit WHERE id = $1) AS left,
                (SELECT count(*)::int FROM audit_entry WHERE entity_id = $1 AND action = 'DELETE') AS recorded`,
        [unit.id],
      );
      expect(rows[0]).toEqual({ left: 0, recorded: 1 });
    });

    it('refuses a stale version', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Bleibt', '07232702');
      expect(await platform.errorCode(DELETE, { id: unit.id, version: 3 })).toBe('CONFLICT');
    });

    it('is for platform administrators only', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Geschützt', '07232703');
      expect(await projectAdmin.errorCode(DELETE, { id: unit.id, version: 1 })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown unit', async () => {
      expect(await platform.errorCode(DELETE, { id: '00000000-0000-4000-8000-000000000000', version: 1 })).toBe(
        'NOT_FOUND',
      );
    });

    it('answers CONFLICT when the database still finds a reference the service did not check', async () => {
      const unit = await aGemeindeOfEifelkreis('Ortsgemeinde Fremdverweis', '07232710');
      await t.db.query(
        `CREATE TABLE territory_spec_ref (unit_id uuid REFERENCES territorial_unit(id) ON DELETE RESTRICT)`,
      );
      try {
        await t.db.query(`INSERT INTO territory_spec_ref VALUES ($1)`, [unit.id]);
        const result = await platform.request(DELETE, { id: unit.id, version: 1 });
        expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
        expect(result.status).toBeLessThan(500);
      } finally {
        await t.db.query(`DROP TABLE territory_spec_ref`);
      }
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM territorial_unit WHERE id = $1`, [unit.id]);
      expect(rows[0].n).toBe(1);
    });

    describe('refuses with CONFLICT a unit still in use', () => {
      const inUse: [string, (unit: Unit) => Promise<unknown>][] = [
        [
          'as the parent of another unit',
          async (unit) =>
            t.db.query(`INSERT INTO territorial_unit (kind, name, parent_id) VALUES ('GEMEINDE', 'Ortsteil', $1)`, [
              unit.id,
            ]),
        ],
        [
          'as the lead of a model project',
          async (unit) =>
            t.db.query(
              `INSERT INTO model_project (code, name, cohort_year, lead_unit_id) VALUES ('TUSE' || floor(random() * 1000)::int, 'Testprojekt', 2021, $1)`,
              [unit.id],
            ),
        ],
        [
          'as a member municipality of a model project',
          async (unit) =>
            t.db.query(`INSERT INTO model_project_member (model_project_id, territorial_unit_id) VALUES ($1, $2)`, [
              project.id,
              unit.id,
            ]),
        ],
        [
          'as the lead municipality of a measure',
          async (unit) => t.db.query(`UPDATE measure SET lead_unit_id = $1 WHERE id = $2`, [unit.id, measures[0].id]),
        ],
        [
          'as a participating municipality of a measure',
          async (unit) =>
            t.db.query(`INSERT INTO measure_participating_unit (measure_id, territorial_unit_id) VALUES ($1, $2)`, [
              measures[1].id,
              unit.id,
            ]),
        ],
        [
          'as a municipality that adopted a measure',
          async (unit) =>
            t.db.query(`INSERT INTO measure_adopter (measure_id, territorial_unit_id) VALUES ($1, $2)`, [
              measures[2].id,
              unit.id,
            ]),
        ],
        [
          'as the municipality an editor answers for',
          async (unit) =>
            t.db.query(`UPDATE membership SET territorial_unit_id = $1 WHERE id = $2`, [unit.id, editor.membership.id]),
        ],
      ];

      it.each(inUse.map(([label, use], i) => [label, use, i] as const))('%s', async (_label, use, i) => {
        const unit = await aGemeindeOfEifelkreis(`Ortsgemeinde in Gebrauch ${i}`, `0723280${i}`);
        await use(unit);
        const before = await footprint();
        const error = await platform.error(DELETE, { id: unit.id, version: 1 });
        expect(error.extensions?.code).toBe('CONFLICT');
        expect(error.message).toContain(unit.name);
        expect(await footprint()).toEqual(before);
      });
    });
  });
});
