import { aMeasure, aMember, aProject, aVariedPortfolio } from '../support/factories';
import { CREATE_MEASURE, aMeasureInput } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';
import { download, EXPORTS, parseCsv, sessionOf } from './downloads';

const COLUMNS = [
  'Titel',
  'Kennung',
  'Modellprojekt',
  'Handlungsfeld(er)',
  'Bearbeitungsstand',
  'Raumwirkung',
  'Kommune(n)',
  'Kurzbeschreibung',
  'Laufzeit Beginn',
  'Laufzeit Ende',
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
  'start',
  'end',
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
    expect(row['Laufzeit Beginn']).toMatch(/^\d\d\.\d\d\.\d{4}$/);
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
    const records: Record<string, unknown>[] = JSON.parse(response.body.toString('utf8'));
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
      const start = record['start'] as string | null;
      expect(start ? start.split('-').reverse().join('.') : '').toBe(row['Laufzeit Beginn']);
    }
    const { rows: sql } = await app.t.db.query(`SELECT code FROM measure WHERE model_project_id = $1 ORDER BY code`, [
      app.project.id,
    ]);
    expect(records.map((r) => r['identifier'])).toEqual(sql.map((r) => r.code));
  });
});
