import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  ACTIVE_STATUSES,
  ErrorReason,
  formatGermanDate,
  IsoDate,
  Language,
  Permission,
  PROJECT_CODE_PATTERN,
  ReminderKind,
} from '@masswerk/shared/domain';
import { Clock, DomainError } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import { healthSql, progressSql } from '@masswerk/api/measure';
import { CouncilBriefingService, ExportAccessService, narrativeGrants, SqlRunner } from '@masswerk/api/reporting';
import {
  ASSIGNEES_SQL,
  INSERT_NOTIFICATIONS_SQL,
  MEMBERS_SQL,
  Recipients,
  ReminderRow,
  reminderText,
} from '@masswerk/api/notifications';
import { ReportingRoundEntity } from './reporting-round.entity';
import { CloseReportingRoundInput, OpenReportingRoundInput } from './dtos/reporting-round.inputs';
import { freeze, FrozenRound, thaw, ROUND_REPORTS_SQL, roundSnapshots, RoundMeasureSnapshot } from './round-snapshot';
import { compareRounds, RoundChanges, SnapshotOf } from './round-changes';

const ROUND = projectRecord(ReportingRoundEntity, 'ReportingRound', 'Berichtsrunde');

/** A round with its counts, as lists and pages show it. */
export interface RoundView {
  id: string;
  modelProjectId: string;
  projectCode: string;
  name: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  version: number;
  measureCount: number;
  reportedCount: number;
}

/** A measure of an open round as it stands now; of a closed one, as frozen. */
export interface RoundMeasureView {
  measureId: string | null;
  code: string;
  snapshot: RoundMeasureSnapshot | null;
  live: LiveRoundMeasure | null;
}

export interface LiveRoundMeasure {
  title: string;
  status: RoundMeasureSnapshot['status'];
  progress: number;
  health: RoundMeasureSnapshot['health'];
  responsible: string[];
  report: RoundMeasureSnapshot['roundReport'];
}

const ROUNDS_SQL = (where: string) => `
  SELECT r.id, r.model_project_id AS "modelProjectId", p.code AS "projectCode", r.name,
         r.period_start::text AS "periodStart", r.period_end::text AS "periodEnd", r.due_date::text AS "dueDate",
         r.opened_on::text AS "openedOn", r.closed_on::text AS "closedOn", r.version,
         (count(rm.id) FILTER (WHERE r.closed_on IS NOT NULL OR rm.measure_id IS NOT NULL))::int AS "measureCount",
         (count(rm.id) FILTER (WHERE CASE WHEN r.closed_on IS NULL
             THEN EXISTS (SELECT 1 FROM status_report s WHERE s.measure_id = rm.measure_id AND s.report_date >= r.opened_on)
             ELSE jsonb_typeof(rm.snapshot -> 'roundReport') = 'object' END))::int AS "reportedCount"
    FROM reporting_round r
    JOIN model_project p ON p.id = r.model_project_id
    LEFT JOIN reporting_round_measure rm ON rm.round_id = r.id
   WHERE ${where}
   GROUP BY r.id, p.code
   ORDER BY r.opened_on DESC, r.created_at DESC`;

/** Who answers for a measure, by name: its assignees, else the editors of its lead municipality. */
const RESPONSIBLE_SQL = (m: string) => `
  coalesce(
    (SELECT array_agg(u.display_name ORDER BY u.display_name) FROM measure_assignee a
       JOIN app_user u ON u.id = a.user_id AND u.disabled_at IS NULL WHERE a.measure_id = ${m}.id),
    (SELECT array_agg(u.display_name ORDER BY u.display_name) FROM membership mb
       JOIN app_user u ON u.id = mb.user_id AND u.disabled_at IS NULL
      WHERE mb.model_project_id = ${m}.model_project_id AND mb.role = 'EDITOR'
        AND mb.territorial_unit_id = ${m}.lead_unit_id),
    '{}')`;

