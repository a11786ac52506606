import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { contentDisposition } from '@masswerk/api/core';

export { asciiFilename, contentDisposition } from '@masswerk/api/core';

/** A file on its way to the browser: its German name, its type and the stream that produces it. */
export interface Download {
  filename: string;
  contentType: string;
  stream: Readable;
}

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export function toStreamableFile(download: Download): StreamableFile {
  return new StreamableFile(download.stream, {
    type: download.contentType,
    disposition: contentDisposition(download.filename),
  });
}
