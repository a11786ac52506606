import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ACTIVE_STATUSES,
  IsoDate,
  Language,
  MANDATORY_REMINDER_KINDS,
  REMINDER_RULES,
  ReminderKind,
  ReminderRules,
  roundDue,
  UNFINISHED_STATUSES,
} from '@masswerk/shared/domain';
import { APP_CONFIG, AppConfig, Clock } from '@masswerk/api/core';
import { FundingProgrammeEntity, rulesOf } from '@masswerk/api/funding';
import { MailService } from '@masswerk/api/mail';
import { GRANTS_FOR_REMINDERS_SQL } from '../calendar/calendar-feed.sql';
import { callOffDeadlines, GrantRow, proofDeadlines } from '../calendar/calendar-events';
import {
  ACTIVE_MEASURES_SQL,
  ASSIGNEES_SQL,
  DUE_MILESTONES_SQL,
  INSERT_NOTIFICATIONS_SQL,
  MEMBERS_SQL,
  OPT_OUTS_SQL,
  PROJECT_SETTINGS_SQL,
  RECORD_ROUND_SQL,
  ROUND_REQUESTS_SQL,
  PEOPLE_WITH_UNMAILED_SQL,
  UNMAILED_SQL,
} from './reminder-round.sql';
import {
  ActiveMeasure,
  groupInto,
  DueMilestone,
  Member,
  ProjectCallOff,
  ProjectProof,
  Recipients,
  RoundRequest,
  reminderRows,
} from './reminder-items';
import { digestMail, reminderText, storedText } from './reminder-texts';

export const DIGEST_MAIL_KIND = 'REMINDER_DIGEST';
/** One round at a time across every instance; the unique key of a reminder keeps each once anyway. */
const ROUND_LOCK = 'masswerk:reminder-round';

export interface RoundResult {
  today: IsoDate;
  dryRun: boolean;
  /** The projects whose round this was. */
  projects: number;
  /** Reminders written in this round (new ones only). */
  created: number;
  /** Digest mails queued, one per person. */
  mails: { to: string; subject: string; items: string[] }[];
  /** The longest the round kept the event loop busy at once, in ms (what a request to this instance waited at most). */
  longestStallMs?: number;
}

interface ProjectSettingsRow {
  projectId: string;
  sendTime: string | null;
  disabledKinds: ReminderKind[] | null;
  leadDays: number[] | null;
  lastRoundOn: IsoDate | null;
}

/** The local time of day `HH:MM` of a moment in a time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
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

/**
 * Projects whose facts the round reads at once, and people whose digests it makes at once: the round holds one batch
 * (at national size the largest project has about 9,500 measures) instead of the whole installation.
 */
const PROJECTS_PER_BATCH = 25;
/** Facts of one kind the round turns into reminders before it gives the event loop back. */
const FACTS_PER_SLICE = 1000;
const PEOPLE_PER_BATCH = 500;
/** Titles of a mail the round reports (the CLI prints them); the mail holds every item. */
const ITEMS_REPORTED = 50;

function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

class DryRun extends Error {
  constructor(readonly result: RoundResult) {
    super('dry run');
  }
}

