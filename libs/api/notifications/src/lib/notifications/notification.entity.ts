import { Column, Entity } from 'typeorm';
import { CreatedRecord } from '@masswerk/api/core';
import { ReminderKind } from '@masswerk/shared/domain';

/**
 * One reminder for one person (decision 0059): shown in their notification list and carried by one digest mail.
 * Unique per person, kind, subject and stage, so each reminder exists once however often the round runs.
 */
@Entity('notification')
export class NotificationEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'uuid', nullable: true }) modelProjectId!: string | null;
  @Column({ type: 'text' }) kind!: ReminderKind;
  /** The milestone, measure or grant the reminder is about. */
  @Column({ type: 'uuid' }) subjectId!: string;
  /** Which reminder of the subject it is (`due-30`, `late-7`, `stale-2026-09-01`, …). */
  @Column({ type: 'text' }) stage!: string;
  /** The German text as written; what is shown is made from `params` in the reader's language (decision 0061). */
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) detail!: string;
  /** What the texts are made of (`reminder-texts.ts`); null for notifications written before they had any. */
  @Column({ type: 'jsonb', nullable: true }) params!: object | null;
  /** Path of the dashboard page that resolves it (`/projekte/EIF/massnahmen/M-07`). */
  @Column({ type: 'text' }) link!: string;
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** The digest mail that carried it; null until mailed (or when the person's mail is off for it). */
  @Column({ type: 'uuid', nullable: true }) mailId!: string | null;
}
