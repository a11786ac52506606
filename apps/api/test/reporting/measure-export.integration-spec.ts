import { Freshness, FRESHNESS_LABEL_DE, Health, HEALTH_LABEL_DE } from '@masswerk/shared/domain';
import {
  aCostPlanEntry,
  aMeasure,
  aMember,
  anExpenditure,
  aProject,
  aStatusReport,
  aVariedPortfolio,
  costCategories,
} from '../support/factories';
import { CREATE_MEASURE, aMeasureInput } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';
import { download, EXPORTS, measuresOf, moneyCents, parseCsv, sessionOf } from './downloads';

const COLUMNS = [
  'Titel',
  'Kennung',
  'Modellprojekt',
  'Handlungsfeld(er)',
  'Bearbeitungsstand',
  'Raumwirkung',
  'Kommune(n)',
  'Kurzbeschreibung',
  'Laufzeit Beginn (geplant)',
  'Laufzeit Ende (geplant)',
  'Laufzeit Beginn (tatsächlich)',
  'Laufzeit Ende (tatsächlich)',
  'Phase',
  'Leitprojekt',
  'Open-Source-Repository',
  'Lizenz',
  'Dokumentation',
  'Übertragbarkeit',
  'Übernommen von',
  'Schlagwörter',
  'Kontakt',
  'Veröffentlicht',
  'Fortschritt (%)',
  'Zustand',
  'Aktualität',
  'Plan gesamt (€)',
  'Ist gesamt (€)',
];

const KEYS = [
  'title',
  'identifier',
  'modelProject',
  'fieldsOfAction',
  'status',
  'spatialEffect',
  'municipalities',
  'summary',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'phase',
  'flagship',
  'openSourceRepository',
  'licence',
  'documentation',
  'transferability',
  'adoptedBy',
  'keywords',
  'contact',
  'published',
  'progress',
  'health',
  'freshness',
  'plannedTotal',
  'spentTotal',
];

type Row = Record<string, string>;

