import { registerEnumType } from '@nestjs/graphql';
import type { DocumentEntity } from './document.entity';

/** The kinds of record a document can be attached to. */
export enum DocumentOwnerType {
  MEASURE = 'MEASURE',
  STATUS_REPORT = 'STATUS_REPORT',
  EXPENDITURE = 'EXPENDITURE',
  CALL_OFF = 'CALL_OFF',
  PROOF = 'PROOF',
}

registerEnumType(DocumentOwnerType, {
  name: 'DocumentOwnerType',
  description: 'The kind of record a document is attached to.',
});

/** Where an owner lives and which rule governs changing its documents. */
export interface DocumentOwnerKind {
  /** The owner's table. */
  table: string;
  /** The document's column that references the owner. */
  column: string;
  /** The same as a property of the entity. */
  property: keyof DocumentEntity;
  /** The owner's column naming its measure; null for records of the project (call-offs, proofs). */
  measureColumn: string | null;
  /** What messages call the owner (NOT_FOUND). */
  label: string;
}

/**
 * The owners, described once: upload, delete, the loaders and the history use this table. Records of a measure
 * follow the measure's rule for reporting (REPORT_PROGRESS: the project office, and editors on their measures);
 * call-offs and proofs the project office's (EDIT_PLAN), as their own mutations do.
 */
export const DOCUMENT_OWNERS: Record<DocumentOwnerType, DocumentOwnerKind> = {
  [DocumentOwnerType.MEASURE]: {
    table: 'measure',
    column: 'measure_id',
    property: 'measureId',
    measureColumn: 'id',
    label: 'Maßnahme',
  },
  [DocumentOwnerType.STATUS_REPORT]: {
    table: 'status_report',
    column: 'status_report_id',
    property: 'statusReportId',
    measureColumn: 'measure_id',
    label: 'Statusbericht',
  },
  [DocumentOwnerType.EXPENDITURE]: {
    table: 'expenditure',
    column: 'expenditure_id',
    property: 'expenditureId',
    measureColumn: 'measure_id',
    label: 'Ausgabe',
  },
  [DocumentOwnerType.CALL_OFF]: {
    table: 'call_off',
    column: 'call_off_id',
    property: 'callOffId',
    measureColumn: null,
    label: 'Mittelabruf',
  },
  [DocumentOwnerType.PROOF]: {
    table: 'proof',
    column: 'proof_id',
    property: 'proofId',
    measureColumn: null,
    label: 'Verwendungsnachweis',
  },
};

export function isDocumentOwnerType(value: string): value is DocumentOwnerType {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_OWNERS, value);
}

/** The id of the record a document is attached to. */
export function ownerIdOf(document: DocumentEntity): string {
  return document[DOCUMENT_OWNERS[document.ownerType].property] as string;
}
