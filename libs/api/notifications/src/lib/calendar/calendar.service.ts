import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { APP_CONFIG, AppConfig, Clock, DomainError } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { hashToken, newSecret } from '@masswerk/api/identity';
import { FundingProgrammeEntity, rulesOf } from '@masswerk/api/funding';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { GRANTS_SQL, MILESTONES_SQL } from './calendar-feed.sql';
import {
  callOffDeadlines,
  callOffEntry,
  GrantRow,
  milestoneEntry,
  MilestoneRow,
  proofDeadlines,
  proofEntry,
  toICalendar,
} from './calendar-events';

export const CALENDAR_TOKEN_PREFIX = 'mwc_';
/** Where a feed is served; the secret and `.ics` follow. */
export const CALENDAR_PATH = '/api/calendar/';

/** The personal calendar feed: its secret address (created, renewed, ended by its owner) and its content. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The signed-in person's feed, if they have one (never its secret: it is shown once, when made). */
  mine(actor: Actor): Promise<CalendarFeedEntity | null> {
    const userId = requireUser(actor);
    return this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId });
  }

  /** Makes a new address; an earlier one stops working in the same transaction. Returns the secret once. */
  renew(actor: Actor): Promise<{ feed: CalendarFeedEntity; url: string }> {
    const userId = requireUser(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(CalendarFeedEntity, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (before) await this.end(manager, actor, before);
      const secret = newSecret(CALENDAR_TOKEN_PREFIX);
      const feed = await manager.save(manager.create(CalendarFeedEntity, { userId, tokenHash: hashToken(secret) }));
      const { tokenHash: _hash, ...visible } = feed;
      await this.audit.record(manager, actor, {
        entityType: 'CalendarFeed',
        entityId: feed.id,
        action: 'CREATE',
        modelProjectId: null,
        after: visible,
      });
      return { feed, url: `${this.config.publicOrigin}${CALENDAR_PATH}${secret}.ics` };
    });
  }

  /** Ends the person's feed: its address answers 404 from now on. */
  revoke(actor: Actor): Promise<boolean> {
    const userId = requireUser(actor);
    return this.dataSource.transaction(async (manager) => {
      const feed = await manager.findOne(CalendarFeedEntity, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!feed) return false;
      await this.end(manager, actor, feed);
      return true;
    });
  }

  /**
   * The feed of the address's secret, as iCalendar text, or null when no feed has it (unknown, renewed, ended, or
   * its owner disabled). Reads the owner's memberships now, so it never shows more than they may read today.
   */
  async feed(secret: string): Promise<string | null> {
    if (!secret.startsWith(CALENDAR_TOKEN_PREFIX)) return null;
    const [owner]: { userId: string; displayName: string }[] = await this.dataSource.query(
      // a statement of its own kind SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count]
      `WITH used AS (
         UPDATE calendar_feed f SET last_used_at = now() FROM app_user u
          WHERE f.token_hash = $1 AND u.id = f.user_id AND u.disabled_at IS NULL
          RETURNING f.user_id AS "userId", u.display_name AS "displayName")
       SELECT * FROM used`,
      [hashToken(secret)],
    );
    if (!owner) return null;
    const [milestones, grants]: [MilestoneRow[], GrantRow[]] = await Promise.all([
      this.dataSource.query(MILESTONES_SQL, [owner.userId]),
      this.dataSource.query(GRANTS_SQL, [owner.userId]),
    ]);
    const programmes = new Map(
      (await this.dataSource.getRepository(FundingProgrammeEntity).find()).map((p) => [p.id, rulesOf(p)]),
    );
    const today = this.clock.today();
    const origin = this.config.publicOrigin;
    const entries = [
      ...milestones.map((row) => milestoneEntry(row, today, origin)),
      ...grants.flatMap((grant) => {
        const rules = programmes.get(grant.programmeId);
        return rules ? proofDeadlines(grant, rules).map((d) => proofEntry(d, today, origin)) : [];
      }),
      ...grants.flatMap((grant) => callOffDeadlines(grant).map((d) => callOffEntry(d, today, origin))),
    ];
    return toICalendar(entries, `Maßwerk – ${owner.displayName}`);
  }

  private async end(manager: DataSource['manager'], actor: Actor, feed: CalendarFeedEntity): Promise<void> {
    await manager.delete(CalendarFeedEntity, { id: feed.id });
    await this.audit.record(manager, actor, {
      entityType: 'CalendarFeed',
      entityId: feed.id,
      action: 'DELETE',
      modelProjectId: null,
      before: feed,
    });
  }
}

function requireUser(actor: Actor): string {
  if (!actor.userId) throw DomainError.unauthenticated();
  return actor.userId;
}
