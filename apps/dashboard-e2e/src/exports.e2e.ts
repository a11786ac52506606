import { DownloadedFile, FundingPage, REPORT_EXPORTS } from './pages/funding.page';
import { SignInPage } from './pages/sign-in.page';
import { ACCOUNTS, TODAY } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const BOM = '\uFEFF';

/** A measure record of the JSON export (a few of its keys; see libs/api/reporting). */
interface MeasureRecord {
  identifier: string;
  title: string;
  modelProject: string;
  status: string;
  progress: number;
  plannedTotal: string;
}

/** The measure JSON export (schema version 2): the project and the export time, then the measures. */
interface MeasureExport {
  schemaVersion: number;
  project: { code: string; name: string };
  exportedAt: string;
  measures: MeasureRecord[];
}

function expectZip(file: DownloadedFile): void {
  expect(file.content.subarray(0, 4).toString('latin1'), `${file.name} is a ZIP container`).toBe('PK\u0003\u0004');
  // The workbook part of an Office Open XML spreadsheet; the names in a ZIP directory are stored uncompressed.
  expect(file.content.includes('xl/workbook.xml'), `${file.name} is a workbook`).toBe(true);
}

function expectPdf(file: DownloadedFile): void {
  expect(file.content.subarray(0, 5).toString('latin1'), `${file.name} is a PDF`).toBe('%PDF-');
  // Complete, not cut off after the first bytes.
  expect(file.content.subarray(-32).toString('latin1').trimEnd(), `${file.name} is complete`).toMatch(/%%EOF$/);
}

test.describe('exports for the funders', () => {
  test('a funder downloads each export of EIF with one click', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.funder);
    const funding = new FundingPage(page);
    await funding.open('EIF');
    await expect(funding.heading).toHaveText('Finanzen: EIFELKREIS VERBINDET');
    for (const kind of [...REPORT_EXPORTS, 'csv', 'json'] as const)
      await expect(funding.exportLink(kind)).toBeVisible();
    await saveScreenshot(page, 'exports-funder-funding-page');

    // Zahlenmäßiger Nachweis of phase B (the phase the page preselects), as an Excel workbook.
    const statement = await funding.download('statement');
    expect(statement.name).toMatch(/^Zahlenm(ä|ae)(ß|ss)iger-Nachweis_EIF_Phase-B\.xlsx$/);
    expectZip(statement);

    const narrative = await funding.download('narrative');
    expect(narrative.name).toMatch(/^Sachbericht_EIF_Phase-B\.pdf$/);
    expectPdf(narrative);

    const briefing = await funding.download('briefing');
    expect(briefing.name).toBe(`Kreistags-Briefing_EIF_${TODAY}.pdf`);
    expectPdf(briefing);

    // The measures for German Excel: UTF-8 with a byte order mark, semicolons, one line per measure.
    const csvFile = await funding.download('csv');
    expect(csvFile.name).toMatch(/^Ma(ß|ss)nahmen_EIF\.csv$/);
    const csv = csvFile.content.toString('utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const [header] = csv.slice(1).split('\r\n');
    expect(header.split(';').slice(0, 3)).toEqual(['Titel', 'Kennung', 'Modellprojekt']);
    expect(header).not.toContain(',');
    expect(csv).toContain(';EIF-M01;EIFELKREIS VERBINDET;');

    // Maßwerk's own figures follow the KTS columns.
    expect(header.split(';').slice(-5)).toEqual([
      'Fortschritt (%)',
      'Zustand',
      'Aktualität',
      'Plan gesamt (€)',
      'Ist gesamt (€)',
    ]);

    // The same measures as JSON: the project, the export time and the records with English keys.
    const jsonFile = await funding.download('json');
    expect(jsonFile.name).toMatch(/^Ma(ß|ss)nahmen_EIF\.json$/);
    const exported = JSON.parse(jsonFile.content.toString('utf8')) as MeasureExport;
    expect(exported).toMatchObject({ schemaVersion: 2, project: { code: 'EIF', name: 'EIFELKREIS VERBINDET' } });
    expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
    const measures = exported.measures;
    expect(Array.isArray(measures)).toBe(true);
    expect(measures.length).toBeGreaterThan(1);
    for (const measure of measures) {
      expect(measure.identifier).toMatch(/^EIF-M\d+$/);
      expect(measure.modelProject).toBe('EIFELKREIS VERBINDET');
      expect(measure.title).not.toBe('');
      expect(measure.progress).toBeGreaterThanOrEqual(0);
      expect(measure.plannedTotal).toMatch(/^-?\d+\.\d\d$/);
      // Every measure of the JSON is a line of the CSV.
      expect(csv).toContain(`;${measure.identifier};`);
    }
    expect(measures.map((m) => m.identifier)).toContain('EIF-M01');
  });

  test('a project manager gets the measures, not the reports', async ({ page }) => {
    await new SignInPage(page).signInAs(ACCOUNTS.editorWnd);
    const funding = new FundingPage(page);
    await funding.open('WND');

    // Editors may not download the reports (numerical statement, narrative report, briefing): no buttons for them …
    for (const kind of REPORT_EXPORTS) await expect(funding.exportLink(kind)).toHaveCount(0);
    await expect(funding.exportLink('csv')).toBeVisible();
    await expect(funding.exportLink('json')).toBeVisible();
    await saveScreenshot(page, 'exports-editor-funding-page');

    // … and the server refuses them by their address, too, with a German message.
    for (const file of ['numerical-statement.xlsx?phase=B', 'narrative-report.pdf', 'council-briefing.pdf']) {
      const response = await page.request.get(`/api/exports/projects/WND/${file}`);
      expect(response.status(), file).toBe(403);
      const body = await response.json();
      expect(body.code, file).toBe('FORBIDDEN');
      expect(typeof body.message, file).toBe('string');
    }

    // The measure export is theirs as project members.
    const csvFile = await funding.download('csv');
    expect(csvFile.name).toMatch(/^Ma(ß|ss)nahmen_WND\.csv$/);
    expect(csvFile.content.toString('utf8')).toMatch(/^\uFEFFTitel;Kennung;/);
  });
});
