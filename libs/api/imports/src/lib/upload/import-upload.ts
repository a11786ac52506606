import Busboy from '@fastify/busboy';
import type { BusboyHeaders } from '@fastify/busboy';
import type { FastifyRequest } from 'fastify';
import type { RawBodyRoute } from '@masswerk/api/core';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { ImportError, ImportErrorCode } from '../import.errors';
import { ImportFormat, looksLikeZip } from '../parsing/import-file';

/** The body of an import request once read: the file's bytes and its format, or why it was refused. */
export type ImportUpload = { bytes: Buffer; format: ImportFormat } | { refused: ImportError };

/** The route whose bodies these parsers read; every other route keeps Fastify's answer to an unknown type. */
export const IMPORT_ROUTE = /^\/api\/imports\/projects\/[^/?]+\/measures(\?|$)/;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel']);

const tooLarge = (maxBytes: number) =>
  new ImportError(ImportErrorCode.TOO_LARGE, `Die Datei ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB.`);

/** What a declared type (and, for "some bytes", the bytes themselves) says about the format. */
export function formatOf(mimeType: string, filename: string, bytes: Buffer): ImportFormat | null {
  const type = mimeType.split(';')[0].trim().toLowerCase();
  if (type === XLSX) return 'xlsx';
  if (CSV_TYPES.has(type) || type === 'text/plain') return 'csv';
  if (type === 'application/octet-stream' || type === '') {
    if (/\.xlsx$/i.test(filename) || looksLikeZip(bytes)) return 'xlsx';
    if (/\.(csv|txt)$/i.test(filename) || !filename) return 'csv';
  }
  return null;
}

const unsupported = () =>
  new ImportError(
    ImportErrorCode.UNSUPPORTED_TYPE,
    'Bitte laden Sie eine Excel-Arbeitsmappe (XLSX) oder eine CSV-Datei hoch.',
  );

/** Reads a stream up to `maxBytes`; beyond that it reads on without keeping anything and answers null. */
async function collect(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBytes ? null : Buffer.concat(chunks);
}

async function readRaw(req: FastifyRequest, payload: IncomingMessage, maxBytes: number): Promise<ImportUpload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return { refused: tooLarge(maxBytes) };
  const bytes = await collect(payload, maxBytes);
  if (!bytes) return { refused: tooLarge(maxBytes) };
  const format = formatOf(req.headers['content-type'] ?? '', '', bytes);
  return format ? { bytes, format } : { refused: unsupported() };
}

/** `multipart/form-data` with one file part `file` (other parts are ignored), read with busboy within limits. */
function readMultipart(req: FastifyRequest, payload: IncomingMessage, maxBytes: number): Promise<ImportUpload> {
  return new Promise((resolve) => {
    let upload: ImportUpload | null = null;
    let pending: Promise<void> = Promise.resolve();
    let busboy: ReturnType<typeof Busboy>;
    try {
      busboy = Busboy({
        headers: req.headers as BusboyHeaders,
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024, parts: 20, headerPairs: 50 },
      });
    } catch {
      resolve({ refused: new ImportError(ImportErrorCode.UNREADABLE, 'Die Anfrage (multipart) ist fehlerhaft.') });
      return;
    }
    busboy.on('file', (field, stream, filename, _encoding, mimeType) => {
      if (field !== 'file' || upload) {
        stream.resume();
        return;
      }
      pending = (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        if (stream.truncated) {
          upload = { refused: tooLarge(maxBytes) };
          return;
        }
        const bytes = Buffer.concat(chunks);
        const format = formatOf(mimeType, filename ?? '', bytes);
        upload = format ? { bytes, format } : { refused: unsupported() };
      })();
    });
    busboy.on('error', () =>
      resolve({ refused: new ImportError(ImportErrorCode.UNREADABLE, 'Die Anfrage (multipart) ist fehlerhaft.') }),
    );
    busboy.on('finish', () => {
      void pending.then(() =>
        resolve(
          upload ??
            ({
              refused: new ImportError(ImportErrorCode.NO_FILE, 'Die Anfrage enthält keine Datei im Feld „file“.'),
            } as ImportUpload),
        ),
      );
    });
    payload.pipe(busboy);
  });
}

/**
 * The import route's body: the file itself (XLSX, CSV, or bytes whose kind is sniffed), or multipart with a part
 * `file`. Whatever the content type, so that an unsupported type there is answered in the import's own terms
 * (IMPORT_UNSUPPORTED_TYPE). Limits are the import's own: the body is counted while it is read and never kept beyond
 * the limit.
 */
export function importBodyRoute(maxBytes: number): RawBodyRoute {
  return {
    owns: (req) => req.method === 'POST' && IMPORT_ROUTE.test(req.url),
    parse: (req, payload, done) => {
      const type = (req.headers['content-type'] ?? '').toLowerCase();
      const read = type.startsWith('multipart/form-data')
        ? readMultipart(req, payload, maxBytes)
        : readRaw(req, payload, maxBytes);
      read.then(
        (upload) => done(null, upload),
        () =>
          done(null, {
            refused: new ImportError(ImportErrorCode.UNREADABLE, 'Die Datei konnte nicht empfangen werden.'),
          }),
      );
    },
  };
}
