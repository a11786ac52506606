import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, AppConfig } from '@masswerk/api/core';
import { MailService } from '@masswerk/api/mail';
import { ReminderRoundService } from '../reminders/reminder-round.service';

export const REMINDER_ROUND_QUEUE = 'reminder-round';
export const MAIL_DELIVERY_QUEUE = 'mail-delivery';

/**
 * The scheduled jobs, in pg-boss on the same PostgreSQL (schema `pgboss`; decisions 0059 and 0061): the reminder round
 * every quarter hour (and once at start), which handles the projects whose send time has come today and whose round
 * has not run today, and the mail delivery every minute. pg-boss sends a scheduled job once per slot whatever the
 * number of instances, and keeps jobs across restarts; a failed round is retried with backoff and logged.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ReminderRoundService,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    const options = this.dataSource.options as PostgresConnectionOptions;
    const boss = new PgBoss({
      connectionString: this.config.databaseMigrationUrl ?? options.url,
      schema: 'pgboss',
      max: 2,
      application_name: 'masswerk-jobs',
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    this.boss = boss;
    await boss.createQueue(REMINDER_ROUND_QUEUE, {
      name: REMINDER_ROUND_QUEUE,
      retryLimit: 5,
      retryDelay: 60,
      retryBackoff: true,
    });
    await boss.createQueue(MAIL_DELIVERY_QUEUE, { name: MAIL_DELIVERY_QUEUE, policy: 'singleton' });
    await boss.schedule(REMINDER_ROUND_QUEUE, '*/15 * * * *', {}, { tz: this.config.timeZone });
    await boss.schedule(MAIL_DELIVERY_QUEUE, '* * * * *');
    await boss.work(REMINDER_ROUND_QUEUE, async () => {
      await this.reminders.run({ scheduled: true });
    });
    await boss.work(MAIL_DELIVERY_QUEUE, async () => {
      await this.mail.deliverPending();
    });
    // A round at start as well: a server that was down at a project's send time misses nothing (a project's round
    // runs once a day, reminders are written once whatever the number of rounds, a person gets one digest a day).
    await boss.send(REMINDER_ROUND_QUEUE, {}, { singletonKey: 'at-start' });
    this.logger.log(
      `jobs started: reminder round every quarter hour, per project's send time (${this.config.timeZone})`,
    );
  }

  /** Queues a reminder round now (as the schedule does); for tests and operators. */
  async queueRound(): Promise<string | null> {
    if (!this.boss) throw new Error('jobs are off on this instance (JOBS=false)');
    return this.boss.send(REMINDER_ROUND_QUEUE, {});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
    this.boss = null;
  }
}
