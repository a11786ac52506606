import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  Actor,
  DEFAULT_LANGUAGE,
  Language,
  MANDATORY_REMINDER_KINDS,
  Permission,
  REMINDER_KINDS,
  ReminderKind,
} from '@masswerk/shared/domain';
import {
  Connection,
  decodeCursor,
  DomainError,
  lazy,
  mapConnection,
  pageNewestFirst,
  toConnection,
} from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { storedText } from '../reminders/reminder-texts';
import { NotificationEntity } from './notification.entity';
import { Notification, ReminderDelivery, ReminderLogEntry, ReminderSetting } from './notification.dto';

/** Gives up after this many attempts, as the mail service does. */
const MAX_MAIL_ATTEMPTS = 5;

interface LogRow {
  id: string;
  recipientName: string;
  kind: ReminderKind;
  title: string;
  detail: string;
  params: object | null;
  createdAt: Date;
  readAt: Date | null;
  mailId: string | null;
  sentAt: Date | null;
  attempts: number | null;
}

/** A person's notifications and reminder settings, and the record of reminders of a project for its office. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The person's notifications, newest first, in `language` (else their own). */
  async mine(
    actor: Actor,
    first: number,
    after: string | null,
    unreadOnly: boolean,
    language: Language | null,
  ): Promise<Connection<Notification>> {
    const userId = requireUser(actor);
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const [page, lang] = await Promise.all([
      pageNewestFirst(qb, { first, after }),
      language ?? this.languageOf(userId),
    ]);
    return mapConnection(page, (n) => ({
      id: n.id,
      kind: n.kind,
      ...storedText(n, lang),
      link: n.link,
      dueOn: n.dueOn,
      createdAt: n.createdAt,
      readAt: n.readAt,
    }));
  }

  /** The language a person reads Maßwerk's texts in. */
  async languageOf(userId: string): Promise<Language> {
    const [row]: { language: Language }[] = await this.dataSource.query(`SELECT language FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return row?.language ?? DEFAULT_LANGUAGE;
  }

  unreadCount(actor: Actor): Promise<number> {
    const userId = requireUser(actor);
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the person's own notifications read (others' ids are ignored); all of them when `ids` is null. */
  async markRead(actor: Actor, ids: string[] | null): Promise<number> {
    const userId = requireUser(actor);
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
    return count;
  }

  async settings(actor: Actor): Promise<ReminderSetting[]> {
    const userId = requireUser(actor);
    const rows: { kind: ReminderKind }[] = await this.dataSource.query(
      `SELECT kind FROM notification_opt_out WHERE user_id = $1`,
      [userId],
    );
    const off = new Set(rows.map((r) => r.kind));
    return REMINDER_KINDS.map((kind) => ({ kind, enabled: !off.has(kind) }));
  }

  async setEnabled(actor: Actor, kind: ReminderKind, enabled: boolean): Promise<ReminderSetting[]> {
    const userId = requireUser(actor);
    if (MANDATORY_REMINDER_KINDS.has(kind))
      throw DomainError.badInput('kind', 'Nachrichten über Mitgliedschaften lassen sich nicht abschalten.');
    await this.dataSource.query(
      enabled
        ? `DELETE FROM notification_opt_out WHERE user_id = $1 AND kind = $2`
        : `INSERT INTO notification_opt_out (user_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, kind],
    );
    return this.settings(actor);
  }

  /** The reminders of a project, newest first, for its project office (who manages its people), in `language`. */
  async projectLog(
    actor: Actor,
    projectId: string,
    first: number,
    after: string | null,
    language: Language | null,
  ): Promise<Connection<ReminderLogEntry>> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, projectId);
    const lang = language ?? (await this.languageOf(requireUser(actor)));
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : null;
    const rows: LogRow[] = await this.dataSource.query(
      `SELECT n.id, u.display_name AS "recipientName", n.kind, n.title, n.detail, n.params, n.created_at AS "createdAt",
              n.read_at AS "readAt", n.mail_id AS "mailId", o.sent_at AS "sentAt", o.attempts
         FROM notification n
         JOIN app_user u ON u.id = n.user_id
         LEFT JOIN mail_outbox o ON o.id = n.mail_id
        WHERE n.model_project_id = $1
          AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $4`,
      [projectId, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    return toConnection(
      rows,
      first,
      lazy(async () =>
        Number(
          (
            await this.dataSource.query(`SELECT count(*) AS n FROM notification WHERE model_project_id = $1`, [
              projectId,
            ])
          )[0].n,
        ),
      ),
      !!after,
      (r) => [new Date(r.createdAt).toISOString(), r.id],
      (r) => ({
        id: r.id,
        recipientName: r.recipientName,
        kind: r.kind,
        title: storedText(r, lang).title,
        createdAt: r.createdAt,
        readAt: r.readAt,
        delivery: deliveryOf(r),
      }),
    );
  }
}

function deliveryOf(row: LogRow): ReminderDelivery {
  if (!row.mailId) return ReminderDelivery.NOT_MAILED;
  if (row.sentAt) return ReminderDelivery.SENT;
  return (row.attempts ?? 0) >= MAX_MAIL_ATTEMPTS ? ReminderDelivery.FAILED : ReminderDelivery.QUEUED;
}

function requireUser(actor: Actor): string {
  if (!actor.userId) throw DomainError.unauthenticated();
  return actor.userId;
}