const asRunner = (m: EntityManager): SqlRunner => ({ query: (sql, params) => m.query(sql, params) });

/**
 * Reporting rounds (issue 15, decision 0060): the project office opens a round, which asks everyone responsible for
 * a status report on each of its measures by a due day; the round shows who has reported; closing it freezes a
 * snapshot of every measure and the council briefing of the day, which never change afterwards.
 */
@Injectable()
export class ReportingRoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exportAccess: ExportAccessService,
    private readonly briefings: CouncilBriefingService,
  ) {}

  /** The project of a code, if the actor may read it (404 for unknown codes, 403 for others' projects). */
  async projectOf(actor: Actor, code: string): Promise<{ id: string; code: string }> {
    const normalized = code.toUpperCase();
    const [project]: { id: string; code: string }[] = PROJECT_CODE_PATTERN.test(normalized)
      ? await this.dataSource.query(`SELECT id, code FROM model_project WHERE code = $1`, [normalized])
      : [];
    if (!project) throw DomainError.notFound('Modellprojekt', code.slice(0, 20));
    this.access.requireAccess(actor, Permission.READ_PROJECT, project.id);
    return project;
  }

  async list(actor: Actor, projectCode: string): Promise<RoundView[]> {
    const project = await this.projectOf(actor, projectCode);
    return this.dataSource.query(ROUNDS_SQL('r.model_project_id = $1'), [project.id]);
  }

  async get(actor: Actor, id: string): Promise<RoundView> {
    const [round]: RoundView[] = await this.dataSource.query(ROUNDS_SQL('r.id = $1'), [id]);
    if (!round) throw DomainError.notFound('Berichtsrunde', id);
    this.access.requireAccess(actor, Permission.READ_PROJECT, round.modelProjectId);
    return round;
  }

  /** The measures of a round (the caller has read the round through `get`). */
  async measures(round: RoundView): Promise<RoundMeasureView[]> {
    if (round.closedOn) {
      const rows: { measureId: string | null; code: string; snapshot: RoundMeasureSnapshot }[] =
        await this.dataSource.query(
          `SELECT measure_id AS "measureId", measure_code AS code, snapshot FROM reporting_round_measure
            WHERE round_id = $1 ORDER BY measure_code`,
          [round.id],
        );
      return rows.map((r) => ({ ...r, live: null }));
    }
    const today = this.clock.today();
    const [rows, reports] = await Promise.all([
      this.dataSource.query(
        `SELECT m.id AS "measureId", m.code, m.title, m.status, (${progressSql('m')})::int AS progress,
                ${healthSql('m', '$2::date')} AS health, ${RESPONSIBLE_SQL('m')} AS responsible
           FROM reporting_round_measure rm JOIN measure m ON m.id = rm.measure_id
          WHERE rm.round_id = $1 ORDER BY m.code`,
        [round.id, today],
      ) as Promise<(Omit<LiveRoundMeasure, 'report'> & { measureId: string; code: string })[]>,
      this.dataSource.query(ROUND_REPORTS_SQL, [round.id, '9999-12-31']) as Promise<
        (NonNullable<LiveRoundMeasure['report']> & { measureId: string; id: string })[]
      >,
    ]);
    const reportOf = new Map(reports.map(({ measureId, id: _id, ...r }) => [measureId, r]));
    return rows.map(({ measureId, code, ...live }) => ({
      measureId,
      code,
      snapshot: null,
      live: { ...live, report: reportOf.get(measureId) ?? null },
    }));
  }

  async open(actor: Actor, input: OpenReportingRoundInput): Promise<RoundView> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, input.modelProjectId);
    const today = this.clock.today();
    if (input.periodEnd < input.periodStart)
      throw DomainError.badInput('input.periodEnd', 'Das Ende des Berichtszeitraums liegt vor seinem Beginn.');
    if (input.dueDate < today)
      throw DomainError.badInput(
        'input.dueDate',
        `Der Stichtag darf nicht vor heute (${formatGermanDate(today)}) liegen.`,
      );
    const id = await this.dataSource.transaction(async (m) => {
      const [project]: { code: string; name: string }[] = await m.query(
        `SELECT code, name FROM model_project WHERE id = $1`,
        [input.modelProjectId],
      );
      if (!project) throw DomainError.badInput('input.modelProjectId', 'Das Modellprojekt existiert nicht.');
      const name = input.name.trim();
      const [taken] = await m.query(
        `SELECT 1 FROM reporting_round WHERE model_project_id = $1 AND lower(name) = lower($2)`,
        [input.modelProjectId, name],
      );
      if (taken)
        throw DomainError.conflict(
          ErrorReason.CODE_TAKEN,
          `Eine Berichtsrunde „${name}“ gibt es in diesem Projekt schon.`,
          {
            field: 'input.name',
          },
        );
      const measures: { id: string; code: string; title: string; leadUnitId: string | null }[] = await m.query(
        `SELECT id, code, title, lead_unit_id AS "leadUnitId" FROM measure
          WHERE model_project_id = $1 AND ($2::uuid[] IS NULL AND status = ANY($3::text[]) OR id = ANY($2::uuid[]))
          ORDER BY code`,
        [input.modelProjectId, input.measureIds ?? null, ACTIVE_STATUSES],
      );
      if (input.measureIds && measures.length !== new Set(input.measureIds).size)
        throw DomainError.badInput(
          'input.measureIds',
          'Mindestens eine der gewählten Maßnahmen gehört nicht zu diesem Modellprojekt.',
          ErrorReason.INVALID_REFERENCE,
        );
      if (!measures.length)
        throw DomainError.badInput(
          'input.measureIds',
          'Das Modellprojekt hat keine aktiven Maßnahmen; wählen Sie die Maßnahmen der Runde aus.',
        );
      const round = await this.audit.saveCreated(
        m,
        actor,
        ROUND,
        m.create(ReportingRoundEntity, {
          modelProjectId: input.modelProjectId,
          name,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          dueDate: input.dueDate,
          openedOn: today,
          openedBy: actor.userId,
          closedOn: null,
          closedBy: null,
          briefing: null,
        }),
      );
      await m.query(
        `INSERT INTO reporting_round_measure (round_id, model_project_id, measure_id, measure_code)
         SELECT $1, $2, id, code FROM measure WHERE id = ANY($3::uuid[])`,
        [round.id, input.modelProjectId, measures.map((x) => x.id)],
      );
      await this.ask(
        m,
        { ...round, projectCode: project.code, projectName: project.name },
        measures,
        `round-${round.id}`,
      );
      return round.id;
    });
    return this.get(actor, id);
  }

  /** Asks again for the reports still outstanding (once a day at most); returns how many requests went out. */
  async remind(actor: Actor, id: string): Promise<number> {
    const round = await this.get(actor, id);
    this.access.requireAccess(actor, Permission.EDIT_PLAN, round.modelProjectId);
    if (round.closedOn) throw closedRound(round);
    const today = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      const [project]: { name: string }[] = await m.query(`SELECT name FROM model_project WHERE id = $1`, [
        round.modelProjectId,
      ]);
      const outstanding: { id: string; code: string; title: string; leadUnitId: string | null }[] = await m.query(
        `SELECT me.id, me.code, me.title, me.lead_unit_id AS "leadUnitId"
           FROM reporting_round_measure rm JOIN measure me ON me.id = rm.measure_id
          WHERE rm.round_id = $1
            AND NOT EXISTS (SELECT 1 FROM status_report s WHERE s.measure_id = me.id AND s.report_date >= $2::date)`,
        [round.id, round.openedOn],
      );
      return this.ask(m, { ...round, projectName: project.name }, outstanding, `round-${round.id}-${today}`);
    });
  }

  /**
   * Writes the request for a report on each measure to the people responsible for it (the reminder rule), leaving out
   * those who switched the kind off; each person, measure and stage once. Mailed with the next daily digest.
   */
  private async ask(
    m: EntityManager,
    round: {
      id: string;
      name: string;
      dueDate: IsoDate;
      modelProjectId: string;
      projectCode: string;
      projectName: string;
    },
    measures: { id: string; code: string; title: string; leadUnitId: string | null }[],
    stage: string,
  ): Promise<number> {
    if (!measures.length) return 0;
    // one after the other: the statements share the transaction's connection
    // the daily round's own statements, for the one project: the same people as its reminders reach
    const assignees = await m.query(ASSIGNEES_SQL, [[round.modelProjectId]]);
    const members = await m.query(MEMBERS_SQL, [[round.modelProjectId]]);
    const optOuts: { userId: string }[] = await m.query(
      `SELECT user_id AS "userId" FROM notification_opt_out WHERE kind = $1`,
      [ReminderKind.ROUND_REPORT_REQUESTED],
    );
    const recipients = new Recipients(assignees, members);
    const muted = new Set(optOuts.map((o) => o.userId));
    const rows: ReminderRow[] = measures.flatMap((measure) =>
      recipients
        .ofMeasure({ id: measure.id, projectId: round.modelProjectId, leadUnitId: measure.leadUnitId })
        .filter((userId) => !muted.has(userId))
        .map((userId) => ({
          userId,
          projectId: round.modelProjectId,
          kind: ReminderKind.ROUND_REPORT_REQUESTED,
          subjectId: measure.id,
          stage,
          params: {
            measureCode: measure.code,
            measureTitle: measure.title,
            projectName: round.projectName,
            round: round.name,
            due: round.dueDate,
            late: false,
          },
          link: `/projekte/${encodeURIComponent(round.projectCode)}/massnahmen/${encodeURIComponent(measure.code)}`,
          dueOn: round.dueDate,
        })),
    );
    if (!rows.length) return 0;
    // the German text is kept as written, beside the parameters every language is made from (decision 0061)
    const written = rows.map((row) => ({ ...row, ...reminderText(row.kind, row.params as never, Language.DE) }));
    const created: unknown[] = await m.query(INSERT_NOTIFICATIONS_SQL, [JSON.stringify(written)]);
    return created.length;
  }

  /**
   * Closes the round and freezes it: every measure's snapshot and the council briefing of today, in one transaction
   * under the round's lock; a second close finds it closed (CONFLICT), a stale version is refused (STALE_VERSION).
   */
  async close(actor: Actor, input: CloseReportingRoundInput): Promise<RoundView> {
    const round = await this.get(actor, input.id);
    this.access.requireAccess(actor, Permission.EDIT_PLAN, round.modelProjectId);
    const project = await this.exportAccess.project(actor, round.projectCode, Permission.EXPORT_REPORTS);
    const briefing = await this.briefings.read(actor, project);
    const today = this.clock.today();
    await this.dataSource.transaction(async (m) => {
      const [locked]: { version: number; closedOn: string | null }[] = await m.query(
        `SELECT version, closed_on::text AS "closedOn" FROM reporting_round WHERE id = $1 FOR UPDATE`,
        [round.id],
      );
      if (!locked) throw DomainError.notFound('Berichtsrunde', round.id);
      if (locked.closedOn) throw closedRound(round);
      if (locked.version !== input.version) throw DomainError.staleVersion('Berichtsrunde', round.id, locked.version);
      // a measure deleted while the round was open has nothing to freeze
      await m.query(`DELETE FROM reporting_round_measure WHERE round_id = $1 AND measure_id IS NULL`, [round.id]);
      const snapshots = await roundSnapshots(asRunner(m), round, today);
      const responsible: { measureId: string; names: string[] }[] = await m.query(
        `SELECT me.id AS "measureId", ${RESPONSIBLE_SQL('me')} AS names
           FROM reporting_round_measure rm JOIN measure me ON me.id = rm.measure_id WHERE rm.round_id = $1`,
        [round.id],
      );
      const namesOf = new Map(responsible.map((r) => [r.measureId, r.names]));
      const rows = [...snapshots.entries()].map(([measureId, snapshot]) => ({
        measureId,
        snapshot: { ...snapshot, responsible: namesOf.get(measureId) ?? [] },
      }));
      await m.query(
        `UPDATE reporting_round_measure rm SET snapshot = s.snapshot
           FROM jsonb_to_recordset($2::jsonb) AS s("measureId" uuid, snapshot jsonb)
          WHERE rm.round_id = $1 AND rm.measure_id = s."measureId"`,
        [round.id, JSON.stringify(rows)],
      );
      const frozen: FrozenRound = {
        closedAt: new Date().toISOString(),
        briefing,
        grants: await narrativeGrants(asRunner(m), round.modelProjectId, null),
      };
      await m.query(
        `UPDATE reporting_round SET closed_on = $2, closed_by = $3, briefing = $4::jsonb, version = version + 1,
                updated_at = now() WHERE id = $1`,
        [round.id, today, actor.userId, JSON.stringify(freeze(frozen))],
      );
      await this.audit.record(m, actor, {
        entityType: ROUND.type,
        entityId: round.id,
        action: 'UPDATE',
        modelProjectId: round.modelProjectId,
        before: { name: round.name, closedOn: null },
        after: { name: round.name, closedOn: today, measureCount: rows.length },
      });
    });
    return this.get(actor, round.id);
  }

  /** Deletes an open round (one opened by mistake); a closed round is a record of what was shown and stays. */
  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction((m) =>
      this.audit.deleteRecorded(m, actor, ROUND, id, version, (before) => {
        this.access.requireAccess(actor, Permission.EDIT_PLAN, before.modelProjectId);
        if (before.closedOn)
          throw DomainError.conflict(
            ErrorReason.ROUND_CLOSED,
            `Die Berichtsrunde „${before.name}“ ist abgeschlossen und bleibt als Nachweis erhalten.`,
          );
      }),
    );
  }

  /** What changed since the closed round before this one, or null (open round, or the first closed one). */
  async changes(
    round: RoundView,
  ): Promise<(RoundChanges & { previousRoundId: string; previousRoundName: string }) | null> {
    if (!round.closedOn) return null;
    const [previous]: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM reporting_round
        WHERE model_project_id = $1 AND closed_on IS NOT NULL AND id <> $2
          AND (closed_on, opened_on, created_at) < (SELECT closed_on, opened_on, created_at FROM reporting_round WHERE id = $2)
        ORDER BY closed_on DESC, opened_on DESC, created_at DESC LIMIT 1`,
      [round.modelProjectId, round.id],
    );
    if (!previous) return null;
    const snapshotsOf = (roundId: string): Promise<SnapshotOf[]> =>
      this.dataSource.query(
        `SELECT measure_id AS "measureId", measure_code AS code, snapshot FROM reporting_round_measure
          WHERE round_id = $1 AND snapshot IS NOT NULL`,
        [roundId],
      );
    const [before, now] = await Promise.all([snapshotsOf(previous.id), snapshotsOf(round.id)]);
    return { previousRoundId: previous.id, previousRoundName: previous.name, ...compareRounds(before, now) };
  }

  /** The frozen part of a closed round, for its exports. */
  async frozen(roundId: string): Promise<FrozenRound> {
    const [row]: { briefing: FrozenRound }[] = await this.dataSource.query(
      `SELECT briefing FROM reporting_round WHERE id = $1`,
      [roundId],
    );
    return thaw<FrozenRound>(row.briefing);
  }
}

export function closedRound(round: { name: string }): DomainError {
  return DomainError.conflict(
    ErrorReason.ROUND_CLOSED,
    `Die Berichtsrunde „${round.name}“ ist abgeschlossen; ihr Stand ist eingefroren.`,
  );
}
