import type ExcelJS from 'exceljs';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { aPlatformAdmin, aProjectWithMeasures } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { cellCents, download, EXPORTS, measuresOf, parseCsv, readWorkbook, sessionOf } from './downloads';

const MEASURES = 2000;

/**
 * Volume: a project of 2,000 measures, each with a cost plan over two years and a few expenditures, written straight
 * into the database. The exports stream from a cursor; here they only have to complete and count right (memory is
 * measured by the benchmark).
 */
describe('exports of a project with thousands of measures', () => {
  let t: TestApp;
  let operator: Record<string, string>;
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    operator = await sessionOf(t, (await aPlatformAdmin(t)).user);
    // The shared factory numbers measures with three digits; thousands need four (BIG-M0001 … BIG-M2000).
    const project = await aProjectWithMeasures(t.db, 'BIG', 0);
    projectId = project.projectId;
    await t.db.query(
      `INSERT INTO measure (model_project_id, code, title, summary, phase, status, lead_unit_id, planned_start, planned_end, tags)
       SELECT $1, 'BIG-M' || lpad(i::text, 4, '0'), 'Maßnahme ' || i || '; Teil "' || (i % 7) || '"', 'Kurzbeschreibung ' || i,
              'B', (ARRAY['IDEA','PLANNING','IN_PROGRESS','IMPLEMENTED'])[1 + i % 4], $2, DATE '2026-01-01', DATE '2027-12-31',
              ARRAY['test', 'volumen']
         FROM generate_series(1, $3) i`,
      [projectId, project.unitIds[0], MEASURES],
    );
    await t.db.query(
      `INSERT INTO measure_field_of_action (measure_id, field_of_action_id)
       SELECT id, $2 FROM measure WHERE model_project_id = $1`,
      [projectId, project.fieldIds[0]],
    );
    await t.db.query(
      `INSERT INTO measure_participating_unit (measure_id, territorial_unit_id)
       SELECT id, $2 FROM measure WHERE model_project_id = $1 AND code > 'BIG-M1000'`,
      [projectId, project.unitIds[1]],
    );
    await t.db.query(
      `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date)
       SELECT id, model_project_id, 'Meilenstein', DATE '2026-06-30' FROM measure WHERE model_project_id = $1`,
      [projectId],
    );
    await t.db.query(REFRESH_MEASURE_METRICS_SQL, [null]);
    await t.db.query(
      `INSERT INTO cost_plan_entry (model_project_id, measure_id, year, cost_category_id, planned_cents)
       SELECT m.model_project_id, m.id, y, c.id, 100000 + (abs(hashtext(m.code || y || c.code)) % 5000000)
         FROM measure m CROSS JOIN generate_series(2026, 2027) y
         CROSS JOIN (SELECT id, code FROM cost_category WHERE code IN ('PERSONAL', 'INVESTITIONEN')) c
        WHERE m.model_project_id = $1`,
      [projectId],
    );
    await t.db.query(
      `INSERT INTO expenditure (model_project_id, measure_id, cost_category_id, spent_on, amount_cents, description)
       SELECT m.model_project_id, m.id, c.id, DATE '2026-01-15' + k * 70, 1001 + (abs(hashtext(m.code || k)) % 3000000), 'Rechnung ' || k
         FROM measure m CROSS JOIN generate_series(1, 3) k
         CROSS JOIN (SELECT id FROM cost_category WHERE code = 'PERSONAL') c
        WHERE m.model_project_id = $1`,
      [projectId],
    );
  }, 120_000);
  afterAll(() => t.close());

  it('streams the numerical statement with every cell and totals that match SQL', async () => {
    const response = await download(t, EXPORTS.statement('BIG', 'phase=B'), operator);
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Übersicht', 'Abgleich', '2026', '2027', 'Belegliste']);
    const { rows: cells } = await t.db.query(
      `SELECT year, count(*)::int AS n, sum(planned)::text AS planned FROM (
         SELECT year::int, measure_id, cost_category_id, sum(planned_cents) AS planned FROM cost_plan_entry WHERE model_project_id = $1 GROUP BY 1, 2, 3
         UNION ALL
         SELECT extract(year FROM spent_on)::int, measure_id, cost_category_id, 0 FROM expenditure WHERE model_project_id = $1
          GROUP BY 1, 2, 3
       ) x GROUP BY year ORDER BY year`,
      [projectId],
    );
    for (const { year, planned } of cells) {
      const sheet = workbook.getWorksheet(String(year)) as ExcelJS.Worksheet;
      const dataRows = sheet.rowCount - 5; // title, info, facts, header … totals
      const { rows: expected } = await t.db.query(
        `SELECT count(*)::int AS n FROM (
           SELECT measure_id, cost_category_id FROM cost_plan_entry WHERE model_project_id = $1 AND year = $2
           UNION
           SELECT measure_id, cost_category_id FROM expenditure WHERE model_project_id = $1 AND extract(year FROM spent_on) = $2) x`,
        [projectId, year],
      );
      expect(dataRows).toBe(expected[0].n);
      expect(dataRows).toBeGreaterThanOrEqual(2 * MEASURES);
      expect(cellCents(sheet.getRow(sheet.rowCount).getCell(4).value)).toBe(BigInt(planned));
    }
    // every receipt, streamed from its own cursor after the year sheets
    const receipts = workbook.getWorksheet('Belegliste') as ExcelJS.Worksheet;
    const { rows: spent } = await t.db.query(
      `SELECT count(*)::int AS n, sum(amount_cents)::text AS total FROM expenditure WHERE model_project_id = $1`,
      [projectId],
    );
    expect(receipts.rowCount - 5).toBe(spent[0].n);
    expect(spent[0].n).toBe(3 * MEASURES);
    // Betrag is the 8th column: after date, number, description, category, code, measure and the attached files
    expect(cellCents(receipts.getRow(receipts.rowCount).getCell(8).value)).toBe(BigInt(spent[0].total));
  });

  it('streams every measure into the CSV and the JSON', async () => {
    const csv = await download(t, EXPORTS.csv('BIG'), operator);
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv(csv.body.toString('utf8'));
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM measure WHERE model_project_id = $1`, [
      projectId,
    ]);
    expect(header[1]).toBe('Kennung');
    expect(rows[0].n).toBeGreaterThanOrEqual(MEASURES);
    expect(records).toHaveLength(rows[0].n);
    expect(records[0][1]).toBe('BIG-M0001');
    expect(records[MEASURES - 1][1]).toBe('BIG-M2000');
    expect(new Set(records.slice(0, MEASURES).map((r) => r[5]))).toEqual(
      new Set(['Eine Kommune', 'Gesamtes Projektgebiet']),
    );
    const json = await download(t, EXPORTS.json('BIG'), operator);
    expect(measuresOf(json.body)).toHaveLength(rows[0].n);
  });

  it('refuses a narrative report beyond 2,000 measures, and offers the phase to narrow it', async () => {
    await t.db.query(
      `INSERT INTO measure (model_project_id, code, title, phase, status) VALUES ($1, 'BIG-M2001', 'Strategie', 'A', 'IMPLEMENTED')`,
      [projectId],
    );
    const refused = await download(t, EXPORTS.narrative('BIG'), operator);
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phase' });
    expect(refused.json().message).toContain('höchstens 2.000 Maßnahmen, gewählt sind 2.001');
    const phaseA = await download(t, EXPORTS.narrative('BIG', 'phase=A'), operator);
    expect(phaseA.status).toBe(200);
  });

  it('briefs the council on the whole portfolio', async () => {
    const response = await download(t, EXPORTS.briefing('BIG'), operator);
    expect(response.status).toBe(200);
    expect(response.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
