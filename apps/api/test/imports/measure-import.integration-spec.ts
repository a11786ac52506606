import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { aCostPlanEntry, aMeasure, aMember, aMilestone, aProject, costCategories } from '../support/factories';
import type { Measure, Member, Project } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';
import { signInCookies } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { apiTokenOf, download, readWorkbook } from '../reporting/downloads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportAnswer {
  status: number;
  body: {
    code?: string;
    message?: string;
    dryRun: boolean;
    applied: boolean;
    format: string;
    summary: { created: number; changed: number; unchanged: number; conflicts: number; refused: number };
    rows: {
      sheet: string;
      row: number;
      code: string | null;
      title: string;
      outcome: string;
      changes: { column: string; before: string | null; after: string | null }[];
      errors: { column: string | null; code: string; message: string }[];
    }[];
  };
}

/** Posts a file to the import route as the request body (or as multipart with `multipart: true`). */
async function importFile(
  t: TestApp,
  code: string,
  file: Buffer,
  headers: Record<string, string>,
  { dryRun = true, type = XLSX, multipart = false }: { dryRun?: boolean; type?: string; multipart?: boolean } = {},
): Promise<ImportAnswer> {
  const url = `${t.baseUrl}/api/imports/projects/${code}/measures?dryRun=${dryRun}`;
  let body: BodyInit;
  const sent = { ...headers };
  if (multipart) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(file)], { type }),
      type === XLSX ? 'Massnahmen.xlsx' : 'Massnahmen.csv',
    );
    body = form;
  } else {
    body = new Uint8Array(file);
    sent['content-type'] = type;
  }
  const response = await fetch(url, { method: 'POST', headers: sent, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) };
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The column number of a header title in a sheet's first row. */
function column(sheet: ExcelJS.Worksheet, title: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (cell.value === title) found = n;
  });
  if (!found) throw new Error(`no column ${title} in ${sheet.name}`);
  return found;
}

/** The row of a sheet whose column `title` holds `value`. */
function rowWhere(sheet: ExcelJS.Worksheet, title: string, value: string): ExcelJS.Row {
  const c = column(sheet, title);
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(c).value === value) return sheet.getRow(r);
  throw new Error(`no row with ${title} = ${value} in ${sheet.name}`);
}

const MEASURE_QUERY = `query($id: ID!) { measure(id: $id) { title plannedStart plannedEnd version
  milestones { id title baselineDate forecastDate completedOn }
  budget { costPlan { year costCategoryId planned } }
  history(limit: 50) { entityType action changes { field before after } } } }`;

