import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess } from '@masswerk/api/access';
import { AuditService } from '@masswerk/api/audit';
import { APP_CONFIG, DomainError, groupByKeys, LoaderRegistry } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { chunksOf, CHUNK_BYTES } from './content/chunks';
import { sanitiseFileName } from './content/file-name';
import { AcceptedType, sniffMediaType } from './content/media-type';
import { DOCUMENT_OWNERS, DocumentOwnerType, isDocumentOwnerType } from './document-owner';
import { DocumentEntity } from './document.entity';
import { DocumentErrors } from './document.errors';
import { documentSnapshot, DocumentRow } from './document.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The columns of a document row in the entity's shape, and the uploader's name. */
const DOCUMENT_COLUMNS = `
  d.id, d.model_project_id AS "modelProjectId", d.owner_type AS "ownerType", d.measure_id AS "measureId",
  d.status_report_id AS "statusReportId", d.expenditure_id AS "expenditureId", d.call_off_id AS "callOffId",
  d.proof_id AS "proofId", d.file_name AS "fileName", d.media_type AS "mediaType", d.size_bytes::text AS "sizeBytes",
  d.chunk_count AS "chunkCount", d.sha256, d.uploaded_by AS "uploadedBy", d.uploaded_at AS "uploadedAt",
  u.display_name AS "uploadedByName"`;

/** The project and (for records of a measure) the measure of the record documents are attached to. */
interface OwnerFacts {
  type: DocumentOwnerType;
  id: string;
  projectId: string;
  measureId: string | null;
}

/** An upload as it arrives: where it goes, the name the client sent, its announced length and the body. */
export interface Upload {
  ownerType: string;
  ownerId: string;
  fileName: string | null;
  contentLength: number | null;
  body: Readable;
}

/** A document on its way out: what is known of it and a stream of its content, chunk by chunk. */
export interface DocumentDownload {
  document: DocumentEntity;
  stream: Readable;
}

/**
 * Documents attached to records (decision 0064). Reading them needs READ_PROJECT in the record's project (its
 * members; cluster partners never see documents, even of a measure they see); attaching and deleting them the rule
 * the record's own changes follow (`DOCUMENT_OWNERS`). Uploads stream into `document_chunk` in chunks of 256 KiB
 * within one transaction that writes the document row and its history entry last; downloads read chunk by chunk.
 */
