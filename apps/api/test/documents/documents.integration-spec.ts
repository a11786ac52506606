import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  aClusterOf,
  aFundedProject,
  aMeasure,
  aMember,
  anExpenditure,
  aProof,
  assign,
  costCategories,
  Member,
} from '../support/factories';
import { appPerBlock } from '../support/app-per-block';
import { apiTokenOf, download, EXPORTS, sessionOf } from '../reporting/downloads';

/** A small but real-looking PDF receipt. */
const RECEIPT = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);
/** A Windows executable: what a renamed `.exe` starts with. */
const EXECUTABLE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), randomBytes(2048)]);
const MB = 1_048_576;

const DOCUMENTS_OF_MEASURE = `query($id: ID!) { measure(id: $id) {
  documents { id fileName }
  budget { expenditures { id documents { id ownerType ownerId fileName mediaType sizeBytes sha256 uploadedByName downloadUrl } } }
} }`;

interface Uploaded {
  status: number;
  body: Record<string, unknown> & { id?: string; code?: string; reason?: string; sizeBytes?: number };
}

describe('documents and receipts', () => {
  /**
   * A funded project of a cluster: its office, an editor responsible for one measure, a council member, the office of
   * the cluster's other project; an expenditure of the editor's measure and an interim proof under the Phase B grant.
   */
  const app = appPerBlock(
    async (t) => {
      const {
        cluster,
        projects: [peerProject],
      } = await aClusterOf(t, [{}]);
      const eif = await aFundedProject(t, { cluster });
      const admin = await aMember(t, eif.project, 'ADMIN');
      const editor = await aMember(t, eif.project, 'EDITOR', { unit: eif.project.members[0] });
      const council = await aMember(t, eif.project, 'COUNCIL');
      const peer = await aMember(t, peerProject, 'ADMIN');
      const measure = await assign(t, await aMeasure(t, eif.project, { status: 'IN_PROGRESS', phase: 'B' }), [
        editor.user.id,
      ]);
      const category = (await costCategories(t))['SACHKOSTEN'];
      const expenditure = await anExpenditure(t, measure, {
        costCategoryId: category.id,
        amount: '1190.00',
        spentOn: '2026-03-02',
        description: 'Glasfaseranschluss Rathaus',
        documentReference: 'RE-2026-0042',
      });
      const proof = await aProof(t, eif.grants.B, {
        kind: 'INTERIM',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      });
      return { eif, admin, editor, council, peer, measure, expenditure, proof };
    },
    { env: { DOCUMENT_MAX_BYTES: String(16 * MB) } },
  );

  async function upload(
    who: Member,
    path: string,
    body: Buffer | ReadableStream<Uint8Array>,
    fileName: string,
    headers: Record<string, string> = {},
  ): Promise<Uploaded> {
    const response = await fetch(`${app.t.baseUrl}/api/documents/${path}`, {
      method: 'POST',
      headers: {
        ...who.authHeaders(),
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(fileName),
        ...headers,
      },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: response.status, body: await response.json() };
  }

  const documentRows = async () =>
    Number((await app.t.db.query(`SELECT count(*) FROM document`)).rows[0].count) +
    Number((await app.t.db.query(`SELECT count(*) FROM document_chunk`)).rows[0].count);

  it('keeps a PDF receipt of an expenditure, lists it in GraphQL and gives it back byte for byte', async () => {
    const sent = await upload(app.editor, `EXPENDITURE/${app.expenditure.id}`, RECEIPT, 'Rechnung Glasfaser März.pdf');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      ownerType: 'EXPENDITURE',
      ownerId: app.expenditure.id,
      fileName: 'Rechnung Glasfaser März.pdf',
      mediaType: 'application/pdf',
      sizeBytes: RECEIPT.length,
      sha256: createHash('sha256').update(RECEIPT).digest('hex'),
    });

    const { measure } = await app.admin.data(DOCUMENTS_OF_MEASURE, { id: app.measure.id });
    const listed = measure.budget.expenditures.find((e: { id: string }) => e.id === app.expenditure.id).documents;
    expect(listed).toEqual([
      expect.objectContaining({
        id: sent.body.id,
        fileName: 'Rechnung Glasfaser März.pdf',
        uploadedByName: app.editor.user.displayName,
        downloadUrl: `/api/documents/${sent.body.id}`,
      }),
    ]);
    expect(measure.documents).toEqual([]);

    const got = await download(app.t, `/api/documents/${sent.body.id}`, app.admin.authHeaders());
    expect(got.status).toBe(200);
    expect(got.body.equals(RECEIPT)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Rechnung-Glasfaser-Maerz.pdf"; filename*=UTF-8''Rechnung%20Glasfaser%20M%C3%A4rz.pdf`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('records the upload and the delete in the measure’s history', async () => {
    const sent = await upload(app.admin, `MEASURE/${app.measure.id}`, RECEIPT, 'Konzept.pdf');
    expect(sent.status).toBe(201);
    const { deleteDocument } = await app.admin.data(`mutation($id: ID!) { deleteDocument(id: $id) }`, {
      id: sent.body.id,
    });
    expect(deleteDocument).toBe(sent.body.id);
    const { rows } = await app.t.db.query(
      `SELECT action, measure_id, model_project_id, before, after FROM audit_entry
        WHERE entity_type = 'Document' AND entity_id = $1 ORDER BY id`,
      [sent.body.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        measure_id: app.measure.id,
        model_project_id: app.eif.project.id,
        after: expect.objectContaining({ ownerType: 'MEASURE', fileName: 'Konzept.pdf', sizeBytes: RECEIPT.length }),
      }),
      expect.objectContaining({ action: 'DELETE', before: expect.objectContaining({ fileName: 'Konzept.pdf' }) }),
    ]);
    expect((await app.t.db.query(`SELECT 1 FROM document_chunk WHERE document_id = $1`, [sent.body.id])).rowCount).toBe(
      0,
    );
    const gone = await download(app.t, `/api/documents/${sent.body.id}`, app.admin.authHeaders());
    expect(gone.status).toBe(404);
  });

  it('refuses a renamed executable by its content (415) and keeps nothing', async () => {
    const before = await documentRows();
    const sent = await upload(app.editor, `EXPENDITURE/${app.expenditure.id}`, EXECUTABLE, 'Rechnung.pdf', {
      'content-type': 'application/pdf',
    });
    expect(sent.status).toBe(415);
    expect(sent.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    expect(await documentRows()).toBe(before);
  });

  it('refuses a file above the limit (413), announced or streamed, and keeps nothing', async () => {
    const before = await documentRows();
    const oversized = Buffer.concat([RECEIPT, Buffer.alloc(16 * MB)]);
    const announced = await upload(app.editor, `EXPENDITURE/${app.expenditure.id}`, oversized, 'gross.pdf');
    expect(announced.status).toBe(413);
    expect(announced.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LARGE' });
    // Without a length: counted while it streams in, after several chunks were written and then rolled back.
    const streamed = await upload(
      app.editor,
      `EXPENDITURE/${app.expenditure.id}`,
      pdfStream(17 * MB).stream,
      'gross.pdf',
    );
    expect(streamed.status).toBe(413);
    expect(streamed.body).toMatchObject({ reason: 'DOCUMENT_TOO_LARGE' });
    expect(await documentRows()).toBe(before);
  });

  it('refuses an empty file, an unknown kind of record and a record that does not exist', async () => {
    expect(await upload(app.admin, `EXPENDITURE/${app.expenditure.id}`, Buffer.alloc(0), 'leer.pdf')).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', field: 'file' },
    });
    expect(await upload(app.admin, `GRANT/${app.expenditure.id}`, RECEIPT, 'a.pdf')).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', field: 'ownerType' },
    });
    expect(await upload(app.admin, `EXPENDITURE/00000000-0000-4000-8000-000000000000`, RECEIPT, 'a.pdf')).toMatchObject(
      { status: 404, body: { code: 'NOT_FOUND' } },
    );
    expect(await upload(app.admin, `EXPENDITURE/kein-uuid`, RECEIPT, 'a.pdf')).toMatchObject({ status: 404 });
  });

  it('lets only those attach who may change the record, and only the project read', async () => {
    const sent = await upload(app.editor, `EXPENDITURE/${app.expenditure.id}`, RECEIPT, 'beleg.pdf');
    expect(sent.status).toBe(201);
    // The council reads the project's records, so it reads their documents, but attaches and deletes nothing.
    expect((await download(app.t, `/api/documents/${sent.body.id}`, app.council.authHeaders())).status).toBe(200);
    expect(await upload(app.council, `EXPENDITURE/${app.expenditure.id}`, RECEIPT, 'rat.pdf')).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await app.council.errorCode(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: sent.body.id })).toBe(
      'FORBIDDEN',
    );
    // Proofs are the project office's: the editor may not attach to them.
    expect(await upload(app.editor, `PROOF/${app.proof.id}`, RECEIPT, 'nachweis.pdf')).toMatchObject({ status: 403 });
    expect((await upload(app.admin, `PROOF/${app.proof.id}`, RECEIPT, 'nachweis.pdf')).status).toBe(201);
    // The cluster partner learns nothing: not the document, not the record.
    expect((await download(app.t, `/api/documents/${sent.body.id}`, app.peer.authHeaders())).status).toBe(404);
    expect((await upload(app.peer, `EXPENDITURE/${app.expenditure.id}`, RECEIPT, 'x.pdf')).status).toBe(404);
    expect(await app.peer.errorCode(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: sent.body.id })).toBe(
      'NOT_FOUND',
    );
    // Without the CSRF header a session cannot upload.
    const { cookie } = app.editor.authHeaders();
    const response = await fetch(`${app.t.baseUrl}/api/documents/EXPENDITURE/${app.expenditure.id}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/pdf' },
      body: RECEIPT,
    });
    expect(response.status).toBe(403);
    // A script with the editor's API token needs no CSRF header.
    const token = await apiTokenOf(app.t, app.editor.user);
    const scripted = await fetch(`${app.t.baseUrl}/api/documents/EXPENDITURE/${app.expenditure.id}`, {
      method: 'POST',
      headers: { ...token, 'x-file-name': 'skript.pdf' },
      body: RECEIPT,
    });
    expect(scripted.status).toBe(201);
    expect((await download(app.t, `/api/documents/${(await scripted.json()).id}`, token)).status).toBe(200);
    // Anonymous: 401.
    expect((await download(app.t, `/api/documents/${sent.body.id}`)).status).toBe(401);
  });

  it('streams a 15 MB file in and out in chunks, in bounded memory', async () => {
    // The server runs in this process; the upload comes from curl, another process, so what this process holds
    // (after a collection) while the file streams in is the server's. It must stay far below the file's size.
    const path = join(mkdtempSync(join(tmpdir(), 'masswerk-docs-')), 'Scan.pdf');
    const sha256 = writePdf(path, 15 * MB);
    const baseline = await held();
    const { cookie, 'x-xsrf-token': csrf } = app.editor.authHeaders();
    const curl = run('curl', [
      '-sS',
      '--limit-rate',
      '5M',
      '-w',
      '\\n%{http_code}',
      '-H',
      `cookie: ${cookie}`,
      '-H',
      `x-xsrf-token: ${csrf}`,
      '-H',
      'content-type: application/pdf',
      '-H',
      'x-file-name: Scan.pdf',
      '--data-binary',
      `@${path}`,
      `${app.t.baseUrl}/api/documents/EXPENDITURE/${app.expenditure.id}`,
    ]);
    // Most of the way through (curl sends at most 5 MB a second, so for at least 3 s): a server that gathered the body
    // would hold 12.5 MB by now; one that streams it holds a chunk or two, and what the socket happens to have.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const midway = (await held()) - baseline;
    const [body, status] = (await curl).trimEnd().split('\n');
    const sent = { status: Number(status), body: JSON.parse(body) as { id: string } };
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ sizeBytes: 15 * MB, sha256 });
    expect(midway).toBeLessThan(6 * MB);
    const { rows } = await app.t.db.query(
      `SELECT count(*)::int AS chunks, max(length(data)) AS largest FROM document_chunk WHERE document_id = $1`,
      [sent.body.id],
    );
    expect(rows[0]).toEqual({ chunks: 60, largest: 256 * 1024 });

    // The download, read by curl as well (another process, at most 5 MB a second): what this process holds midway is
    // the server's, and a server that read the whole file before sending would hold 15 MB. Reading it here instead
    // would count this process's own receive buffers, which fill while it pauses to measure.
    const received = join(mkdtempSync(join(tmpdir(), 'masswerk-docs-')), 'Scan-zurück.pdf');
    const fetched = run('curl', [
      '-sS',
      '--limit-rate',
      '5M',
      '-D',
      '-',
      '-o',
      received,
      '-H',
      `cookie: ${cookie}`,
      `${app.t.baseUrl}/api/documents/${sent.body.id}`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const downloading = (await held()) - baseline;
    const headers = (await fetched).toLowerCase();
    expect(headers).toMatch(/^http\/1\.1 200/);
    expect(headers).toContain(`content-length: ${15 * MB}`);
    expect(createHash('sha256').update(readFileSync(received)).digest('hex')).toBe(sha256);
    expect(downloading).toBeLessThan(6 * MB);
  }, 120_000);

  it('lists the receipts’ file names in the Belegliste of the numerical statement', async () => {
    const sent = await upload(app.editor, `EXPENDITURE/${app.expenditure.id}`, RECEIPT, 'RE-2026-0042 Telekom.pdf');
    expect(sent.status).toBe(201);
    const got = await download(app.t, EXPORTS.statement(app.eif.project.code), await sessionOf(app.t, app.admin.user));
    expect(got.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(got.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Belegliste') as ExcelJS.Worksheet;
    const header = (sheet.getRow(4).values as unknown[]).map(String);
    const column = header.indexOf('Belege (Dateien)');
    expect(column).toBeGreaterThan(0);
    const row = sheet
      .getRows(5, sheet.rowCount)
      ?.find((r) => r.getCell(header.indexOf('Belegnummer')).value === 'RE-2026-0042');
    expect(String(row?.getCell(column).value)).toContain('RE-2026-0042 Telekom.pdf');
  });
});

/** Writes a PDF of `size` random bytes to `path` and answers its SHA-256. */
function writePdf(path: string, size: number): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < size; at += MB) {
      const piece = randomBytes(Math.min(MB, size - at));
      if (at === 0) piece.write('%PDF-1.5\n', 0, 'latin1');
      hash.update(piece);
      writeSync(fd, piece);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Runs a program and answers what it printed. */
function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(program, args, { maxBuffer: MB }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
}

/**
 * The memory of ArrayBuffers (file contents) this process still holds: after a full collection, and again once V8 has
 * swept the freed buffers in the background (`--expose-gc` set at run time).
 */
async function held(): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  return process.memoryUsage().arrayBuffers;
}

/** A PDF of `size` bytes made while it is sent (never whole in memory), with the hash of what was sent. */
function pdfStream(size: number): { stream: ReadableStream<Uint8Array>; sha256(): string } {
  const hash = createHash('sha256');
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) {
        controller.close();
        return;
      }
      const piece =
        sent === 0 ? Buffer.concat([Buffer.from('%PDF-1.5\n'), randomBytes(65536 - 9)]) : randomBytes(65536);
      const part = piece.subarray(0, Math.min(piece.length, size - sent));
      hash.update(part);
      sent += part.length;
      controller.enqueue(part);
    },
  });
  let digest: string | null = null;
  return { stream, sha256: () => (digest ??= hash.digest('hex')) };
}
