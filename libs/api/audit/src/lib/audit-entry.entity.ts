import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

/** One change to one record. Append-only (a database trigger refuses UPDATE and DELETE). */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'bigint', insert: false, update: false }) transactionId!: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Column() actorName!: string;
  @Column({ type: 'uuid', nullable: true }) modelProjectId!: string | null;
  @Column({ type: 'uuid', nullable: true }) measureId!: string | null;
  @Column() entityType!: string;
  @Column({ type: 'uuid' }) entityId!: string;
  @Column({ type: 'text' }) action!: AuditAction;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
}