/**
 * The daily reminder round (issue 15, decisions 0059 and 0061): works out today's reminders from the plan, writes the
 * new ones (each person, subject and stage once), and queues one digest mail per person with everything not mailed
 * yet. All in one transaction: a round that fails leaves nothing half-sent; a dry run rolls it back and reports what
 * it would do. By hand it runs for every project; scheduled (every quarter hour) only for the projects whose send time
 * has come today and whose round has not run today.
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
    scheduled = false,
  }: {
    today?: IsoDate;
    dryRun?: boolean;
    /** Only the projects whose send time has come (at the clock's time) and whose round has not run today. */
    scheduled?: boolean;
  } = {}): Promise<RoundResult> {
    // how long the round kept the instance from answering anything else at once (docs/performance.md)
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const longestStall = () => Math.round(stalls.max / 1e6);
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ROUND_LOCK]);
        const now = scheduled ? localTime(this.clock.now(), this.config.timeZone) : null;
        const result = await this.round(manager, today, dryRun, now);
        if (dryRun) throw new DryRun(result);
        return result;
      });
      if (result.projects || !scheduled)
        this.logger.log(
          `round of ${today} for ${result.projects} projects: ${result.created} new reminders, ${result.mails.length} digest mails; ` +
            `longest event-loop stall ${longestStall()} ms`,
        );
      void this.mail.deliverPending();
      return { ...result, longestStallMs: longestStall() };
    } catch (error) {
      if (error instanceof DryRun) return { ...error.result, longestStallMs: longestStall() };
      throw error;
    } finally {
      stalls.disable();
    }
  }

  /** `now`: the local time of a scheduled round (only the projects due by then), null for every project. */
  private async round(
    manager: EntityManager,
    today: IsoDate,
    dryRun: boolean,
    now: string | null,
  ): Promise<RoundResult> {
    const settings: ProjectSettingsRow[] = await manager.query(PROJECT_SETTINGS_SQL);
    const due = settings.filter(
      (s) => now === null || roundDue(s.sendTime ?? this.config.jobs.reminderTime, now, today, s.lastRoundOn),
    );
    if (!due.length) return { today, dryRun, projects: 0, created: 0, mails: [] };
    const rulesByProject = new Map<string, ReminderRules>(
      due.map((s) => [s.projectId, s.leadDays ? { ...REMINDER_RULES, leadDays: s.leadDays } : REMINDER_RULES]),
    );
    const off = new Set(due.flatMap((s) => (s.disabledKinds ?? []).map((kind) => `${s.projectId}:${kind}`)));
    // the round and the funding programmes' rules hold for every batch; the facts are read a batch at a time
    const [grants, optOuts, programmes] = [
      (await manager.query(GRANTS_FOR_REMINDERS_SQL)) as (GrantRow & { projectId: string })[],
      (await manager.query(OPT_OUTS_SQL)) as { userId: string; kind: ReminderKind }[],
      await manager.find(FundingProgrammeEntity),
    ];
    const rules = new Map(programmes.map((p) => [p.id, rulesOf(p)]));
    const muted = new Set(optOuts.map((o) => `${o.userId}:${o.kind}`));
    const kept = (row: { userId: string; projectId: string; kind: ReminderKind }) =>
      rulesByProject.has(row.projectId) &&
      (MANDATORY_REMINDER_KINDS.has(row.kind) ||
        (!muted.has(`${row.userId}:${row.kind}`) && !off.has(`${row.projectId}:${row.kind}`)));
    let created = 0;
    for (const batch of chunks([...rulesByProject.keys()], PROJECTS_PER_BATCH)) {
      const lead = Math.max(...batch.flatMap((id) => rulesByProject.get(id)?.leadDays ?? REMINDER_RULES.leadDays));
      // one after the other: the statements share the transaction's connection
      const milestones: DueMilestone[] = await manager.query(DUE_MILESTONES_SQL, [
        today,
        lead,
        UNFINISHED_STATUSES,
        batch,
      ]);
      const measures: ActiveMeasure[] = await manager.query(ACTIVE_MEASURES_SQL, [ACTIVE_STATUSES, today, batch]);
      const assignees: { measureId: string; userId: string }[] = await manager.query(ASSIGNEES_SQL, [batch]);
      const members: Member[] = await manager.query(MEMBERS_SQL, [batch]);
      const rounds: RoundRequest[] = await manager.query(ROUND_REQUESTS_SQL, [today, batch]);
      const inBatch = new Set(batch);
      const proofs: ProjectProof[] = grants
        .filter((grant) => inBatch.has(grant.projectId))
        .flatMap((grant) => {
          const of = rules.get(grant.programmeId);
          return of ? proofDeadlines(grant, of).map((d) => ({ ...d, projectId: grant.projectId })) : [];
        });
      const callOffs: ProjectCallOff[] = grants
        .filter((grant) => inBatch.has(grant.projectId))
        .flatMap((grant) => callOffDeadlines(grant).map((d) => ({ ...d, projectId: grant.projectId })));
      const recipients = new Recipients(assignees, members);
      const rows = [];
      // a slice of facts at a time, giving the event loop back in between: at national size a batch's reminders took
      // up to a second of CPU at once, and every request the instance answered meanwhile waited (docs/performance.md).
      // Each fact makes its reminders on its own, so slicing changes nothing of what they are.
      for (const projectId of batch) {
        const of = <T extends { projectId: string }>(facts: T[]) => facts.filter((f) => f.projectId === projectId);
        const none = { milestones: [], measures: [], proofs: [], callOffs: [], rounds: [] };
        const kinds = {
          milestones: of(milestones),
          measures: of(measures),
          proofs: of(proofs),
          callOffs: of(callOffs),
          rounds: of(rounds),
        };
        for (const [kind, facts] of Object.entries(kinds)) {
          for (let i = 0; i < facts.length; i += FACTS_PER_SLICE) {
            const slice = { ...none, [kind]: facts.slice(i, i + FACTS_PER_SLICE) };
            // the German text is kept as written, beside the parameters every language is made from
            for (const row of reminderRows(
              today,
              slice,
              recipients,
              () => rulesByProject.get(projectId) ?? REMINDER_RULES,
            ))
              if (kept(row)) rows.push({ ...row, ...reminderText(row.kind, row.params as never, Language.DE) });
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      }
      created += await insertInChunks(manager, rows);
    }
    // The digests then update the new rows person by person, planned on the table's statistics from before the insert
    // (nearly empty): at national size 147 ms a person instead of 26–78 (docs/performance.md). ANALYZE in the
    // transaction counts the rows it has just written.
    if (created >= INSERT_CHUNK) await manager.query('ANALYZE notification');
    const projectIds = [...rulesByProject.keys()];
    await manager.query(RECORD_ROUND_SQL, [projectIds, today]);
    return {
      today,
      dryRun,
      projects: projectIds.length,
      created,
      mails: await this.queueDigests(manager, projectIds),
    };
  }

  /** The digests, a batch of people at a time; each person's mail holds everything new of theirs. */
  private async queueDigests(manager: EntityManager, projectIds: string[]): Promise<RoundResult['mails']> {
    const people: { userId: string }[] = await manager.query(PEOPLE_WITH_UNMAILED_SQL);
    const mails: RoundResult['mails'] = [];
    for (const batch of chunks(
      people.map((p) => p.userId),
      PEOPLE_PER_BATCH,
    )) {
      const pending: {
        id: string;
        userId: string;
        email: string;
        displayName: string;
        language: Language;
        kind: ReminderKind;
        title: string;
        detail: string;
        params: object | null;
        link: string;
        projectId: string | null;
      }[] = await manager.query(UNMAILED_SQL, [DIGEST_MAIL_KIND, projectIds, batch]);
      const byPerson = new Map<string, typeof pending>();
      for (const item of pending) groupInto(byPerson, item.userId, item);
      const carried: { id: string; mailId: string }[] = [];
      for (const items of byPerson.values()) {
        const person = items[0];
        const texts = items.map((item) => ({ ...storedText(item, person.language), link: item.link }));
        const { subject, body } = digestMail(person, texts, this.config.publicOrigin, person.language);
        const projects = new Set(items.map((i) => i.projectId));
        const mailId = await this.mail.queue(manager, {
          to: person.email,
          subject,
          body,
          kind: DIGEST_MAIL_KIND,
          modelProjectId: projects.size === 1 ? person.projectId : null,
        });
        for (const item of items) carried.push({ id: item.id, mailId });
        // what the round reports of a mail: its first items (the mail itself holds all)
        mails.push({ to: person.email, subject, items: texts.slice(0, ITEMS_REPORTED).map((i) => i.title) });
      }
      // which mail carried each reminder: one statement per chunk of the batch, not one per person
      for (const chunk of chunks(carried, INSERT_CHUNK))
        await manager.query(
          `UPDATE notification n SET mail_id = c."mailId"
             FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, "mailId" uuid) WHERE n.id = c.id`,
          [JSON.stringify(chunk)],
        );
    }
    return mails;
  }
}
