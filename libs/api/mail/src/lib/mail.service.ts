import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, pageNewestFirst } from '@masswerk/api/core';
import type { AppConfig, Connection } from '@masswerk/api/core';
import { MailOutboxEntity } from './mail-outbox.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text; links are written out in full. */
  body: string;
  kind: string;
  modelProjectId?: string | null;
}

/** Attempts before a mail is given up (it stays in the outbox with its last error). */
const MAX_ATTEMPTS = 5;
/** How long a stopping server waits for the mail on the wire to be answered (SMTP timeouts run to minutes). */
const SHUTDOWN_WAIT_MS = 15_000;

/**
 * Mail in two steps: `queue()` writes it to the outbox in the caller's transaction; `deliverPending()`, called after
 * the commit and every minute by the delivery job, sends what is waiting when SMTP is configured (each mail once, also
 * with several servers: rows are claimed with SKIP LOCKED; a failed one waits 1, 2, 4, 8 minutes before its next try). Without SMTP the outbox is where mail stays, readable by the platform administrator.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private delivering: Promise<void> | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  get sendsMail(): boolean {
    return this.transport !== null;
  }

  /** Writes the mail to the outbox in the caller's transaction; returns its id. */
  async queue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const { identifiers } = await manager.insert(MailOutboxEntity, {
      toAddress: mail.to,
      subject: mail.subject,
      body: mail.body,
      kind: mail.kind,
      modelProjectId: mail.modelProjectId ?? null,
      attempts: 0,
    });
    return identifiers[0]['id'] as string;
  }

  /** Sends what waits in the outbox (when SMTP is configured); never throws, failures are recorded per mail. */
  deliverPending(): Promise<void> {
    if (!this.transport || this.stopping) return Promise.resolve();
    this.delivering ??= this.deliver().finally(() => (this.delivering = null));
    return this.delivering;
  }

  private async deliver(): Promise<void> {
    const transport = this.transport as Transporter;
    while (!this.stopping) {
      const sent = await this.dataSource
        .transaction(async (manager) => {
          const [mail]: MailOutboxEntity[] = await manager.query(
            `SELECT id, to_address AS "toAddress", subject, body FROM mail_outbox
              WHERE sent_at IS NULL AND attempts < $1 AND (next_attempt_at IS NULL OR next_attempt_at <= now())
              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [MAX_ATTEMPTS],
          );
          if (!mail) return false;
          try {
            await transport.sendMail({
              from: this.config.mail.from,
              to: mail.toAddress,
              subject: mail.subject,
              text: mail.body,
            });
            await manager.update(MailOutboxEntity, mail.id, { sentAt: new Date(), lastError: null });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`delivery to ${mail.toAddress} failed: ${message}`);
            // backoff: 1, 2, 4, 8 minutes before the next try; the minutely delivery job picks it up then
            await manager.query(
              `UPDATE mail_outbox
                  SET attempts = attempts + 1, last_error = $2,
                      next_attempt_at = now() + make_interval(mins => power(2, attempts)::int)
                WHERE id = $1`,
              [mail.id, message.slice(0, 500)],
            );
          }
          return true;
        })
        .catch((error) => {
          this.logger.warn(`outbox not readable: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        });
      if (!sent) return;
    }
  }

  /** The outbox, newest first (platform administrators). */
  list(first: number, after: string | null | undefined): Promise<Connection<MailOutboxEntity>> {
    return pageNewestFirst(this.dataSource.getRepository(MailOutboxEntity).createQueryBuilder('m'), { first, after });
  }

  /**
   * A stopping server claims no more mail and waits for the one on the wire to be answered and recorded before the
   * database connections close: recorded as sent, it is not sent again by the next server (the connection pool,
   * closed under it, would roll its record back after the relay had it).
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.delivering) {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), SHUTDOWN_WAIT_MS)));
      if (await Promise.race([this.delivering.then(() => false), gaveUp]))
        this.logger.warn('stopped while a mail was being delivered: it may be sent again');
      clearTimeout(timer);
    }
    this.transport?.close();
  }
}
