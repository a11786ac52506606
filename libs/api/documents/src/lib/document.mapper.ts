import { ownerIdOf } from './document-owner';
import type { DocumentEntity } from './document.entity';
import { Document } from './dtos/document.dto';

/** A document row as loaded for GraphQL: the entity and the uploader's name. */
export type DocumentRow = DocumentEntity & { uploadedByName: string | null };

export const documentDownloadUrl = (id: string): string => `/api/documents/${id}`;

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: ownerIdOf(row),
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    uploadedAt: row.uploadedAt,
    uploadedByName: row.uploadedByName,
    downloadUrl: documentDownloadUrl(row.id),
    modelProjectId: row.modelProjectId,
  };
}

/** What the history keeps of a document (never its content). */
export function documentSnapshot(row: DocumentEntity): Record<string, unknown> {
  return {
    ownerType: row.ownerType,
    ownerId: ownerIdOf(row),
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
  };
}