describe('the measure export for the KTS measure database (Wissensspeicher)', () => {
  /** A project of three municipalities with a varied portfolio, and a flagship open-source measure of two of them. */
  const app = appPerBlock(async (t) => {
    const project = await aProject(t, {
      name: 'Smarte Region Testkreis',
      municipalities: ['Stadt Bitburg', 'Gemeinde Prüm', 'Gemeinde Arzfeld'],
      fields: [{ name: 'Entwicklung Datenplattform' }, { name: 'Mobilität & Energie' }],
    });
    const m01 = await aMeasure(t, project, {
      title: 'Regionale Datenplattform',
      status: 'IN_PROGRESS',
      fieldOfActionIds: project.fields.map((f) => f.id),
      leadUnitId: project.leadUnit.id,
      participatingUnitIds: [project.members[0].id, project.members[1].id],
      plannedStart: '2023-06-01',
      plannedEnd: '2026-12-31',
      flagship: true,
      ossRepositoryUrl: 'https://gitlab.opencode.de/test/datenplattform',
      ossLicence: 'EUPL-1.2',
      transferability: 'MEDIUM',
    });
    await aVariedPortfolio(t, project);
    const editor = await sessionOf(t, (await aMember(t, project, 'EDITOR', { unit: project.members[0] })).user);
    const admin = await aMember(t, project, 'ADMIN');
    return { project, m01, editor, admin };
  });

  async function csvRows(): Promise<{ header: string[]; rows: Row[]; raw: Buffer }> {
    const response = await download(app.t, EXPORTS.csv(app.project.code), app.editor);
    expect(response.status).toBe(200);
    const [header, ...records] = parseCsv(response.body.toString('utf8'));
    return {
      header,
      rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
      raw: response.body,
    };
  }

  async function measureCount(): Promise<number> {
    const { rows } = await app.t.db.query(`SELECT count(*)::int AS n FROM measure WHERE model_project_id = $1`, [
      app.project.id,
    ]);
    return rows[0].n;
  }

  it('writes CSV for German Excel: BOM, semicolons, CRLF, German headers, one record per measure', async () => {
    const { header, rows, raw } = await csvRows();
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${COLUMNS.join(';')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(await measureCount());
    const row = rows.find((r) => r.Kennung === app.m01.code) as Row;
    expect(row).toMatchObject({
      Modellprojekt: 'Smarte Region Testkreis',
      'Handlungsfeld(er)': 'Entwicklung Datenplattform | Mobilität & Energie',
      Bearbeitungsstand: 'in Umsetzung',
      Raumwirkung: 'Mehrere Kommunen',
      Phase: 'B',
      Leitprojekt: 'ja',
      Lizenz: 'EUPL-1.2',
      Übertragbarkeit: 'mittel',
    });
    expect(row).toMatchObject({
      'Laufzeit Beginn (geplant)': '01.06.2023',
      'Laufzeit Ende (geplant)': '31.12.2026',
      'Laufzeit Beginn (tatsächlich)': '',
      'Laufzeit Ende (tatsächlich)': '',
    });
    expect(row['Kommune(n)'].split(' | ')[0]).toBe(app.project.leadUnit.name);
  });

  it('round-trips separators, quotes and line breaks inside fields, and derives the spatial effect', async () => {
    const members = app.project.members.map((m) => m.id);
    const { createMeasure: tricky } = await app.admin.data(CREATE_MEASURE, {
      input: aMeasureInput(app.project.id, {
        title: 'Leerstandsplattform; Phase "Pilot" – „Kreis“',
        summary: 'Zeile eins\nZeile zwei; mit "Zitat"',
        tags: ['leerstand', 'plattform'],
        participatingUnitIds: members,
        status: 'PLANNING',
        flagship: true,
      }),
    });
    const { createMeasure: single } = await app.admin.data(CREATE_MEASURE, {
      input: aMeasureInput(app.project.id, { title: 'Dorf-WLAN', leadUnitId: members[0] }),
    });
    const { rows } = await csvRows();
    expect(rows).toHaveLength(await measureCount());
    expect(rows.find((r) => r.Kennung === tricky.code)).toMatchObject({
      Titel: 'Leerstandsplattform; Phase "Pilot" – „Kreis“',
      Kurzbeschreibung: 'Zeile eins\nZeile zwei; mit "Zitat"',
      Raumwirkung: 'Gesamtes Projektgebiet',
      Bearbeitungsstand: 'in Planung',
      Schlagwörter: 'leerstand | plattform',
      Leitprojekt: 'ja',
    });
    expect(rows.find((r) => r.Kennung === single.code)).toMatchObject({
      Raumwirkung: 'Eine Kommune',
      'Kommune(n)': app.project.members[0].name,
    });
  });

  it('writes the same measures as JSON with stable English keys and the same values', async () => {
    const response = await download(app.t, EXPORTS.json(app.project.code), app.editor);
    expect(response.status).toBe(200);
    const json = JSON.parse(response.body.toString('utf8'));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'project', 'exportedAt', 'measures']);
    expect(json).toMatchObject({
      schemaVersion: 2,
      project: { code: app.project.code, name: 'Smarte Region Testkreis' },
    });
    expect(Math.abs(Date.parse(json.exportedAt) - Date.now())).toBeLessThan(60_000);
    const records = measuresOf(response.body);
    expect(records).toHaveLength(await measureCount());
    for (const record of records) expect(Object.keys(record)).toEqual(KEYS);
    const { rows } = await csvRows();
    for (const record of records) {
      const row = rows.find((r) => r.Kennung === record['identifier']) as Row;
      expect(row).toBeDefined();
      expect(record).toMatchObject({
        title: row.Titel,
        status: row.Bearbeitungsstand,
        spatialEffect: row.Raumwirkung,
        summary: row.Kurzbeschreibung,
        phase: row.Phase,
        flagship: row.Leitprojekt === 'ja',
        transferability: row.Übertragbarkeit,
      });
      expect((record['fieldsOfAction'] as string[]).join(' | ')).toBe(row['Handlungsfeld(er)']);
      expect((record['municipalities'] as string[]).join(' | ')).toBe(row['Kommune(n)']);
      const german = (day: unknown) => (day ? String(day).split('-').reverse().join('.') : '');
      expect(german(record['plannedStart'])).toBe(row['Laufzeit Beginn (geplant)']);
      expect(german(record['plannedEnd'])).toBe(row['Laufzeit Ende (geplant)']);
      expect(german(record['actualStart'])).toBe(row['Laufzeit Beginn (tatsächlich)']);
      expect(german(record['actualEnd'])).toBe(row['Laufzeit Ende (tatsächlich)']);
      expect(String(record['progress'])).toBe(row['Fortschritt (%)']);
      expect([record['health'], record['freshness']]).toEqual([row.Zustand, row.Aktualität]);
      expect(String(record['plannedTotal']).replace('.', ',')).toBe(row['Plan gesamt (€)']);
      expect(String(record['spentTotal']).replace('.', ',')).toBe(row['Ist gesamt (€)']);
    }
    const { rows: sql } = await app.t.db.query(`SELECT code FROM measure WHERE model_project_id = $1 ORDER BY code`, [
      app.project.id,
    ]);
    expect(records.map((r) => r['identifier'])).toEqual(sql.map((r) => r.code));
  });

  it('neutralises a title that Excel would run as a formula in the CSV, and keeps it verbatim in the JSON', async () => {
    const hostile = '=HYPERLINK("http://evil")';
    const { createMeasure } = await app.admin.data(CREATE_MEASURE, {
      input: aMeasureInput(app.project.id, { title: hostile, summary: ' +1 Zeile mit Leerzeichen davor' }),
    });
    const { rows, raw } = await csvRows();
    expect(raw.toString('utf8')).toContain(`"'=HYPERLINK(""http://evil"")";${createMeasure.code};`);
    expect(rows.find((r) => r.Kennung === createMeasure.code)).toMatchObject({
      Titel: `'${hostile}`,
      Kurzbeschreibung: "' +1 Zeile mit Leerzeichen davor",
    });
    const json = await download(app.t, EXPORTS.json(app.project.code), app.editor);
    const records = measuresOf(json.body);
    expect(records.find((r) => r['identifier'] === createMeasure.code)?.['title']).toBe(hostile);
  });

  it('adds progress, health, freshness and money totals after the KTS columns, as GraphQL shows them', async () => {
    const categories = await costCategories(app.t);
    const [first, second] = Object.values(categories);
    await aCostPlanEntry(app.t, app.m01, { year: 2025, costCategoryId: first.id, planned: '12000.55' });
    await aCostPlanEntry(app.t, app.m01, { year: 2026, costCategoryId: second.id, planned: '800.00' });
    await anExpenditure(app.t, app.m01, { costCategoryId: first.id, amount: '4711.08', spentOn: '2025-05-05' });
    await aStatusReport(app.t, app.m01, { reportDate: '2026-10-01', progress: 40, trafficLight: 'YELLOW' });

    const { rows } = await csvRows();
    const { modelProject } = await app.admin.data(
      `query($code: String!) { modelProject(code: $code) { measures(first: 100) { nodes { code
         progress { value } health { value } freshness { value }
         budget { planned { total } actual { total } } } } } }`,
      { code: app.project.code },
    );
    const nodes: {
      code: string;
      progress: { value: number };
      health: { value: string };
      freshness: { value: string };
      budget: { planned: { total: string }; actual: { total: string } };
    }[] = modelProject.measures.nodes;
    expect(nodes).toHaveLength(rows.length);
    const euros = (text: string) => moneyCents(text.replace(',', '.'));
    for (const node of nodes) {
      const row = rows.find((r) => r.Kennung === node.code) as Row;
      expect([node.code, Number(row['Fortschritt (%)'])]).toEqual([node.code, node.progress.value]);
      expect([node.code, row.Zustand]).toEqual([node.code, HEALTH_LABEL_DE[node.health.value as Health]]);
      expect([node.code, row.Aktualität]).toEqual([node.code, FRESHNESS_LABEL_DE[node.freshness.value as Freshness]]);
      expect([node.code, euros(row['Plan gesamt (€)'])]).toEqual([node.code, moneyCents(node.budget.planned.total)]);
      expect([node.code, euros(row['Ist gesamt (€)'])]).toEqual([node.code, moneyCents(node.budget.actual.total)]);
    }
    const m01 = rows.find((r) => r.Kennung === app.m01.code) as Row;
    expect(m01).toMatchObject({
      'Fortschritt (%)': '40',
      Aktualität: 'Bericht fällig (31–60 Tage)',
      'Plan gesamt (€)': '12800,55',
      'Ist gesamt (€)': '4711,08',
    });
  });
});
