import type ExcelJS from 'exceljs';
import { aFundedProject, aMeasure, aMember, anExpenditure, costCategories } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';
import { cellCents, download, EXPORTS, moneyCents, readWorkbook, sessionOf } from './downloads';

const FUNDING = `query($code: String!, $from: LocalDate, $to: LocalDate) { modelProject(code: $code) {
  funding(from: $from, to: $to) { phases { phase planned { total federal own } actual { total federal own } } } } }`;

const MONEY_FORMAT = '#,##0.00 "€"';
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HEADER_ROW = 4;

interface Totals {
  planned: bigint;
  plannedFederal: bigint;
  plannedOwn: bigint;
  spent: bigint;
  spentFederal: bigint;
  spentOwn: bigint;
}

/**
 * The data rows of a sheet (between the header and the totals row) and the totals row, amounts in cents (an empty
 * amount cell reads as null). Every total must be a `SUBTOTAL(109, …)` over exactly the data rows, so that Excel's
 * filters are respected, with its computed result cached.
 */
function table(sheet: ExcelJS.Worksheet, labelColumns: number, moneyColumns = 7) {
  const rows: { labels: ExcelJS.CellValue[]; amounts: (bigint | null)[]; cells: ExcelJS.Cell[] }[] = [];
  let totals: bigint[] = [];
  let totalCells: ExcelJS.Cell[] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const labels = Array.from({ length: labelColumns }, (_, i) => row.getCell(i + 1).value);
    const cells = Array.from({ length: moneyColumns }, (_, i) => row.getCell(labelColumns + i + 1));
    const amounts = cells.map((c) => (c.value === null || c.value === undefined ? null : cellCents(c.value)));
    if (labels[0] === 'Summe') {
      totals = amounts as bigint[];
      totalCells = cells;
    } else rows.push({ labels, amounts, cells });
  }
  if (rows.length) {
    const [first, last] = [HEADER_ROW + 1, HEADER_ROW + rows.length];
    const sums = columnSums(rows, moneyColumns);
    totalCells.forEach((cell, i) => {
      const column = cell.address.replace(/\d+$/, '');
      expect(cell.formula).toBe(`SUBTOTAL(109,${column}${first}:${column}${last})`);
      // the cached result is what a viewer without a calculation engine shows; exceljs's reader drops a cached 0
      // (the file holds `<v>0</v>`), so an absent result must belong to a zero sum
      const result = (cell.value as ExcelJS.CellFormulaValue).result;
      if (result === undefined) expect([sheet.name, cell.address, sums[i]]).toEqual([sheet.name, cell.address, 0n]);
      else expect([sheet.name, cell.address, cellCents(result as number)]).toEqual([sheet.name, cell.address, sums[i]]);
    });
  }
  return { rows: rows as { labels: ExcelJS.CellValue[]; amounts: bigint[]; cells: ExcelJS.Cell[] }[], totals };
}

/** The sum of each amount column over the rows (empty cells count as nothing, like Excel's SUBTOTAL). */
const columnSums = (rows: { amounts: (bigint | null)[] }[], columns: number): bigint[] =>
  rows.reduce<bigint[]>(
    (acc, r) => acc.map((v, i) => v + (r.amounts[i] ?? 0n)),
    Array.from({ length: columns }, () => 0n),
  );

/** Federal share of one amount at a rate, half up away from zero: written here again, independently of the API. */
const FEDERAL_SQL = (amount: string, bp: string) => `sign(${amount}) * ((abs(${amount}) * ${bp} + 5000) / 10000)`;

const asTotals = (a: bigint[]): Totals => ({
  planned: a[0],
  plannedFederal: a[1],
  plannedOwn: a[2],
  spent: a[3],
  spentFederal: a[4],
  spentOwn: a[5],
});

function overviewTotals(phase: {
  planned: { total: string; federal: string; own: string };
  actual: { total: string; federal: string; own: string };
}): Totals {
  return {
    planned: moneyCents(phase.planned.total),
    plannedFederal: moneyCents(phase.planned.federal),
    plannedOwn: moneyCents(phase.planned.own),
    spent: moneyCents(phase.actual.total),
    spentFederal: moneyCents(phase.actual.federal),
    spentOwn: moneyCents(phase.actual.own),
  };
}

