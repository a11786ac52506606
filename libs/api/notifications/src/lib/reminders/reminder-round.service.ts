import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ACTIVE_STATUSES, IsoDate, REMINDER_RULES, ReminderKind, UNFINISHED_STATUSES } from '@masswerk/shared/domain';
import { APP_CONFIG, AppConfig, Clock } from '@masswerk/api/core';
import { FundingProgrammeEntity, rulesOf } from '@masswerk/api/funding';
import { MailService } from '@masswerk/api/mail';
import { GRANTS_FOR_REMINDERS_SQL } from '../calendar/calendar-feed.sql';
import { GrantRow, proofDeadlines } from '../calendar/calendar-events';
import {
  ACTIVE_MEASURES_SQL,
  ASSIGNEES_SQL,
  DUE_MILESTONES_SQL,
  INSERT_NOTIFICATIONS_SQL,
  MEMBERS_SQL,
  OPT_OUTS_SQL,
  UNMAILED_SQL,
} from './reminder-round.sql';
import {
  ActiveMeasure,
  digestMail,
  groupInto,
  DueMilestone,
  Member,
  ProjectProof,
  Recipients,
  reminderRows,
} from './reminder-items';

export const DIGEST_MAIL_KIND = 'REMINDER_DIGEST';
/** One round at a time across every instance; the unique key of a reminder keeps each once anyway. */
const ROUND_LOCK = 'masswerk:reminder-round';

export interface RoundResult {
  today: IsoDate;
  dryRun: boolean;
  /** Reminders written in this round (new ones only). */
  created: number;
  /** Digest mails queued, one per person. */
  mails: { to: string; subject: string; items: string[] }[];
}

/**
 * Reminders written per statement. The first round of a national installation finds about 455,000: as one JSON
 * parameter (200 MB) their insert ran past the statement timeout (`npm run bench -- --only reminders`).
 */
const INSERT_CHUNK = 5000;

/** Writes the reminders that are new, a chunk per statement; returns how many were new. */
async function insertInChunks(manager: EntityManager, rows: unknown[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + INSERT_CHUNK));
    created += ((await manager.query(INSERT_NOTIFICATIONS_SQL, [chunk])) as unknown[]).length;
  }
  return created;
}

class DryRun extends Error {
  constructor(readonly result: RoundResult) {
    super('dry run');
  }
}

/**
 * The daily reminder round (issue 15, decision 0059): works out today's reminders from the plan, writes the new ones
 * (each person, subject and stage once), and queues one digest mail per person with everything not mailed yet. All in
 * one transaction: a round that fails leaves nothing half-sent; a dry run rolls it back and reports what it would do.
 */
@Injectable()
export class ReminderRoundService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    private readonly mail: MailService,
  ) {}

  async run({
    today = this.clock.today(),
    dryRun = false,
  }: { today?: IsoDate; dryRun?: boolean } = {}): Promise<RoundResult> {
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROUND_LOCK]);
        const result = await this.round(manager, today, dryRun);
        if (dryRun) throw new DryRun(result);
        return result;
      });
      this.logger.log(`round of ${today}: ${result.created} new reminders, ${result.mails.length} digest mails`);
      void this.mail.deliverPending();
      return result;
    } catch (error) {
      if (error instanceof DryRun) return error.result;
      throw error;
    }
  }

  private async round(manager: EntityManager, today: IsoDate, dryRun: boolean): Promise<RoundResult> {
    const lead = Math.max(...REMINDER_RULES.leadDays);
    const [milestones, measures, grants, assignees, members, optOuts, programmes] = await Promise.all([
      manager.query(DUE_MILESTONES_SQL, [today, lead, UNFINISHED_STATUSES]) as Promise<DueMilestone[]>,
      manager.query(ACTIVE_MEASURES_SQL, [ACTIVE_STATUSES, today]) as Promise<ActiveMeasure[]>,
      manager.query(GRANTS_FOR_REMINDERS_SQL) as Promise<(GrantRow & { projectId: string })[]>,
      manager.query(ASSIGNEES_SQL) as Promise<{ measureId: string; userId: string }[]>,
      manager.query(MEMBERS_SQL) as Promise<Member[]>,
      manager.query(OPT_OUTS_SQL) as Promise<{ userId: string; kind: ReminderKind }[]>,
      manager.find(FundingProgrammeEntity),
    ]);
    const rules = new Map(programmes.map((p) => [p.id, rulesOf(p)]));
    const proofs: ProjectProof[] = grants.flatMap((grant) => {
      const of = rules.get(grant.programmeId);
      return of ? proofDeadlines(grant, of).map((d) => ({ ...d, projectId: grant.projectId })) : [];
    });
    const muted = new Set(optOuts.map((o) => `${o.userId}:${o.kind}`));
    const rows = reminderRows(today, { milestones, measures, proofs }, new Recipients(assignees, members)).filter(
      (row) => !muted.has(`${row.userId}:${row.kind}`),
    );
    const created = await insertInChunks(manager, rows);
    // The digests then update the new rows person by person, planned on the table's statistics from before the insert
    // (nearly empty): at national size 147 ms a person instead of 26–78 (docs/performance.md). ANALYZE in the
    // transaction counts the rows it has just written.
    if (created >= INSERT_CHUNK) await manager.query('ANALYZE notification');
    return { today, dryRun, created, mails: await this.queueDigests(manager) };
  }

  private async queueDigests(manager: EntityManager): Promise<RoundResult['mails']> {
    const pending: {
      id: string;
      userId: string;
      email: string;
      displayName: string;
      title: string;
      detail: string;
      link: string;
      projectId: string | null;
    }[] = await manager.query(UNMAILED_SQL, [DIGEST_MAIL_KIND]);
    const byPerson = new Map<string, typeof pending>();
    for (const item of pending) groupInto(byPerson, item.userId, item);
    const mails: RoundResult['mails'] = [];
    for (const items of byPerson.values()) {
      const person = items[0];
      const { subject, body } = digestMail(person, items, this.config.publicOrigin);
      const projects = new Set(items.map((i) => i.projectId));
      const mailId = await this.mail.queue(manager, {
        to: person.email,
        subject,
        body,
        kind: DIGEST_MAIL_KIND,
        modelProjectId: projects.size === 1 ? person.projectId : null,
      });
      await manager.query(`UPDATE notification SET mail_id = $1 WHERE id = ANY($2::uuid[])`, [
        mailId,
        items.map((i) => i.id),
      ]);
      mails.push({ to: person.email, subject, items: items.map((i) => i.title) });
    }
    return mails;
  }
}
