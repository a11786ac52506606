import { expect, Locator, Page } from '@playwright/test';
// The tests run in Node, not in the dashboard's browser bundle: exceljs edits the workbook as a person would in Excel.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app-page';
import type { DownloadedFile } from './funding.page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /projekte/:code/import: the measure workbook out, a changed file in, the dry run, then the application. */
export class ImportsPage extends AppPage {
  readonly file = this.page.getByLabel('Datei (XLSX oder CSV)');
  readonly checkButton = this.page.getByTestId('import-check');
  readonly applyButton = this.page.getByTestId('import-apply');
  readonly resultHeading = this.page.getByRole('heading', { level: 2, name: /^(Ergebnis der Prüfung|Übernommen)$/ });
  readonly rows = this.page.getByTestId('import-rows').locator('tbody tr');
  readonly applied = this.page.getByTestId('import-applied');
  readonly fileError = this.page.getByTestId('import-file-error');
  readonly noPermission = this.page.getByTestId('import-no-permission');

  constructor(page: Page) {
    super(page);
  }

  async open(code: string): Promise<void> {
    await this.page.goto(`/projekte/${code}/import`);
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Import aus Excel');
    await expect(this.checkButton).toBeVisible();
  }

  /** The count of one outcome in the summary ("geändert: 1"). */
  count(outcome: 'NEW' | 'CHANGED' | 'UNCHANGED' | 'CONFLICT' | 'REFUSED'): Locator {
    return this.page.getByTestId(`import-count-${outcome}`);
  }

  /** The result row of a measure, by its code. */
  row(code: string): Locator {
    return this.page.getByTestId(`import-row-${code}`);
  }

  /** The changes of a row as "column: before → after" lines. */
  changes(code: string): Locator {
    return this.row(code).getByTestId('import-change');
  }

  /** Clicks the workbook's download link and returns the file the browser received. */
  async downloadWorkbook(): Promise<DownloadedFile> {
    const started = this.page.waitForEvent('download');
    await this.page.getByTestId('import-download-workbook').click();
    const download = await started;
    return { name: download.suggestedFilename(), content: await readFile(await download.path()) };
  }

  /** Chooses a file and runs the dry run; the result takes the focus. */
  async check(name: string, content: Buffer): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: XLSX, buffer: content });
    await this.checkButton.click();
    await expect(this.resultHeading).toBeFocused();
  }

  /** Applies the checked file after confirming, and waits for the success message. */
  async apply(): Promise<void> {
    await this.applyButton.click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Übernehmen' }).click();
    await expect(this.applied).toBeVisible();
  }
}

/** One measure's cells in the measure workbook that the test changes. */
export interface MeasureCells {
  title: string;
  /** "Laufzeit Ende (geplant)" as an ISO date. */
  plannedEnd: string;
}

/**
 * Reads and changes a measure's row on the "Maßnahmen" sheet of the measure workbook, as a person in Excel would:
 * the columns found by their titles in the first row, dates as date cells.
 */
export async function editMeasureRow(
  content: Buffer,
  code: string,
  change: (cells: MeasureCells) => MeasureCells,
): Promise<{ before: MeasureCells; content: Buffer }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Maßnahmen');
  if (!sheet) throw new Error('The workbook has no sheet "Maßnahmen".');
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(String(cell.value), column));
  const column = (title: string) => {
    const found = columns.get(title);
    if (!found) throw new Error(`The sheet "Maßnahmen" has no column "${title}".`);
    return found;
  };
  let target: number | null = null;
  sheet.eachRow((row, number) => {
    if (number > 1 && String(row.getCell(column('Kennung')).value) === code) target = number;
  });
  if (target === null) throw new Error(`The workbook has no row for ${code}.`);
  const row = sheet.getRow(target);
  const titleCell = row.getCell(column('Titel'));
  const endCell = row.getCell(column('Laufzeit Ende (geplant)'));
  const end = endCell.value;
  const before: MeasureCells = {
    title: String(titleCell.value),
    plannedEnd: end instanceof Date ? end.toISOString().slice(0, 10) : germanToIso(String(end)),
  };
  const after = change(before);
  titleCell.value = after.title;
  endCell.value = new Date(`${after.plannedEnd}T00:00:00Z`);
  return { before, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

function germanToIso(text: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a date.`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** "2027-06-30" → "30.06.2027", as the dry run names dates. */
export function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * Imports a workbook through the route scripts use (`POST …/measures?dryRun=false`), with the browser's session and
 * its CSRF token, as the dashboard sends them; for putting demo data back after a test, whatever state the page is in.
 */
export async function importByRoute(
  page: Page,
  code: string,
  content: Buffer,
): Promise<{ status: number; changed: number | undefined }> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.post(`/api/imports/projects/${code}/measures?dryRun=false`, {
    headers: { 'Content-Type': XLSX, 'X-XSRF-TOKEN': token },
    data: content,
  });
  const body = (await response.json()) as { summary?: { changed: number } };
  return { status: response.status(), changed: body.summary?.changed };
}
