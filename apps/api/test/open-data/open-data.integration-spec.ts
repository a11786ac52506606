import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPerBlock } from '../support/app-per-block';
import {
  aCostPlanEntry,
  aMeasure,
  aMember,
  aProject,
  aStatusReport,
  costCategories,
  operatorOf,
  unique,
} from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { DCAT_AP_DE_DIR, parseJsonLd, parseTurtle, ShaclOutcome, validateDcatApDe } from '../support/shacl';

const UPDATE_SETTINGS = `mutation($input: UpdateProjectOpenDataSettingsInput!) {
  updateProjectOpenDataSettings(input: $input) { modelProjectId enabled licence contactEmail } }`;

/** Text that must never leave the server through open data: each stands in an internal field of the world below. */
const SENTINELS = {
  contactName: 'Sentinel Kontaktperson',
  contactEmail: 'sentinel.person@example.org',
  responsibleUnit: 'Sentinel Fachbereich',
  partner: 'Sentinel Partnerfirma',
  transferabilityNotes: 'Sentinel Übertragbarkeitsnotiz',
  continuationPlan: 'Sentinel Verstetigungsplan',
  budgetDeviationReason: 'Sentinel Abweichungsgrund',
  healthReason: 'Sentinel Zustandsbegründung',
  progressReason: 'Sentinel Fortschrittsbegründung',
  statusReport: 'Sentinel Statusbericht',
  tag: 'Sentinel-Schlagwort',
  plannedMoney: '987654',
  unpublishedTitle: 'Sentinel unveröffentlichte Maßnahme',
  closedProjectTitle: 'Sentinel Maßnahme ohne offene Daten',
  officeEmail: 'sentinel.office@example.org',
  adminName: 'Sentinel Projektbüroleitung',
};

interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

/** A GET without cookie or token, as a harvester or a browser without a session sends it. */
async function anonymousGet(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  // decoded by hand: response.text() drops a byte order mark, which the CSV must have
  return {
    status: response.status,
    headers: response.headers,
    text: Buffer.from(await response.arrayBuffer()).toString('utf8'),
  };
}

function expectConforms(outcome: ShaclOutcome): void {
  // the messages are the failure's explanation
  expect(outcome.messages).toEqual([]);
  expect(outcome.conforms).toBe(true);
}

const RELEASE = `mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { released } }`;

