import { Column, Entity } from 'typeorm';
import { CreatedRecord } from '@masswerk/api/core';

/**
 * A mail Maßwerk sends. Written in the transaction of the change it tells about, so no mail goes out for a change that
 * was rolled back and none is lost for one that committed. With SMTP (`SMTP_URL`) it is delivered and `sentAt` set;
 * without, it stays here, where the platform administrator reads it.
 */
@Entity('mail_outbox')
export class MailOutboxEntity extends CreatedRecord {
  @Column({ type: 'text' }) toAddress!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) body!: string;
  /** What the mail is about (e.g. INVITATION), for the outbox's filter and the record of notifications. */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'uuid', nullable: true }) modelProjectId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  /** After a failed attempt: not tried again before this moment (exponential backoff). */
  @Column({ type: 'timestamptz', nullable: true }) nextAttemptAt!: Date | null;
}
