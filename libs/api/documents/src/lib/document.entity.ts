import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentOwnerType } from './document-owner';

/**
 * What is known of a kept file; its content lies in `document_chunk` (SQL only, `DocumentStorage`). Written once, when
 * the upload is complete, and never changed: a document is replaced by deleting it and uploading another.
 */
@Entity('document')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'text' }) ownerType!: DocumentOwnerType;
  /** The measure: the owner of a measure's document, the measure of a status report's or an expenditure's. */
  @Column({ type: 'uuid', nullable: true }) measureId!: string | null;
  @Column({ type: 'uuid', nullable: true }) statusReportId!: string | null;
  @Column({ type: 'uuid', nullable: true }) expenditureId!: string | null;
  @Column({ type: 'uuid', nullable: true }) callOffId!: string | null;
  @Column({ type: 'uuid', nullable: true }) proofId!: string | null;
  @Column() fileName!: string;
  /** From the content (`sniffMediaType`), never from the name or the client's Content-Type. */
  @Column() mediaType!: string;
  @Column({ type: 'bigint' }) sizeBytes!: string;
  @Column({ type: 'integer' }) chunkCount!: number;
  @Column() sha256!: string;
  @Column({ type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) uploadedAt!: Date;
}
