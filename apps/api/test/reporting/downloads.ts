import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { signInCookies } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/** A downloaded file as the browser (or a script) receives it. */
export interface Downloaded {
  status: number;
  headers: Headers;
  body: Buffer;
  /** For refusals: the JSON error body. */
  json(): { code?: string; message?: string; field?: string };
}

export const EXPORTS = {
  statement: (code: string, query = 'phase=B') => `/api/exports/projects/${code}/numerical-statement.xlsx?${query}`,
  narrative: (code: string, query = '') =>
    `/api/exports/projects/${code}/narrative-report.pdf${query ? `?${query}` : ''}`,
  briefing: (code: string) => `/api/exports/projects/${code}/council-briefing.pdf`,
  csv: (code: string) => `/api/exports/projects/${code}/measures.csv`,
  json: (code: string) => `/api/exports/projects/${code}/measures.json`,
};

export async function download(t: TestApp, path: string, headers: Record<string, string> = {}): Promise<Downloaded> {
  const response = await fetch(`${t.baseUrl}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: () => JSON.parse(body.toString('utf8')),
  };
}

/** The e-mail address and password of an account (a factory's `Account`). */
export interface Credentials {
  email: string;
  password: string;
}

/** Signs in through /graphql and returns the session cookie header, as the dashboard's links send it. */
export async function sessionOf(t: TestApp, { email, password }: Credentials): Promise<Record<string, string>> {
  return { cookie: (await signInCookies(t.baseUrl, email, password)).join('; ') };
}

/** An API token of the user (createApiToken), as a bearer header for scripts. */
export async function apiTokenOf(t: TestApp, { email, password }: Credentials): Promise<Record<string, string>> {
  const client = await t.signIn(email, password);
  const { createApiToken } = await client.data(
    `mutation { createApiToken(input: { name: "Export-Skript" }) { secret } }`,
  );
  return { authorization: `Bearer ${createApiToken.secret}` };
}

/** The measure JSON export: `{ schemaVersion, project, exportedAt, measures }`. */
export interface MeasureExportJson {
  schemaVersion: number;
  project: { code: string; name: string };
  exportedAt: string;
  measures: Record<string, unknown>[];
}

/** The measures of a measure JSON export, after checking that the file has the shape of its schema version. */
export function measuresOf(body: Buffer): Record<string, unknown>[] {
  const json = JSON.parse(body.toString('utf8')) as MeasureExportJson;
  if (json.schemaVersion !== 2 || !Array.isArray(json.measures)) {
    throw new Error(`Not a measure export of schema version 2: ${body.toString('utf8').slice(0, 200)}`);
  }
  return json.measures;
}

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** Text, page count and title of a PDF, read with pdf-parse (in a child process, see pdf-text.cjs). */
export function pdfText(body: Buffer): { text: string; pages: number; title: string | undefined } {
  const output = execFileSync(process.execPath, [join(__dirname, 'pdf-text.cjs')], {
    input: body,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8'));
}

/** The page content streams of a PDF, inflated: what is drawn, with its marked-content tags. */
export function pdfContent(body: Buffer): string {
  const raw = body.toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
    .map((m) => {
      try {
        return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** "1234.56" (the Money scalar) → cents. */
export function moneyCents(value: string): bigint {
  const [euros, cents = ''] = value.split('.');
  const sign = euros.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(euros.replace('-', '')) * 100n + BigInt(cents.padEnd(2, '0')));
}

/** A spreadsheet amount (euros as a number, or a SUM formula with its cached result) → cents. */
export function cellCents(value: ExcelJS.CellValue): bigint {
  if (value && typeof value === 'object' && 'formula' in value) return cellCents((value.result as number) ?? 0);
  if (typeof value !== 'number') throw new Error(`Not an amount: ${JSON.stringify(value)}`);
  return BigInt(Math.round(value * 100));
}

/**
 * A small CSV reader for the checks (RFC 4180 with `;`): quoted fields may hold separators, doubled quotes and line
 * breaks. Returns the records without the byte order mark.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      record.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}