describe('the measure import with a round trip through Excel', () => {
  const app = appPerBlock(async (t) => {
    const project = await aProject(t, {
      municipalities: ['Stadt Importhausen', 'Gemeinde Tabellingen'],
      fields: [{ name: 'Mobilität' }, { name: 'Verwaltung' }],
    });
    const categories = await costCategories(t);
    const category = Object.values(categories)[0];
    const m1 = await aMeasure(t, project, {
      title: 'Rufbus per App',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-06-30',
      fieldOfActionIds: [project.fields[0].id],
      leadUnitId: project.members[0].id,
      status: 'IN_PROGRESS',
      tags: ['mobilität'],
    });
    const milestone = await aMilestone(t, m1, { title: 'Ausschreibung', baselineDate: '2027-02-01' });
    await aCostPlanEntry(t, m1, { year: 2027, costCategoryId: category.id, planned: '12000.00' });
    const m2 = await aMeasure(t, project, { title: 'Online-Bürgerbüro', fieldOfActionIds: [project.fields[1].id] });
    const office = await aMember(t, project, 'ADMIN');
    const editor = await aMember(t, project, 'EDITOR');
    const token = await apiTokenOf(t, office.user);
    return { project, m1, m2, milestone, category, office, editor, token };
  });

  async function exported(): Promise<ExcelJS.Workbook> {
    const response = await download(app.t, `/api/exports/projects/${app.project.code}/measures.xlsx`, app.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(XLSX);
    return readWorkbook(response.body);
  }

  async function historyCount(): Promise<number> {
    const { rows } = await app.t.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE model_project_id = $1`, [
      app.project.id,
    ]);
    return rows[0].n;
  }

  it('exports the measure workbook with the measure columns, a version, milestones, cost plan, values and notes', async () => {
    const workbook = await exported();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Maßnahmen',
      'Meilensteine',
      'Kostenplan',
      'Werte',
      'Hinweise',
    ]);
    const measures = workbook.getWorksheet('Maßnahmen') as ExcelJS.Worksheet;
    const header = (measures.getRow(1).values as string[]).slice(1);
    expect(header[0]).toBe('Titel');
    expect(header[1]).toBe('Kennung');
    expect(header.slice(-2)).toEqual(['Ziele', 'Version']);
    const row = rowWhere(measures, 'Kennung', app.m1.code);
    expect(row.getCell(column(measures, 'Titel')).value).toBe('Rufbus per App');
    expect(String(row.getCell(column(measures, 'Version')).value)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const milestones = workbook.getWorksheet('Meilensteine') as ExcelJS.Worksheet;
    expect(
      rowWhere(milestones, 'Meilenstein-ID', app.milestone.id).getCell(column(milestones, 'Meilenstein')).value,
    ).toBe('Ausschreibung');
    const costs = workbook.getWorksheet('Kostenplan') as ExcelJS.Worksheet;
    expect(rowWhere(costs, 'Kennung', app.m1.code).getCell(column(costs, 'Plan (€)')).value).toBe(12000);
    const values = workbook.getWorksheet('Werte') as ExcelJS.Worksheet;
    expect(values.getColumn(column(values, 'Kommune')).values).toEqual(expect.arrayContaining(['Stadt Importhausen']));
    // no formula anywhere
    for (const sheet of workbook.worksheets)
      sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('re-imports an unchanged export as all unchanged and writes nothing', async () => {
    const before = await historyCount();
    const file = await workbookBytes(await exported());
    const answer = await importFile(app.t, app.project.code, file, app.token, { dryRun: false });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ dryRun: false, applied: true, format: 'xlsx' });
    expect(answer.body.summary).toEqual({ created: 0, changed: 0, unchanged: 4, conflicts: 0, refused: 0 });
    expect(answer.body.rows.every((r) => r.outcome === 'UNCHANGED' && r.changes.length === 0)).toBe(true);
    expect(await historyCount()).toBe(before);
  });

  it('reports exactly the changes of an edited workbook in a dry run, then applies them with their history', async () => {
    const workbook = await exported();
    const measures = workbook.getWorksheet('Maßnahmen') as ExcelJS.Worksheet;
    const row = rowWhere(measures, 'Kennung', app.m1.code);
    row.getCell(column(measures, 'Titel')).value = 'Rufbus per App und Telefon';
    row.getCell(column(measures, 'Laufzeit Ende (geplant)')).value = '30.09.2027';
    const milestones = workbook.getWorksheet('Meilensteine') as ExcelJS.Worksheet;
    rowWhere(milestones, 'Meilenstein-ID', app.milestone.id).getCell(column(milestones, 'Plandatum')).value = new Date(
      Date.UTC(2027, 2, 15),
    );
    const costs = workbook.getWorksheet('Kostenplan') as ExcelJS.Worksheet;
    rowWhere(costs, 'Kennung', app.m1.code).getCell(column(costs, 'Plan (€)')).value = '15.500,50';
    const file = await workbookBytes(workbook);
    const historyBefore = await historyCount();

    const dry = await importFile(app.t, app.project.code, file, app.token);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, applied: false });
    expect(dry.body.summary).toEqual({ created: 0, changed: 3, unchanged: 1, conflicts: 0, refused: 0 });
    const changed = dry.body.rows.filter((r) => r.outcome === 'CHANGED');
    expect(changed.map((r) => [r.sheet, r.code, r.changes])).toEqual([
      [
        'Maßnahmen',
        app.m1.code,
        [
          { column: 'Titel', before: 'Rufbus per App', after: 'Rufbus per App und Telefon' },
          { column: 'Laufzeit Ende (geplant)', before: '30.06.2027', after: '30.09.2027' },
        ],
      ],
      ['Meilensteine', app.m1.code, [{ column: 'Plandatum', before: '01.02.2027', after: '15.03.2027' }]],
      ['Kostenplan', app.m1.code, [{ column: 'Plan (€)', before: '12.000,00 €', after: '15.500,50 €' }]],
    ]);
    expect(await historyCount()).toBe(historyBefore);

    const applied = await importFile(app.t, app.project.code, file, app.token, { dryRun: false });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, applied: true });
    expect(applied.body.summary).toEqual(dry.body.summary);
    expect(await historyCount()).toBe(historyBefore + 3);

    const { measure } = await app.office.data(MEASURE_QUERY, { id: app.m1.id });
    expect(measure).toMatchObject({
      title: 'Rufbus per App und Telefon',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-09-30',
    });
    expect(measure.milestones).toEqual([
      {
        id: app.milestone.id,
        title: 'Ausschreibung',
        baselineDate: '2027-03-15',
        forecastDate: null,
        completedOn: null,
      },
    ]);
    expect(measure.budget.costPlan).toEqual([{ year: 2027, costCategoryId: app.category.id, planned: '15500.50' }]);
    const recent = measure.history.slice(0, 3) as {
      entityType: string;
      action: string;
      changes: { field: string; after: string }[];
    }[];
    expect(recent.map((h) => h.entityType).sort()).toEqual(['CostPlanEntry', 'Measure', 'Milestone']);
    expect(
      recent
        .find((h) => h.entityType === 'Measure')
        ?.changes.map((c) => c.field)
        .sort(),
    ).toEqual(['plannedEnd', 'title']);
    const { measure: other } = await app.office.data(MEASURE_QUERY, { id: app.m2.id });
    expect(other.title).toBe('Online-Bürgerbüro');

    // the same file again: its versions are those before the import, so every row of M1 is now a conflict
    const again = await importFile(app.t, app.project.code, file, app.token, { dryRun: false });
    expect(again.body.summary.conflicts).toBe(3);
    expect(again.body.summary.changed).toBe(0);
  });

  it('reports a row whose measure changed since the export as a conflict and does not apply it', async () => {
    const workbook = await exported();
    const { measure } = await app.office.data(MEASURE_QUERY, { id: app.m2.id });
    await app.office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: app.m2.id, version: measure.version, summary: 'Inzwischen im Dashboard geändert' },
    });
    const measures = workbook.getWorksheet('Maßnahmen') as ExcelJS.Worksheet;
    rowWhere(measures, 'Kennung', app.m2.code).getCell(column(measures, 'Titel')).value = 'Bürgerbüro online';
    const before = await historyCount();
    const answer = await importFile(app.t, app.project.code, await workbookBytes(workbook), app.token, {
      dryRun: false,
    });
    expect(answer.status).toBe(200);
    const row = answer.body.rows.find((r) => r.code === app.m2.code && r.sheet === 'Maßnahmen');
    // the row is compared with the measure as it is now: the edit of the title, and the summary the file does not know
    expect(row).toMatchObject({
      outcome: 'CONFLICT',
      changes: [
        { column: 'Titel', before: 'Online-Bürgerbüro', after: 'Bürgerbüro online' },
        { column: 'Kurzbeschreibung', before: 'Inzwischen im Dashboard geändert', after: null },
      ],
    });
    expect(row?.errors[0].message).toContain('seit dem Export geändert');
    expect(await historyCount()).toBe(before);
    const { measure: after } = await app.office.data(MEASURE_QUERY, { id: app.m2.id });
    expect(after.title).toBe('Online-Bürgerbüro');
  });

  it('reads a CSV of German Excel: UTF-8 with BOM, and Windows-1252', async () => {
    const csv = `Titel;Kennung;Kurzbeschreibung;Phase\r\n"Online-Bürgerbüro";${app.m2.code};"Anträge; rund um die Uhr – für alle Bürger";B\r\n`;
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
    const answer = await importFile(app.t, app.project.code, utf8, app.token, { type: 'text/csv' });
    expect(answer.status).toBe(200);
    expect(answer.body.format).toBe('csv');
    expect(answer.body.rows).toEqual([
      expect.objectContaining({
        code: app.m2.code,
        outcome: 'CHANGED',
        changes: [
          {
            column: 'Kurzbeschreibung',
            before: 'Inzwischen im Dashboard geändert',
            after: 'Anträge; rund um die Uhr – für alle Bürger',
          },
        ],
      }),
    ]);
    // Windows-1252: ü is 0xFC, the en dash 0x96
    const latin = Buffer.from(
      `Titel;Kennung\r\nNeue Maßnahme für Büros;\r\n`.replace(/[üß]/g, (c) => (c === 'ü' ? '\u00fc' : '\u00df')),
      'latin1',
    );
    const win = await importFile(app.t, app.project.code, latin, app.token, { type: 'text/csv; charset=windows-1252' });
    expect(win.status).toBe(200);
    expect(win.body.rows[0]).toMatchObject({ outcome: 'REFUSED', title: 'Neue Maßnahme für Büros' });
    expect(win.body.rows[0].errors[0]).toMatchObject({ column: 'Phase', code: 'IMPORT_REQUIRED' });
  });

  it('re-imports the CSV measure export as unchanged (it has no versions, so nothing is checked for conflicts)', async () => {
    // text the CSV protects against formulas ('- …) comes back as it was
    const { measure } = await app.office.data(MEASURE_QUERY, { id: app.m2.id });
    await app.office.data(`mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`, {
      input: { id: app.m2.id, version: measure.version, summary: '- Anträge online\n- Termine online' },
    });
    const csv = await download(app.t, `/api/exports/projects/${app.project.code}/measures.csv`, app.token);
    expect(csv.status).toBe(200);
    const before = await historyCount();
    const answer = await importFile(app.t, app.project.code, csv.body, app.token, { dryRun: false, type: 'text/csv' });
    expect(answer.status).toBe(200);
    expect(answer.body.summary).toEqual({ created: 0, changed: 0, unchanged: 2, conflicts: 0, refused: 0 });
    expect(await historyCount()).toBe(before);
  });

  it('takes multipart uploads with a part "file", and the session of the dashboard with its CSRF token', async () => {
    const cookies = await signInCookies(app.t.baseUrl, app.office.user.email, app.office.user.password);
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
    const file = await workbookBytes(await exported());
    const session = { cookie: cookies.join('; '), 'x-xsrf-token': csrf };
    const answer = await importFile(app.t, app.project.code, file, session, { multipart: true });
    expect(answer.status).toBe(200);
    expect(answer.body.summary.refused).toBe(0);
    const noCsrf = await importFile(app.t, app.project.code, file, { cookie: cookies.join('; ') }, { multipart: true });
    expect(noCsrf.status).toBe(403);
  });

  it('refuses anyone but the project office with 403, and anonymous callers with 401', async () => {
    const file = await workbookBytes(await exported());
    const editorToken = await apiTokenOf(app.t, app.editor.user);
    const answer = await importFile(app.t, app.project.code, file, editorToken);
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('FORBIDDEN');
    expect((await importFile(app.t, app.project.code, file, {})).status).toBe(401);
  });

  it('offers the empty template with the same columns', async () => {
    const response = await download(
      app.t,
      `/api/imports/projects/${app.project.code}/measures-template.xlsx`,
      app.token,
    );
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(response.body);
    const measures = workbook.getWorksheet('Maßnahmen') as ExcelJS.Worksheet;
    expect(measures.actualRowCount).toBe(1);
    expect((workbook.getWorksheet('Hinweise') as ExcelJS.Worksheet).actualRowCount).toBeGreaterThan(20);
  });
});

describe('hostile files: refused with a clear reason and nothing written', () => {
  const app = appPerBlock(async (t) => {
    const project = await aProject(t, { municipalities: ['Stadt Feindlich'] });
    const measure = await aMeasure(t, project, { title: 'Bestehende Maßnahme', plannedStart: '2026-01-01' });
    const office = await aMember(t, project, 'ADMIN');
    const token = await apiTokenOf(t, office.user);
    return { project, measure, office, token };
  });

  async function written(): Promise<number> {
    const { rows } = await app.t.db.query(
      `SELECT (SELECT count(*) FROM audit_entry WHERE model_project_id = $1)::int
            + (SELECT count(*) FROM measure WHERE model_project_id = $1)::int AS n`,
      [app.project.id],
    );
    return rows[0].n;
  }

  /** A workbook with one measure sheet of the given header and rows. */
  async function aWorkbook(header: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Maßnahmen');
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
    return workbookBytes(workbook);
  }

  async function refusedAsAWhole(file: Buffer, status: number, code: string, type = XLSX): Promise<void> {
    const before = await written();
    const answer = await importFile(app.t, app.project.code, file, app.token, { dryRun: false, type });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(answer.body.message).toMatch(/[äöüß]|Datei|Arbeitsmappe/);
    expect(await written()).toBe(before);
  }

  async function refusedCell(file: Buffer, column: string, code: string, type = XLSX): Promise<string> {
    const before = await written();
    const answer = await importFile(app.t, app.project.code, file, app.token, { dryRun: false, type });
    expect(answer.status).toBe(422);
    expect(answer.body.applied).toBe(false);
    const errors = answer.body.rows.flatMap((r) => r.errors);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ column, code })]));
    expect(await written()).toBe(before);
    return errors.find((e) => e.code === code)?.message ?? '';
  }

  it('refuses a file larger than the limit', async () => {
    await refusedAsAWhole(Buffer.alloc(5 * 1024 * 1024 + 10, 0x41), 413, 'IMPORT_TOO_LARGE', 'text/csv');
  });

  it('refuses too many rows', async () => {
    const csv = `Titel;Phase\r\n${'Maßnahme;B\r\n'.repeat(2_001)}`;
    await refusedAsAWhole(Buffer.from(csv, 'utf8'), 413, 'IMPORT_TOO_MANY_ROWS', 'text/csv');
  });

  it('refuses a zip bomb before unpacking it', async () => {
    await refusedAsAWhole(aZipBomb(), 413, 'IMPORT_TOO_LARGE');
  });

  it('refuses malformed XML and a file that is no workbook', async () => {
    const sheet = (rows: string) =>
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row>';
    // the same hand-made workbook is read when its XML is well-formed, and refused when it is not
    const wellFormed = await importFile(app.t, app.project.code, aWorkbookOfParts(sheet(cells)), app.token);
    expect(wellFormed.status).toBe(200);
    await refusedAsAWhole(aWorkbookOfParts(sheet(`${cells}<row r="2"><c r="A2"`)), 422, 'IMPORT_UNREADABLE');
    await refusedAsAWhole(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 422, 'IMPORT_UNREADABLE');
  });

  it('refuses a type that is neither XLSX nor CSV', async () => {
    await refusedAsAWhole(Buffer.from('%PDF-1.7\n'), 415, 'IMPORT_UNSUPPORTED_TYPE', 'application/pdf');
  });

  it('refuses a workbook without the title column', async () => {
    await refusedAsAWhole(await aWorkbook(['Name'], [['x']]), 422, 'IMPORT_MISSING_COLUMN');
  });

  it('refuses a formula cell', async () => {
    const file = await aWorkbook(['Titel', 'Phase'], [[{ formula: 'HYPERLINK("http://evil.example","klick")' }, 'B']]);
    await refusedCell(file, 'Titel', 'IMPORT_FORMULA');
    const csv = Buffer.from('Titel;Phase\r\n=1+1;B\r\n', 'utf8');
    await refusedCell(csv, 'Titel', 'IMPORT_FORMULA', 'text/csv');
  });

  it('refuses impossible dates, malformed amounts and wrong types, naming row and column in German', async () => {
    const date = await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Laufzeit Ende (geplant)'], [['Neu', 'B', '31.02.2026']]),
      'Laufzeit Ende (geplant)',
      'IMPORT_INVALID_DATE',
    );
    expect(date).toBe('Zeile 2, Spalte „Laufzeit Ende (geplant)“: „31.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ).');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Maßnahmen').addRow(['Titel', 'Kennung', 'Phase']).commit();
    workbook.getWorksheet('Maßnahmen')?.addRow(['Bestehende Maßnahme', app.measure.code, 'B']);
    const costs = workbook.addWorksheet('Kostenplan');
    costs.addRow(['Kennung', 'Jahr', 'Kostenart', 'Plan (€)']);
    costs.addRow([app.measure.code, 2027, 'Personal', '1.500,5x']);
    const amount = await refusedCell(await workbookBytes(workbook), 'Plan (€)', 'IMPORT_INVALID_AMOUNT');
    expect(amount).toContain('„1.500,5x“ ist kein gültiger Betrag');
    await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Leitprojekt'], [['Neu', 'B', 17]]),
      'Leitprojekt',
      'IMPORT_INVALID_VALUE',
    );
    await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Laufzeit Beginn (geplant)'], [['Neu', 'B', 'bald']]),
      'Laufzeit Beginn (geplant)',
      'IMPORT_INVALID_DATE',
    );
  });

  it('refuses unknown municipalities, fields of action, goals and statuses', async () => {
    await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Kommune(n)'], [['Neu', 'B', 'Atlantis']]),
      'Kommune(n)',
      'IMPORT_UNKNOWN_MUNICIPALITY',
    );
    await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Bearbeitungsstand'], [['Neu', 'B', 'fast fertig']]),
      'Bearbeitungsstand',
      'IMPORT_UNKNOWN_STATUS',
    );
    // the project has fields of action: a name that is none of them is a typo, not a new field
    const field = await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Handlungsfeld(er)'], [['Neu', 'B', 'Mobilitat']]),
      'Handlungsfeld(er)',
      'IMPORT_UNKNOWN_FIELD_OF_ACTION',
    );
    expect(field).toContain('„Mobilitat“ ist kein Handlungsfeld dieses Modellprojekts');
    await refusedCell(
      await aWorkbook(['Titel', 'Phase', 'Ziele'], [['Neu', 'B', 'Weltfrieden']]),
      'Ziele',
      'IMPORT_UNKNOWN_GOAL',
    );
  });

  it('refuses an apply as a whole when a rule of the measure refuses a row', async () => {
    const message = await refusedCell(
      await aWorkbook(
        ['Titel', 'Phase', 'Laufzeit Beginn (geplant)', 'Laufzeit Ende (geplant)'],
        [
          ['Gute Zeile', 'B', '01.01.2027', '31.12.2027'],
          ['Ende vor Beginn', 'B', '01.01.2027', '31.12.2026'],
        ],
      ),
      'Laufzeit Ende (geplant)',
      'IMPORT_RULE',
    );
    expect(message).toBe(
      'Zeile 3, Spalte „Laufzeit Ende (geplant)“: Das geplante Ende liegt vor dem geplanten Beginn.',
    );
  });
});

describe('the first start: a whole agenda from one file', () => {
  const app = appPerBlock(async (t) => {
    const project = await aProject(t, { strategy: false, municipalities: ['Stadt Anfang', 'Gemeinde Neubeginn'] });
    // a municipality the file names by its Amtlicher Regionalschlüssel
    await t.db.query(`UPDATE territorial_unit SET ars = '072325001001' WHERE id = $1`, [project.members[1].id]);
    const office = await aMember(t, project, 'ADMIN');
    const token = await apiTokenOf(t, office.user);
    return { project, office, token };
  });

  it('creates measures, fields of action (and the strategy they need), milestones and a cost plan', async () => {
    const categories = Object.values(await costCategories(app.t));
    const workbook = new ExcelJS.Workbook();
    const measures = workbook.addWorksheet('Maßnahmen');
    measures.addRow([
      'Titel',
      'Kennung',
      'Handlungsfeld(er)',
      'Bearbeitungsstand',
      'Kommune(n)',
      'Phase',
      'Laufzeit Beginn (geplant)',
      'Ziele',
    ]);
    const code = `${app.project.code}-M01`;
    measures.addRow([
      'Smarte Straßenlaternen',
      code,
      'Energie | Mobilität',
      'in Planung',
      'Stadt Anfang | Gemeinde Neubeginn',
      'B',
      '01.03.2027',
      'Weniger Energieverbrauch',
    ]);
    measures.addRow([
      'Digitale Bibliothek',
      '',
      'Bildung',
      'Idee',
      '072325001001',
      'B',
      '2027-09-01',
      'weniger energieverbrauch | Lesen für alle',
    ]);
    const milestones = workbook.addWorksheet('Meilensteine');
    milestones.addRow([
      'Kennung',
      'Meilenstein-ID',
      'Meilenstein',
      'Plandatum',
      'Prognose',
      'Erreicht am',
      'Gewichtung',
    ]);
    milestones.addRow([code, '', 'Pilotstraße in Betrieb', '30.06.2027', '', '', 2]);
    const costs = workbook.addWorksheet('Kostenplan');
    costs.addRow(['Kennung', 'Jahr', 'Kostenart', 'Plan (€)']);
    costs.addRow([code, 2027, categories[0].name, 25000]);
    const file = await workbookBytes(workbook);

    const dry = await importFile(app.t, app.project.code, file, app.token);
    expect(dry.status).toBe(200);
    expect(dry.body.summary).toEqual({ created: 4, changed: 0, unchanged: 0, conflicts: 0, refused: 0 });
    const applied = await importFile(app.t, app.project.code, file, app.token, { dryRun: false });
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(true);
    const generated = applied.body.rows.find((r) => r.title === 'Digitale Bibliothek')?.code;
    expect(generated).toBe(`${app.project.code}-M02`);
    const { rows: led } = await app.t.db.query(`SELECT lead_unit_id AS lead FROM measure WHERE code = $1`, [generated]);
    expect(led[0].lead).toBe(app.project.members[1].id);

    const { rows: fields } = await app.t.db.query(
      `SELECT name FROM field_of_action WHERE model_project_id = $1 ORDER BY sort_order`,
      [app.project.id],
    );
    expect(fields.map((f) => f.name)).toEqual(['Energie', 'Mobilität', 'Bildung']);
    const { rows: goals } = await app.t.db.query(
      `SELECT g.title, f.name AS field FROM goal g JOIN field_of_action f ON f.id = g.field_of_action_id
        WHERE g.model_project_id = $1 ORDER BY g.title`,
      [app.project.id],
    );
    expect(goals).toEqual([
      { title: 'Lesen für alle', field: 'Bildung' },
      { title: 'Weniger Energieverbrauch', field: 'Energie' },
    ]);
    const { measureByCode } = await app.office.data(
      `query($code: String!) { measureByCode(code: $code) { title status fieldsOfAction { name } goals { title fieldOfAction { name } }
        milestones { title baselineDate weight } budget { costPlan { year planned } } } }`,
      { code },
    );
    expect(measureByCode).toMatchObject({
      title: 'Smarte Straßenlaternen',
      status: 'PLANNING',
      fieldsOfAction: [{ name: 'Energie' }, { name: 'Mobilität' }],
      goals: [{ title: 'Weniger Energieverbrauch', fieldOfAction: { name: 'Energie' } }],
      milestones: [{ title: 'Pilotstraße in Betrieb', baselineDate: '2027-06-30', weight: 2 }],
      budget: { costPlan: [{ year: 2027, planned: '25000.00' }] },
    });
    // and the export of what was imported re-imports as unchanged
    const response = await download(app.t, `/api/exports/projects/${app.project.code}/measures.xlsx`, app.token);
    const again = await importFile(app.t, app.project.code, response.body, app.token, { dryRun: false });
    expect(again.body.summary).toEqual({ created: 0, changed: 0, unchanged: 4, conflicts: 0, refused: 0 });
  });
});

/** A zip whose one entry says it is small but inflates to 20 MB of zeros (a lying header: the classic bomb). */
function aZipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 });
  return aZipOf([{ name: 'xl/worksheets/sheet1.xml', data, size: 1024, method: 8 }]);
}

/** The smallest workbook exceljs reads: one sheet "Maßnahmen" whose XML is given. */
function aWorkbookOfParts(sheetXml: string): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return aZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Maßnahmen" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
  });
}

function aZip(files: Record<string, string>): Buffer {
  return aZipOf(
    Object.entries(files).map(([name, text]) => {
      const raw = Buffer.from(text, 'utf8');
      return { name, data: deflateRawSync(raw), size: raw.length, method: 8 };
    }),
  );
}

/** A minimal zip (no CRCs checked by the guard), enough to test what happens before a real unzip. */
function aZipOf(entries: { name: string; data: Buffer; size: number; method: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export type { Member, Project, Measure };