describe('the numerical statement (zahlenmäßiger Nachweis)', () => {
  /** A project as its funder sees it: portfolio, grants, plan and spending over the years. */
  const app = appPerBlock(async (t) => {
    const funded = await aFundedProject(t, { name: 'Smarte Region Testkreis' });
    const { id: projectId, code } = funded.project;
    const funder = await sessionOf(t, (await aMember(t, funded.project, 'FUNDER')).user);
    const admin = await aMember(t, funded.project, 'ADMIN');
    return { funded, funder, admin, projectId, code };
  });

  /** Per-year sums computed here, independently of the export's SQL: per-entry rounding half up at the grant's rate. */
  async function sqlTotalsByYear(phase: string, from: string | null, to: string | null): Promise<Map<number, Totals>> {
    const { rows } = await app.t.db.query(
      `WITH rate AS (SELECT funding_rate_bp AS bp FROM "grant" WHERE model_project_id = $1 AND phase = $2),
            p AS (SELECT c.year::int AS year, c.planned_cents AS amount FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id
                   WHERE m.model_project_id = $1 AND m.phase = $2
                     AND ($3::date IS NULL OR c.year >= extract(year FROM $3::date)) AND ($4::date IS NULL OR c.year <= extract(year FROM $4::date))),
            s AS (SELECT extract(year FROM e.spent_on)::int AS year, e.amount_cents AS amount FROM expenditure e JOIN measure m ON m.id = e.measure_id
                   WHERE m.model_project_id = $1 AND m.phase = $2
                     AND ($3::date IS NULL OR e.spent_on >= $3) AND ($4::date IS NULL OR e.spent_on <= $4)),
            shares AS (
              SELECT year, amount, 0::bigint AS spent, sign(amount) * ((abs(amount) * (SELECT bp FROM rate) + 5000) / 10000) AS federal, 0::bigint AS spent_federal FROM p
              UNION ALL
              SELECT year, 0, amount, 0, sign(amount) * ((abs(amount) * (SELECT bp FROM rate) + 5000) / 10000) FROM s)
       SELECT year, sum(amount)::text AS planned, sum(federal)::text AS planned_federal,
              sum(spent)::text AS spent, sum(spent_federal)::text AS spent_federal
         FROM shares GROUP BY year ORDER BY year`,
      [app.projectId, phase, from, to],
    );
    return new Map(
      rows.map((r) => {
        const planned = BigInt(r.planned);
        const plannedFederal = BigInt(r.planned_federal);
        const spent = BigInt(r.spent);
        const spentFederal = BigInt(r.spent_federal);
        return [
          r.year,
          {
            planned,
            plannedFederal,
            plannedOwn: planned - plannedFederal,
            spent,
            spentFederal,
            spentOwn: spent - spentFederal,
          },
        ];
      }),
    );
  }

  async function statement(query: string) {
    const response = await download(app.t, EXPORTS.statement(app.code, query), app.funder);
    expect(response.status).toBe(200);
    return readWorkbook(response.body);
  }

  it('has a summary sheet and one sheet per year, each with frozen header, filter and print setup', async () => {
    const workbook = await statement('phase=B');
    const years = [...(await sqlTotalsByYear('B', null, null)).keys()];
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Übersicht',
      'Abgleich',
      ...years.map(String),
      'Belegliste',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(String(sheet.autoFilter)).toMatch(new RegExp(`^A${HEADER_ROW}:[G-J]\\d+$`));
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      });
      expect(sheet.headerFooter.oddFooter).toMatch(/Seite &P von &N/);
      expect(String(sheet.getCell('A1').value)).toMatch(/^Zahlenmäßiger Nachweis/);
      expect(String(sheet.getCell('A2').value)).toMatch(
        new RegExp(
          escaped(
            `Smarte Region Testkreis (${app.code}) · Phase B (Umsetzungsphase) · Zeitraum: gesamte Laufzeit · Zusage ${app.funded.grants.B.commitmentNumber} vom 21.02.2023 · Förderquote: 65 % · Stand: 21.11.2026`,
          ),
        ),
      );
    }
    const overview = workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet;
    expect(overview.getRow(HEADER_ROW).values).toEqual([
      undefined,
      'Jahr',
      'Kostenart',
      'Plan gesamt',
      'Plan Bundesanteil',
      'Plan Eigenanteil',
      'Ist gesamt',
      'Ist Bundesanteil',
      'Ist Eigenanteil',
      'Differenz Plan − Ist',
    ]);
    const yearSheet = workbook.getWorksheet(String(years[0])) as ExcelJS.Worksheet;
    expect((yearSheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual([
      'Kennung',
      'Maßnahme',
      'Kostenart',
    ]);
  });

  it('keeps numbers as numbers in euro format and dates as dates', async () => {
    const workbook = await statement('phase=B');
    const sheet = workbook.getWorksheet('2024') as ExcelJS.Worksheet;
    const { rows } = table(sheet, 3);
    for (const cell of rows[0].cells) {
      expect(typeof cell.value).toBe('number');
      expect(cell.numFmt).toBe(MONEY_FORMAT);
    }
    expect(sheet.getCell('A3').value).toBe('Stand:');
    expect(sheet.getCell('B3').value).toEqual(new Date('2026-11-21T00:00:00Z'));
    expect(sheet.getCell('B3').numFmt).toBe('DD.MM.YYYY');
    expect(sheet.getCell('D3').value).toEqual(new Date('2023-02-21T00:00:00Z'));
    expect(sheet.getCell('F3').value).toBe(0.65);
  });

  it('adds up in every row, and its totals equal independent SQL sums and the funding overview', async () => {
    const workbook = await statement('phase=B');
    const byYear = await sqlTotalsByYear('B', null, null);
    for (const [year, expected] of byYear) {
      const { rows, totals } = table(workbook.getWorksheet(String(year)) as ExcelJS.Worksheet, 3);
      expect(rows.length).toBeGreaterThan(0);
      for (const { labels, amounts } of rows) {
        expect(String(labels[0])).toMatch(new RegExp(`^${app.code}-M\\d+$`));
        expect([labels, amounts[1] + amounts[2]]).toEqual([labels, amounts[0]]);
        expect([labels, amounts[4] + amounts[5]]).toEqual([labels, amounts[3]]);
        expect([labels, amounts[0] - amounts[3]]).toEqual([labels, amounts[6]]);
      }
      expect(totals).toEqual(columnSums(rows, 7));
      expect(asTotals(totals)).toEqual(expected);
    }
    const { totals, rows } = table(workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet, 2);
    for (const { amounts } of rows) expect(amounts[1] + amounts[2]).toBe(amounts[0]);
    const { modelProject } = await app.admin.data(FUNDING, { code: app.code });
    const phaseB = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'B');
    expect(asTotals(totals)).toEqual(overviewTotals(phaseB));
    const all = [...byYear.values()].reduce((a, b) => ({
      planned: a.planned + b.planned,
      plannedFederal: a.plannedFederal + b.plannedFederal,
      plannedOwn: a.plannedOwn + b.plannedOwn,
      spent: a.spent + b.spent,
      spentFederal: a.spentFederal + b.spentFederal,
      spentOwn: a.spentOwn + b.spentOwn,
    }));
    expect(asTotals(totals)).toEqual(all);
  });

  it('limits plans by year and expenditures by day to the period, exactly like the funding overview', async () => {
    const from = '2025-03-01';
    const to = '2026-06-30';
    const workbook = await statement(`phase=B&from=${from}&to=${to}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Übersicht', 'Abgleich', '2025', '2026', 'Belegliste']);
    const overview = workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet;
    expect(String(overview.getCell('A2').value)).toContain('Zeitraum: 01.03.2025 – 30.06.2026');
    expect(overview.getCell('D3').value).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(overview.getCell('F3').value).toEqual(new Date('2026-06-30T00:00:00Z'));
    const { totals } = table(overview, 2);
    const { modelProject } = await app.admin.data(FUNDING, { code: app.code, from, to });
    const phaseB = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'B');
    expect(asTotals(totals)).toEqual(overviewTotals(phaseB));
    const byYear = await sqlTotalsByYear('B', from, to);
    for (const [year, expected] of byYear) {
      expect(asTotals(table(workbook.getWorksheet(String(year)) as ExcelJS.Worksheet, 3).totals)).toEqual(expected);
    }
  });

  it('covers Phase A on its own', async () => {
    const workbook = await statement('phase=A');
    const { totals } = table(workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet, 2);
    const { modelProject } = await app.admin.data(FUNDING, { code: app.code });
    const phaseA = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'A');
    expect(asTotals(totals)).toEqual(overviewTotals(phaseA));
    expect(String(workbook.worksheets[0].getCell('A2').value)).toContain(app.funded.grants.A.commitmentNumber);
  });

  it('shows an expenditure recorded through GraphQL in its year, measure and cost category', async () => {
    // a measure of Phase B in progress
    const measure = app.funded.measures[0];
    const { costCategories } = await app.admin.data(`{ costCategories { id name } }`);
    const category = costCategories.find((c: { name: string }) => c.name === 'Sachkosten');
    const before = table((await statement('phase=B')).getWorksheet('2026') as ExcelJS.Worksheet, 3);
    const cell = (t2: typeof before) =>
      t2.rows.find((r) => r.labels[0] === measure.code && r.labels[2] === 'Sachkosten')?.amounts ?? [
        0n,
        0n,
        0n,
        0n,
        0n,
        0n,
        0n,
      ];
    await app.admin.data(`mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`, {
      input: {
        measureId: measure.id,
        costCategoryId: category.id,
        spentOn: '2026-11-02',
        amount: '1234.57',
        description: 'Druck der Beteiligungsflyer (Test)',
      },
    });
    const workbook = await statement('phase=B');
    const after = table(workbook.getWorksheet('2026') as ExcelJS.Worksheet, 3);
    // 1,234.57 € at 65 %: 802.4705 → 802.47 € federal, 432.10 € own.
    expect(cell(after)[3] - cell(before)[3]).toBe(123457n);
    expect(cell(after)[4] - cell(before)[4]).toBe(80247n);
    expect(cell(after)[5] - cell(before)[5]).toBe(43210n);
    expect(after.totals[3] - before.totals[3]).toBe(123457n);
    const { modelProject } = await app.admin.data(FUNDING, { code: app.code });
    const phaseB = modelProject.funding.phases.find((p: { phase: string }) => p.phase === 'B');
    expect(asTotals(table(workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet, 2).totals)).toEqual(
      overviewTotals(phaseB),
    );
  });

  /** Every expenditure of the phase in the period, read here independently, in the order of the Belegliste. */
  async function sqlReceipts(phase: string, from: string | null, to: string | null) {
    const { rows } = await app.t.db.query(
      `SELECT to_char(e.spent_on, 'YYYY-MM-DD') AS day, e.document_reference AS reference, e.description,
              cc.name AS category, m.code, m.title, e.amount_cents::text AS amount,
              (${FEDERAL_SQL('e.amount_cents', 'g.funding_rate_bp')})::text AS federal
         FROM expenditure e JOIN measure m ON m.id = e.measure_id JOIN cost_category cc ON cc.id = e.cost_category_id
         JOIN "grant" g ON g.model_project_id = m.model_project_id AND g.phase = m.phase
        WHERE m.model_project_id = $1 AND m.phase = $2
          AND ($3::date IS NULL OR e.spent_on >= $3) AND ($4::date IS NULL OR e.spent_on <= $4)
        ORDER BY e.spent_on, m.code, e.document_reference, e.id`,
      [app.projectId, phase, from, to],
    );
    return rows as {
      day: string;
      reference: string;
      description: string;
      category: string;
      code: string;
      title: string;
      amount: string;
      federal: string;
    }[];
  }

  it('lists every receipt of the phase and period in the Belegliste, its totals equal to SQL and the summary', async () => {
    // a receipt whose texts would run as formulas if they were written as such
    const measure = await aMeasure(app.t, { id: app.projectId }, { title: '=HYPERLINK("http://evil.example.org")' });
    const categories = await costCategories(app.t);
    const sachkosten = Object.values(categories).find((c) => c.name === 'Sachkosten') as { id: string };
    await anExpenditure(app.t, measure, {
      costCategoryId: sachkosten.id,
      amount: '99.99',
      spentOn: '2026-03-03',
      description: '@SUM(A1) Druckerei Beispiel GmbH',
      documentReference: '+RE-2026-0042',
    });

    for (const [from, to] of [
      [null, null],
      ['2025-03-01', '2026-06-30'],
    ] as const) {
      const query = from ? `phase=B&from=${from}&to=${to}` : 'phase=B';
      const workbook = await statement(query);
      const sheet = workbook.getWorksheet('Belegliste') as ExcelJS.Worksheet;
      expect((sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1)).toEqual([
        'Datum',
        'Belegnummer',
        'Zahlungsempfänger / Beschreibung',
        'Kostenart',
        'Kennung',
        'Maßnahme',
        'Belege (Dateien)',
        'Betrag',
        'Bundesanteil',
        'Eigenanteil',
      ]);
      const { rows, totals } = table(sheet, 7, 3);
      const expected = await sqlReceipts('B', from, to);
      expect(rows.length).toBe(expected.length);
      expect(rows.map((r) => [...r.labels, ...r.amounts])).toEqual(
        expected.map((e) => [
          new Date(`${e.day}T00:00:00Z`),
          // an empty text is an empty cell
          e.reference || null,
          e.description || null,
          e.category,
          e.code,
          e.title,
          // no documents attached in this project (documents.integration-spec.ts lists them)
          null,
          BigInt(e.amount),
          BigInt(e.federal),
          BigInt(e.amount) - BigInt(e.federal),
        ]),
      );
      expect(rows[0].cells[0].numFmt).toBe(MONEY_FORMAT);
      expect(sheet.getCell(`A${HEADER_ROW + 1}`).numFmt).toBe('DD.MM.YYYY');
      const amount = expected.reduce((sum, e) => sum + BigInt(e.amount), 0n);
      const federal = expected.reduce((sum, e) => sum + BigInt(e.federal), 0n);
      expect(totals).toEqual([amount, federal, amount - federal]);
      // the receipts add up to the spending of the summary sheet
      const summary = asTotals(table(workbook.getWorksheet('Übersicht') as ExcelJS.Worksheet, 2).totals);
      expect([summary.spent, summary.spentFederal, summary.spentOwn]).toEqual(totals);
    }

    // the hostile texts are plain string cells in every sheet, never formulas
    const workbook = await statement('phase=B');
    const receipt = table(workbook.getWorksheet('Belegliste') as ExcelJS.Worksheet, 7, 3).rows.find(
      (r) => r.labels[4] === measure.code,
    );
    expect(receipt?.labels.slice(1, 3)).toEqual(['+RE-2026-0042', '@SUM(A1) Druckerei Beispiel GmbH']);
    expect(receipt?.labels[5]).toBe('=HYPERLINK("http://evil.example.org")');
    const line = table(workbook.getWorksheet('2026') as ExcelJS.Worksheet, 3).rows.find(
      (r) => r.labels[0] === measure.code,
    );
    expect(line?.labels[1]).toBe('=HYPERLINK("http://evil.example.org")');
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === 6 /* ExcelJS.ValueType.Formula */) expect(String(cell.formula)).toMatch(/^SUBTOTAL\(109,/);
        }),
      );
    }
  });

  it('reconciles grant, call-offs and the federal share of spending per phase, like SQL and the funding overview', async () => {
    for (const [from, to] of [
      [null, null],
      ['2025-01-01', '2025-12-31'],
    ] as const) {
      const query = from ? `phase=B&from=${from}&to=${to}` : 'phase=B';
      const sheet = (await statement(query)).getWorksheet('Abgleich') as ExcelJS.Worksheet;
      expect((sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1)).toEqual([
        'Phase',
        'Zusage',
        'Zuwendung',
        'Abgerufen (eingereicht und ausgezahlt)',
        'Bundesanteil der Ausgaben',
        'Differenz Abruf − Bundesanteil',
        'Verbleibende Zuwendung',
      ]);
      const { rows, totals } = table(sheet, 2, 5);
      const { rows: sql } = await app.t.db.query(
        `SELECT g.phase, g.commitment_number AS number, g.grant_amount_cents::text AS grant,
                (SELECT coalesce(sum(c.amount_cents), 0) FROM call_off c
                  WHERE c.grant_id = g.id AND c.status IN ('SUBMITTED', 'PAID'))::text AS called_off,
                (SELECT coalesce(sum(${FEDERAL_SQL('e.amount_cents', 'g.funding_rate_bp')}), 0)
                   FROM expenditure e JOIN measure m ON m.id = e.measure_id
                  WHERE m.model_project_id = g.model_project_id AND m.phase = g.phase
                    AND ($2::date IS NULL OR e.spent_on >= $2) AND ($3::date IS NULL OR e.spent_on <= $3))::text AS federal
           FROM "grant" g WHERE g.model_project_id = $1 ORDER BY g.phase`,
        [app.projectId, from, to],
      );
      expect(rows.map((r) => [...r.labels, ...r.amounts])).toEqual(
        sql.map((g) => {
          const [grant, calledOff, federal] = [BigInt(g.grant), BigInt(g.called_off), BigInt(g.federal)];
          return [
            g.phase === 'A' ? 'Phase A (Strategiephase)' : 'Phase B (Umsetzungsphase)',
            g.number,
            grant,
            calledOff,
            federal,
            calledOff - federal,
            grant - federal,
          ];
        }),
      );
      expect(totals).toEqual(columnSums(rows, 5));

      const { modelProject } = await app.admin.data(
        `query($code: String!, $from: LocalDate, $to: LocalDate) { modelProject(code: $code) {
           funding(from: $from, to: $to) { phases { phase calledOff grantRemaining actual { federal } } } } }`,
        { code: app.code, from, to },
      );
      for (const [i, phase] of modelProject.funding.phases.entries()) {
        expect(rows[i].amounts[1]).toBe(moneyCents(phase.calledOff));
        expect(rows[i].amounts[2]).toBe(moneyCents(phase.actual.federal));
        expect(rows[i].amounts[4]).toBe(moneyCents(phase.grantRemaining));
      }
    }
  });
});