@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Keeps an uploaded file: checks the owner and the caller's right before reading the body, the size while it
   * streams, the kind from the first chunk. Whatever is refused or breaks leaves nothing behind.
   */
  async upload(actor: Actor, upload: Upload): Promise<DocumentEntity> {
    if (!isDocumentOwnerType(upload.ownerType)) throw DocumentErrors.unknownOwnerType(upload.ownerType);
    const owner = await this.ownerFacts(upload.ownerType, upload.ownerId);
    await this.requireWrite(actor, owner);
    const maxBytes = this.config.documents.maxBytes;
    if (upload.contentLength !== null && upload.contentLength > maxBytes) throw DocumentErrors.tooLarge(maxBytes);
    // An empty body is never read by Fastify, so it never ends for us either.
    if (upload.contentLength === 0 || upload.body.readableEnded) throw DocumentErrors.empty();

    const id = randomUUID();
    const hash = createHash('sha256');
    const runner = this.dataSource.createQueryRunner();
    let size = 0;
    let seq = 0;
    let type: AcceptedType | null = null;
    try {
      // Not destroyed when we stop early: the rest of a refused body is drained by Node, the refusal still arrives.
      for await (const chunk of chunksOf(upload.body.iterator({ destroyOnReturn: false }))) {
        size += chunk.length;
        if (size > maxBytes) throw DocumentErrors.tooLarge(maxBytes);
        if (seq === 0) {
          type = sniffMediaType(chunk);
          if (!type) throw DocumentErrors.typeNotAllowed();
          await runner.connect();
          await runner.startTransaction();
        }
        hash.update(chunk);
        await runner.query(`INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`, [
          id,
          seq++,
          chunk,
        ]);
      }
      if (!type) throw DocumentErrors.empty();
      const kind = DOCUMENT_OWNERS[owner.type];
      const document: DocumentEntity = {
        id,
        modelProjectId: owner.projectId,
        ownerType: owner.type,
        measureId: owner.measureId,
        statusReportId: null,
        expenditureId: null,
        callOffId: null,
        proofId: null,
        [kind.property]: owner.id,
        fileName: sanitiseFileName(upload.fileName, type),
        mediaType: type.mediaType,
        sizeBytes: String(size),
        chunkCount: seq,
        sha256: hash.digest('hex'),
        uploadedBy: actor.userId,
        uploadedAt: new Date(),
      };
      const [{ uploadedAt }] = await runner.query(
        `INSERT INTO document (id, model_project_id, owner_type, measure_id, status_report_id, expenditure_id,
                               call_off_id, proof_id, file_name, media_type, size_bytes, chunk_count, sha256, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         RETURNING uploaded_at AS "uploadedAt"`,
        [
          document.id,
          document.modelProjectId,
          document.ownerType,
          document.measureId,
          document.statusReportId,
          document.expenditureId,
          document.callOffId,
          document.proofId,
          document.fileName,
          document.mediaType,
          document.sizeBytes,
          document.chunkCount,
          document.sha256,
          document.uploadedBy,
        ],
      );
      document.uploadedAt = uploadedAt;
      await this.audit.record(runner.manager, actor, {
        entityType: 'Document',
        entityId: id,
        action: 'CREATE',
        modelProjectId: owner.projectId,
        measureId: owner.measureId,
        after: documentSnapshot(document),
      });
      await runner.commitTransaction();
      return document;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** A document and its content for someone who may read its record; NOT_FOUND for everyone else. */
  async download(actor: Actor, id: string): Promise<DocumentDownload> {
    const document = await this.readable(actor, id, this.dataSource.manager);
    return { document, stream: this.contentOf(document) };
  }

  /** Deletes a document with its content, with a history entry of the record's measure or project. */
  async delete(actor: Actor, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const document = await this.readable(actor, id, manager, true);
      await this.requireWrite(actor, {
        type: document.ownerType,
        id: document[DOCUMENT_OWNERS[document.ownerType].property] as string,
        projectId: document.modelProjectId,
        measureId: document.measureId,
      });
      await manager.query(`DELETE FROM document WHERE id = $1`, [id]);
      await this.audit.record(manager, actor, {
        entityType: 'Document',
        entityId: id,
        action: 'DELETE',
        modelProjectId: document.modelProjectId,
        measureId: document.measureId,
        before: documentSnapshot(document),
      });
      return id;
    });
  }

  /**
   * The documents of many records of one kind, in one statement, oldest first; only those the actor may read (the
   * records' project members).
   */
  byOwnerLoader(loaders: LoaderRegistry, actor: Actor, type: DocumentOwnerType): DataLoader<string, DocumentRow[]> {
    const kind = DOCUMENT_OWNERS[type];
    return loaders.get(
      Symbol.for(`documentsByOwner:${type}`),
      () =>
        new DataLoader(async (ownerIds: readonly string[]) => {
          const rows: DocumentRow[] = await this.dataSource.query(
            `SELECT ${DOCUMENT_COLUMNS}
               FROM document d LEFT JOIN app_user u ON u.id = d.uploaded_by
              WHERE d.${kind.column} = ANY($1::uuid[]) AND d.owner_type = $2
              ORDER BY d.uploaded_at, d.id`,
            [ownerIds, type],
          );
          const readable = rows.filter((r) => this.access.can(actor, Permission.READ_PROJECT, r.modelProjectId));
          return groupByKeys(ownerIds, readable, (r) => r[kind.property] as string);
        }),
    );
  }

  /** One document with the uploader's name, for the answer to an upload. */
  async row(id: string): Promise<DocumentRow> {
    const [row] = await this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d LEFT JOIN app_user u ON u.id = d.uploaded_by WHERE d.id = $1`,
      [id],
    );
    if (!row) throw DomainError.notFound('Dokument', id);
    return row;
  }

  /** The document if the actor may read it (locked for a change when asked); NOT_FOUND also when it may not. */
  private async readable(actor: Actor, id: string, db: EntityManager, lock = false): Promise<DocumentEntity> {
    if (!UUID.test(id)) throw DomainError.notFound('Dokument', id.slice(0, 40));
    const [document]: DocumentEntity[] = await db.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d LEFT JOIN app_user u ON u.id = d.uploaded_by
        WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`,
      [id],
    );
    if (!document || !this.access.can(actor, Permission.READ_PROJECT, document.modelProjectId))
      throw DomainError.notFound('Dokument', id);
    return document;
  }

  /** The content, one chunk per statement as the reader asks for it: memory holds about two chunks per download. */
  private contentOf(document: DocumentEntity): Readable {
    const dataSource = this.dataSource;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let seq = 0; seq < document.chunkCount; seq++) {
        const [chunk]: { data: Buffer }[] = await dataSource.query(
          `SELECT data FROM document_chunk WHERE document_id = $1 AND seq = $2`,
          [document.id, seq],
        );
        if (!chunk) throw new Error(`Document ${document.id} lost its chunk ${seq} while being read`);
        yield chunk.data;
      }
    }
    return Readable.from(chunks(), { objectMode: false, highWaterMark: CHUNK_BYTES });
  }

  /** The owner's project and measure; NOT_FOUND for an id that is no such record. */
  private async ownerFacts(type: DocumentOwnerType, id: string): Promise<OwnerFacts> {
    const kind = DOCUMENT_OWNERS[type];
    if (!UUID.test(id)) throw DomainError.notFound(kind.label, id.slice(0, 40));
    const [row]: { projectId: string; measureId: string | null }[] = await this.dataSource.query(
      `SELECT model_project_id AS "projectId", ${kind.measureColumn ?? 'NULL'}::uuid AS "measureId"
         FROM ${kind.table} WHERE id = $1`,
      [id],
    );
    if (!row) throw DomainError.notFound(kind.label, id);
    return { type, id, ...row };
  }

  /**
   * Attaching and deleting follow the record's own rule: REPORT_PROGRESS on the measure for its records, EDIT_PLAN in
   * the project for call-offs and proofs. Outsiders of the project learn nothing (NOT_FOUND).
   */
  private async requireWrite(actor: Actor, owner: OwnerFacts): Promise<void> {
    if (!this.access.can(actor, Permission.READ_PROJECT, owner.projectId))
      throw DomainError.notFound(DOCUMENT_OWNERS[owner.type].label, owner.id);
    if (owner.measureId) {
      const [measure] = await this.access.measureFacts([owner.measureId]);
      this.access.requireOnMeasure(
        actor,
        MeasureAccess.REPORT_PROGRESS,
        measure,
        'Dokumente hängen nur an, wer über die Maßnahme berichtet: die Projektadministration und die Zuständigen.',
      );
    } else {
      this.access.requireAccess(
        actor,
        Permission.EDIT_PLAN,
        owner.projectId,
        'Dokumente zu Mittelabrufen und Nachweisen hängt nur die Projektadministration an.',
      );
    }
  }
}
