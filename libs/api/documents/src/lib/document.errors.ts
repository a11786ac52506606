import { DomainError, ErrorCode, ErrorReason } from '@masswerk/api/core';

const megabytes = (bytes: number) => (bytes / 1_048_576).toLocaleString('de-DE', { maximumFractionDigits: 1 });

/** Refusals of uploads, each with its stable reason (and HTTP status, see `http-problem.ts`). */
export const DocumentErrors = {
  /** 415: the content is none of the kinds kept, whatever its name says. */
  typeNotAllowed: (): DomainError =>
    new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'Diese Art von Datei wird nicht angenommen. Erlaubt sind PDF, Bilder (PNG, JPEG, GIF, WebP, TIFF) und ' +
        'Office-Dokumente (Word, Excel, PowerPoint, OpenDocument) – geprüft wird der Inhalt, nicht der Name.',
      { field: 'file' },
      ErrorReason.DOCUMENT_TYPE_NOT_ALLOWED,
    ),
  /** 413: larger than DOCUMENT_MAX_BYTES. */
  tooLarge: (maxBytes: number): DomainError =>
    new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `Die Datei ist größer als ${megabytes(maxBytes)} MB und wurde nicht gespeichert.`,
      { field: 'file', maxBytes },
      ErrorReason.DOCUMENT_TOO_LARGE,
    ),
  empty: (): DomainError => DomainError.badInput('file', 'Die Datei ist leer.'),
  unknownOwnerType: (value: string): DomainError =>
    DomainError.badInput(
      'ownerType',
      `„${value.slice(0, 40)}“ ist keine Art von Eintrag, an die Dokumente angehängt werden (MEASURE, STATUS_REPORT, EXPENDITURE, CALL_OFF, PROOF).`,
    ),
};