describe('open data (DCAT-AP.de)', () => {
  const app = appPerBlock(async (t) => {
    const open = await aProject(t, {
      lead: unique('Landkreis Offenbach-Test '),
      office: { name: 'Projektbüro', email: SENTINELS.officeEmail, address: 'Markt 1' },
    });
    const closed = await aProject(t);
    // official keys, as the catalogue names the area by them
    await t.db.query(`UPDATE territorial_unit SET ars = '073380000000' WHERE id = $1`, [open.leadUnit.id]);
    await t.db.query(`UPDATE territorial_unit SET ars = '073380001001' WHERE id = $1`, [open.members[0].id]);
    const office = await aMember(t, open, 'ADMIN', { name: SENTINELS.adminName });
    const editor = await aMember(t, open, 'EDITOR', { unit: open.members[0] });
    const council = await aMember(t, open, 'COUNCIL');

    const published = await aMeasure(t, open, {
      title: 'Offene Bürgerplattform',
      summary: 'Eine Plattform für Anliegen',
      description: 'Bürgerinnen und Bürger melden Anliegen online.',
      status: 'IN_PROGRESS',
      fieldOfActionIds: [open.fields[0].id],
      leadUnitId: open.members[0].id,
      plannedStart: '2026-02-01',
      plannedEnd: '2027-06-30',
      ossRepositoryUrl: 'https://gitlab.opencode.de/example/plattform',
      ossLicence: 'EUPL-1.2',
      transferability: 'HIGH',
      responsibleUnit: SENTINELS.responsibleUnit,
      contactName: SENTINELS.contactName,
      contactEmail: SENTINELS.contactEmail,
      partners: [SENTINELS.partner],
      transferabilityNotes: SENTINELS.transferabilityNotes,
      continuationPlan: SENTINELS.continuationPlan,
      budgetDeviationReason: SENTINELS.budgetDeviationReason,
      tags: [SENTINELS.tag],
      published: true,
    });
    const formula = await aMeasure(t, open, { title: '=HYPERLINK("http://example.org")', published: true });
    await aMeasure(t, open, { title: SENTINELS.unpublishedTitle, published: false });

    const categories = Object.values(await costCategories(t));
    await aCostPlanEntry(t, published, {
      year: 2026,
      costCategoryId: categories[0].id,
      planned: `${SENTINELS.plannedMoney}.00`,
    });
    await aStatusReport(t, published, { achieved: SENTINELS.statusReport });
    const { measure } = await office.data(`query($id: ID!) { measure(id: $id) { version } }`, { id: published.id });
    await office.data(`mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { id } }`, {
      input: {
        id: published.id,
        version: measure.version,
        manualProgress: 40,
        manualProgressReason: SENTINELS.progressReason,
        manualHealth: 'AT_RISK',
        manualHealthReason: SENTINELS.healthReason,
      },
    });

    await office.data(UPDATE_SETTINGS, {
      input: { modelProjectId: open.id, enabled: true, licence: 'CC_BY_4_0', contactEmail: 'opendata@example.org' },
    });
    // the open data holds released public versions (decision 0070): progress made public, two measures released
    await office.data(
      `mutation { updateProjectPublication(input: { modelProjectId: "${open.id}", publicGroups: [TEXTS, STATUS, PROGRESS, MILESTONES] }) { publicGroups } }`,
    );
    await office.data(RELEASE, { input: { modelProjectId: open.id, measureIds: [published.id, formula.id] } });
    const closedMeasure = await aMeasure(t, closed, { title: SENTINELS.closedProjectTitle, published: true });
    await (await operatorOf(t)).data(RELEASE, { input: { modelProjectId: closed.id, measureIds: [closedMeasure.id] } });
    return { open, closed, office, editor, council, published, formula };
  });

  const get = (path: string, headers?: Record<string, string>) => anonymousGet(app.t.baseUrl, path, headers);
  const everything = async () =>
    Promise.all(
      [
        '/api/open-data/catalog.jsonld',
        '/api/open-data/catalog.ttl',
        `/api/open-data/projects/${app.open.code}/measures.csv`,
        `/api/open-data/projects/${app.open.code}/measures.json`,
      ].map(async (path) => ({ path, ...(await get(path)) })),
    );

  it('serves the catalogue to anyone, without a session and without setting a cookie', async () => {
    for (const { path, status, headers } of await everything()) {
      expect([path, status]).toEqual([path, 200]);
      expect([path, headers.get('set-cookie')]).toEqual([path, null]);
      expect(headers.get('cache-control')).toBe('public, max-age=300');
      // other sites' pages may read open data too
      expect(headers.get('access-control-allow-origin')).toBe('*');
    }
    const jsonld = await get('/api/open-data/catalog.jsonld');
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((await get('/api/open-data/catalog.ttl')).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
  });

  it('lists a dataset per project that switched open data on, with its licence, area and downloads', async () => {
    const turtle = (await get('/api/open-data/catalog.ttl')).text;
    const base = app.t.config.publicOrigin;
    expect(turtle).toContain(`<${base}/api/open-data/projects/${app.open.code}#dataset>`);
    expect(turtle).toContain(`<${base}/api/open-data/projects/${app.open.code}/measures.csv>`);
    expect(turtle).toContain(`<${base}/api/open-data/projects/${app.open.code}/measures.json>`);
    expect(turtle).toContain('<http://dcat-ap.de/def/licenses/cc-by/4.0>');
    expect(turtle).toContain('<http://dcat-ap.de/def/politicalGeocoding/districtKey/07338>');
    expect(turtle).toContain('<http://dcat-ap.de/def/politicalGeocoding/regionalKey/073380001001>');
    expect(turtle).toContain('<http://publications.europa.eu/resource/authority/file-type/CSV>');
    expect(turtle).toContain('mailto:opendata@example.org');
    expect(turtle).toContain(app.open.leadUnit.name);
    expect(turtle).not.toContain(app.closed.code);
    const jsonld = JSON.parse((await get('/api/open-data/catalog.jsonld')).text);
    const datasets = jsonld['@graph'].filter((node: { '@type'?: string }) => node['@type'] === 'dcat:Dataset');
    expect(datasets.map((d: { 'dct:identifier': string }) => d['dct:identifier'])).toEqual([app.open.code]);
  });

  it('conforms to the DCAT-AP.de 2.0 shapes (profile "Spezifikation"), in Turtle and in JSON-LD', async () => {
    expectConforms(await validateDcatApDe(parseTurtle((await get('/api/open-data/catalog.ttl')).text)));
    expectConforms(await validateDcatApDe(await parseJsonLd((await get('/api/open-data/catalog.jsonld')).text)));
  });

  it('has a validator that finds violations: the example without its dataset title fails', async () => {
    const example = readFileSync(join(DCAT_AP_DE_DIR, 'example-simple.ttl'), 'utf8');
    const title = 'dct:title "Badegewässer (Daten) Hamburg" ;';
    expect(example).toContain(title);
    const intact = await validateDcatApDe(parseTurtle(example));
    const broken = await validateDcatApDe(parseTurtle(example.replace(title, '')));
    const titleViolations = (o: ShaclOutcome) =>
      o.messages.filter((m) => /^Violation: .*dcat:Dataset: dct:title/.test(m));
    expect(titleViolations(intact)).toEqual([]);
    expect(titleViolations(broken)).toHaveLength(1);
    expect(broken.conforms).toBe(false);
  });

  it('gives the published measures as CSV for German Excel', async () => {
    const csv = (await get(`/api/open-data/projects/${app.open.code}/measures.csv`)).text;
    expect(csv.startsWith('\uFEFFKennung;Titel;Kurzbeschreibung;Beschreibung;Bearbeitungsstand;Fortschritt (%)')).toBe(
      true,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two measures, the empty rest after the last CRLF
    const row = lines.find((l) => l.startsWith(`${app.published.code};`)) as string;
    expect(row).toContain(';Offene Bürgerplattform;Eine Plattform für Anliegen;');
    expect(row).toContain(';in Umsetzung;40;');
    expect(row).toContain(
      `;${app.open.fields[0].name};${app.open.members[0].name};073380001001;01.02.2026;30.06.2027;;;`,
    );
    expect(row).toContain(';https://gitlab.opencode.de/example/plattform;EUPL-1.2;hoch;');
    // a title that a spreadsheet would run is written as text
    expect(csv).toContain(`${app.formula.code};"'=HYPERLINK(""http://example.org"")"`);
  });

  it('gives the published measures as documented JSON', async () => {
    const response = await get(`/api/open-data/projects/${app.open.code}/measures.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(response.text);
    expect(body).toMatchObject({
      schemaVersion: 1,
      project: { code: app.open.code, name: app.open.name, leadBody: app.open.leadUnit.name },
      licence: { id: 'CC-BY-4.0', uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0' },
    });
    expect(body.measures.map((m: { code: string }) => m.code).sort()).toEqual(
      [app.published.code, app.formula.code].sort(),
    );
    expect(body.measures.find((m: { code: string }) => m.code === app.published.code)).toEqual({
      code: app.published.code,
      title: 'Offene Bürgerplattform',
      summary: 'Eine Plattform für Anliegen',
      description: 'Bürgerinnen und Bürger melden Anliegen online.',
      status: 'IN_PROGRESS',
      statusLabel: 'in Umsetzung',
      progress: 40,
      fieldsOfAction: [app.open.fields[0].name],
      municipalities: [{ name: app.open.members[0].name, ars: '073380001001' }],
      plannedStart: '2026-02-01',
      plannedEnd: '2027-06-30',
      actualStart: null,
      actualEnd: null,
      openSource: {
        repositoryUrl: 'https://gitlab.opencode.de/example/plattform',
        licence: 'EUPL-1.2',
        transferability: 'HIGH',
      },
      lastModified: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
  });

  it('shows a change only once it is released', async () => {
    const csv = async () => (await get(`/api/open-data/projects/${app.open.code}/measures.csv`)).text;
    const { measure } = await app.office.data(`query($id: ID!) { measure(id: $id) { version } }`, {
      id: app.formula.id,
    });
    await app.office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: app.formula.id, version: measure.version, title: 'Neuer Titel, noch nicht freigegeben' },
    });
    expect(await csv()).not.toContain('Neuer Titel');
    await app.office.data(RELEASE, { input: { modelProjectId: app.open.id, measureIds: [app.formula.id] } });
    expect(await csv()).toContain('Neuer Titel, noch nicht freigegeben');
  });

  it('never gives away unpublished measures, other projects, people, notes, reasons or money', async () => {
    for (const { path, text } of await everything())
      for (const [name, sentinel] of Object.entries(SENTINELS))
        expect([path, name, text.includes(sentinel)]).toEqual([path, name, false]);
  });

  it('answers 404 with a stable code for a project without open data and for an unknown one', async () => {
    for (const path of [
      `/api/open-data/projects/${app.closed.code}/measures.csv`,
      `/api/open-data/projects/${app.closed.code}/measures.json`,
      '/api/open-data/projects/GIBTSNICHT/measures.csv',
    ]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(JSON.parse(response.text)).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    }
  });

  it('sends an ETag and answers 304 when the client has the current version', async () => {
    for (const path of ['/api/open-data/catalog.ttl', `/api/open-data/projects/${app.open.code}/measures.csv`]) {
      const first = await get(path);
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect((await get(path)).headers.get('etag')).toBe(etag);
      const again = await get(path, { 'if-none-match': etag });
      expect([path, again.status, again.text]).toEqual([path, 304, '']);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200);
    }
  });

  it('leaves the settings to the project office, records changes in the history and takes a project out', async () => {
    const input = { modelProjectId: app.open.id, enabled: false, licence: 'DL_DE_ZERO_2_0', contactEmail: null };
    expect(await app.editor.errorCode(UPDATE_SETTINGS, { input })).toBe('FORBIDDEN');
    expect(await app.council.errorCode(UPDATE_SETTINGS, { input })).toBe('FORBIDDEN');
    const anonymous = new GraphqlClient(app.t.baseUrl);
    expect(await anonymous.errorCode(UPDATE_SETTINGS, { input })).toBe('UNAUTHENTICATED');
    expect((await get(`/api/open-data/projects/${app.open.code}/measures.csv`)).status).toBe(200);

    const { rows: before } = await app.t.db.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'ProjectOpenDataSettings' AND model_project_id = $1`,
      [app.open.id],
    );
    const { updateProjectOpenDataSettings } = await app.office.data(UPDATE_SETTINGS, { input });
    expect(updateProjectOpenDataSettings).toEqual({ ...input, enabled: false });
    const { rows } = await app.t.db.query(
      `SELECT action, before, after FROM audit_entry
        WHERE entity_type = 'ProjectOpenDataSettings' AND model_project_id = $1 ORDER BY id`,
      [app.open.id],
    );
    expect(rows).toHaveLength(before[0].n + 1);
    expect(rows.at(-1)).toMatchObject({
      action: 'UPDATE',
      before: { enabled: true, licence: 'CC_BY_4_0' },
      after: { enabled: false, licence: 'DL_DE_ZERO_2_0' },
    });
    expect((await get(`/api/open-data/projects/${app.open.code}/measures.csv`)).status).toBe(404);
    expect((await get('/api/open-data/catalog.ttl')).text).not.toContain(`${app.open.code}#dataset`);
    // back on for the other tests, whatever order they run in
    await app.office.data(UPDATE_SETTINGS, {
      input: { ...input, enabled: true, licence: 'CC_BY_4_0', contactEmail: 'opendata@example.org' },
    });
  });

  it('is off, with the German default licence, until the project office switches it on', async () => {
    const query = `query($id: ID!) { projectOpenDataSettings(modelProjectId: $id) { enabled licence contactEmail } }`;
    expect(await app.editor.errorCode(query, { id: app.open.id })).toBe('FORBIDDEN');
    const office = await aMember(app.t, app.closed, 'ADMIN');
    expect((await office.data(query, { id: app.closed.id })).projectOpenDataSettings).toEqual({
      enabled: false,
      licence: 'DL_DE_BY_2_0',
      contactEmail: null,
    });
  });
});
