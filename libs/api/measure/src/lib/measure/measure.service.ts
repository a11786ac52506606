import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, FundedWork, isValidStrategyWork, MeasureStatus, Permission } from '@masswerk/shared/domain';
import {
  Clock,
  decodeCursor,
  deleteVersioned,
  DomainError,
  ErrorReason,
  entitySelect,
  groupByKeys,
  lazy,
  lockById,
  LoaderRegistry,
  oneByKeys,
  toConnection,
  updateVersioned,
} from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { AuditEntryEntity, AuditService } from '@masswerk/api/audit';
import type { HistoryView } from '@masswerk/api/audit';
import { readLinks, writeLinks } from '@masswerk/api/database';
import type { MeasureLink, MeasureLinks } from '@masswerk/api/database';
import { MeasureEntity } from './measure.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { IndicatorValueEntity } from '../indicator/indicator-value.entity';
import {
  CreateMeasureInput,
  MeasuresArgs,
  MeasureSortField,
  SetMeasureAssigneesInput,
  SortDirection,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
} from './dtos/measure.inputs';
import { applyFilter, applyReadAccess, SORT_KEYS } from './measure-query';

const LABEL = 'Maßnahme';
const L = Symbol.for;

/** What the editor rule and the audit need to know of a measure besides its row. */
export interface MeasureWithLinks {
  measure: MeasureEntity;
  links: MeasureLinks;
}

/** The alias of the sort key in a list's raw rows (kept for the cursor). */
const SORT_VALUE = '__sort_value';
type SortedRow = MeasureEntity & { [SORT_VALUE]: unknown };

/** Reads one kind of link of a measure from the request's batch of all links. */
export interface LinkReader {
  load(measureId: string): Promise<string[]>;
}

/**
 * Measures: profile and plan (administrators), progress (whoever reports on the measure), reading (members in full,
 * cluster peers only published ones). Every change runs in one transaction with its history entry.
 */
@Injectable()
export class MeasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  // ---- reading ----

  async list(actor: Actor, { first, after, filter, orderBy }: MeasuresArgs): Promise<Connection<MeasureEntity>> {
    const sort = SORT_KEYS[orderBy?.field ?? MeasureSortField.CODE];
    const direction = orderBy?.direction ?? SortDirection.ASC;
    const qb = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .setParameter('today', this.clock.today());
    applyReadAccess(qb, actor);
    applyFilter(qb, filter, actor);
    const countQuery = qb.clone();
    const totalCount = lazy(() => countQuery.getCount());

    if (after) {
      const [value, id] = decodeCursor(after, 2);
      const op = direction === SortDirection.ASC ? '>' : '<';
      qb.andWhere(`(${sort.sql}, m.id) ${op} (CAST(:cursorValue AS ${sort.type}), CAST(:cursorId AS uuid))`, {
        cursorValue: value,
        cursorId: id,
      });
    }
    // Raw rows in the entity's shape (no per-row hydration); the sort value rides along for the cursor.
    qb.select(entitySelect(this.dataSource.getMetadata(MeasureEntity), 'm'))
      .addSelect(`(${sort.sql})`, SORT_VALUE)
      .orderBy(sort.sql, direction)
      .addOrderBy('m.id', direction)
      .limit(first + 1);
    return toConnection(
      await qb.getRawMany<SortedRow>(),
      first,
      totalCount,
      !!after,
      (m) => [String(m[SORT_VALUE]), m.id],
      (m) => m,
    );
  }

  /**
   * The first page of the measures of many model projects in one statement (and their counts in one more), for lists
   * inside lists: a cluster's projects with their measures. Per request and per set of arguments; the relations of
   * all those measures then load together, however many projects there are. A page after a cursor belongs to one
   * project and goes through {@link list}.
   */
  firstPageByProjectLoader(
    loaders: LoaderRegistry,
    actor: Actor,
    { first, filter, orderBy }: MeasuresArgs,
  ): DataLoader<string, Connection<MeasureEntity>> {
    const sort = SORT_KEYS[orderBy?.field ?? MeasureSortField.CODE];
    const direction = orderBy?.direction ?? SortDirection.ASC;
    return loaders.get(
      L(`measuresFirstPageByProject:${JSON.stringify({ first, filter, sort: sort.sql, direction })}`),
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const qb = this.dataSource
            .getRepository(MeasureEntity)
            .createQueryBuilder('m')
            .setParameter('today', this.clock.today());
          applyReadAccess(qb, actor);
          applyFilter(qb, { ...filter, modelProjectIds: [...projectIds] }, actor);
          const counts = qb.clone();
          const countsByProject = lazy(async () => {
            const rows: { projectId: string; n: string }[] = await counts
              .select('m.model_project_id', 'projectId')
              .addSelect('count(*)', 'n')
              .groupBy('m.model_project_id')
              .getRawMany();
            return new Map(rows.map((r) => [r.projectId, Number(r.n)]));
          });
          const ranked = qb
            .clone()
            .select('m.id', 'id')
            .addSelect(
              `row_number() OVER (PARTITION BY m.model_project_id ORDER BY ${sort.sql} ${direction}, m.id ${direction})`,
              'rn',
            );
          qb.andWhere(`m.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :pageRows)`, {
            pageRows: first + 1,
          })
            .select(entitySelect(this.dataSource.getMetadata(MeasureEntity), 'm'))
            .addSelect(`(${sort.sql})`, SORT_VALUE)
            .orderBy(sort.sql, direction)
            .addOrderBy('m.id', direction);
          const entities = await qb.getRawMany<SortedRow>();
          return groupByKeys(projectIds, entities, (m) => m.modelProjectId).map((rows, i) =>
            toConnection(
              rows,
              first,
              lazy(async () => (await countsByProject).get(projectIds[i]) ?? 0),
              false,
              (m) => [String(m[SORT_VALUE]), m.id],
              (m) => m,
            ),
          );
        }),
    );
  }

  /** One measure the actor may read; FORBIDDEN when it exists but is not theirs to see. */
  async get(actor: Actor, id: string): Promise<MeasureEntity> {
    const measure = await this.dataSource.getRepository(MeasureEntity).findOneBy({ id });
    if (!measure) throw DomainError.notFound(LABEL, id);
    if (!actor.canReadMeasure({ projectId: measure.modelProjectId, published: measure.published }))
      throw DomainError.forbidden();
    return measure;
  }

  /** The one measure with this identifier (identifiers are unique across projects and never change). */
  async getByCode(actor: Actor, code: string): Promise<MeasureEntity> {
    const measure = await this.dataSource.getRepository(MeasureEntity).findOneBy({ code: code.trim().toUpperCase() });
    if (!measure) throw DomainError.notFound(LABEL, code);
    if (!actor.canReadMeasure({ projectId: measure.modelProjectId, published: measure.published }))
      throw DomainError.forbidden();
    return measure;
  }

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, MeasureEntity | null> {
    return loaders.get(
      L('measureById'),
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          oneByKeys(ids, await this.dataSource.getRepository(MeasureEntity).findBy({ id: In([...ids]) }), (m) => m.id),
        ),
    );
  }

  /**
   * Ids linked to many measures at once. All kinds of links load together in one statement per batch (a measure page
   * needs fields of action, goals, municipalities and assignees: one round trip instead of four).
   */
  linkLoader(loaders: LoaderRegistry, link: MeasureLink): LinkReader {
    const all = loaders.get(
      L('measureLinks'),
      () => new DataLoader((measureIds: readonly string[]) => readLinks(this.dataSource, measureIds)),
    );
    return { load: async (measureId) => (await all.load(measureId))[link] };
  }

  /** The newest history entries of many measures in one statement, all of them or as a `view` shows them. */
  historyLoader(
    loaders: LoaderRegistry,
    limit: number,
    view: HistoryView | null = null,
  ): DataLoader<string, AuditEntryEntity[]> {
    return loaders.get(
      L(`measureHistory:${limit}:${view ? JSON.stringify(view) : 'all'}`),
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.audit.latestForMeasures(ids, limit, view), (e) => e.measureId as string),
        ),
    );
  }

  /** Locks the measure and loads what access checks need (assignees for the editor rule). */
  async lockForChange(manager: EntityManager, id: string): Promise<MeasureWithLinks> {
    const measure = await lockById(manager, MeasureEntity, id, LABEL);
    return { measure, links: await this.loadLinks(manager, id) };
  }

  /** Throws unless the actor may report progress on this measure (admins; editors on assigned or own-unit measures). */
  assertCanReport(actor: Actor, { measure, links }: MeasureWithLinks): void {
    const responsibility = {
      projectId: measure.modelProjectId,
      leadUnitId: measure.leadUnitId,
      assigneeIds: links.assigneeIds,
    };
    if (!actor.canReportOn(responsibility))
      throw DomainError.forbidden('Sie können nur über Maßnahmen berichten, für die Sie verantwortlich sind.');
  }

  assertCanPlan(actor: Actor, measure: MeasureEntity): void {
    if (!actor.can(Permission.EDIT_PLAN, measure.modelProjectId))
      throw DomainError.forbidden('Nur die Projektadministration ändert die Planung einer Maßnahme.');
  }

  // ---- changing ----

  async create(actor: Actor, input: CreateMeasureInput): Promise<MeasureEntity> {
    if (!actor.can(Permission.EDIT_PLAN, input.modelProjectId)) throw DomainError.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const [project] = await manager.query(`SELECT code FROM model_project WHERE id = $1 FOR UPDATE`, [
        input.modelProjectId,
      ]);
      if (!project) throw DomainError.badInput('input.modelProjectId', 'Das Modellprojekt existiert nicht.');
      const code = input.code ?? (await this.nextCode(manager, input.modelProjectId, project.code));
      if (!code.startsWith(`${project.code}-M`))
        throw DomainError.badInput('input.code', `Die Kennung muss mit ${project.code}-M beginnen.`);
      await this.assertCodeFree(manager, code);
      const {
        modelProjectId,
        code: _code,
        fieldOfActionIds,
        goalIds,
        participatingUnitIds,
        adopterUnitIds,
        ...fields
      } = input;
      const links = { fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds };
      this.checkDates(fields);
      checkStrategyWork({ phase: input.phase, strategyWork: fields.strategyWork ?? false });
      await this.checkLinks(manager, modelProjectId, { ...links, leadUnitId: fields.leadUnitId });
      const measure = await manager.save(
        manager.create(MeasureEntity, {
          summary: '',
          description: '',
          responsibleUnit: '',
          contactName: '',
          partners: [],
          transferabilityNotes: '',
          continuationPlan: '',
          ...fields,
          title: input.title.trim(),
          tags: normalizeTags(fields.tags ?? []),
          status: input.status ?? MeasureStatus.IDEA,
          modelProjectId,
          code,
        }),
      );
      await writeLinks(manager, measure.id, links);
      const created = await manager.findOneByOrFail(MeasureEntity, { id: measure.id });
      await this.record(manager, actor, 'CREATE', null, {
        measure: created,
        links: await this.loadLinks(manager, measure.id),
      });
      return created;
    });
  }

  async update(actor: Actor, input: UpdateMeasureInput): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, input.id);
      this.assertCanPlan(actor, before.measure);
      const { id, version, fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds, ...patch } = input;
      const links = { fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds };
      if (patch.title !== undefined) patch.title = patch.title.trim();
      if (patch.tags !== undefined) patch.tags = normalizeTags(patch.tags);
      this.checkDates({ ...before.measure, ...stripUndefined(patch) });
      checkStrategyWork({ ...before.measure, ...stripUndefined(patch) });
      await this.checkLinks(manager, before.measure.modelProjectId, { ...links, leadUnitId: patch.leadUnitId });
      const after = await updateVersioned(
        manager,
        MeasureEntity,
        id,
        version,
        stripUndefined(patch) as Partial<MeasureEntity>,
        LABEL,
      );
      await writeLinks(manager, id, links);
      await this.record(manager, actor, 'UPDATE', before, { measure: after, links: await this.loadLinks(manager, id) });
      return after;
    });
  }

  async updateProgress(actor: Actor, input: UpdateMeasureProgressInput): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, input.id);
      this.assertCanReport(actor, before);
      const { id, version, ...patch } = input;
      const next = { ...before.measure, ...stripUndefined(patch) };
      if (patch.manualProgress === null) next.manualProgressReason = null;
      if (patch.manualHealth === null) next.manualHealthReason = null;
      if (next.manualProgress !== null && !next.manualProgressReason?.trim()) {
        throw DomainError.badInput('input.manualProgressReason', 'Ein manueller Fortschritt braucht eine Begründung.');
      }
      if (next.manualHealth !== null && !next.manualHealthReason?.trim()) {
        throw DomainError.badInput('input.manualHealthReason', 'Eine manuelle Bewertung braucht eine Begründung.');
      }
      this.checkDates(next);
      const after = await updateVersioned(
        manager,
        MeasureEntity,
        id,
        version,
        {
          status: next.status,
          actualStart: next.actualStart,
          actualEnd: next.actualEnd,
          manualProgress: next.manualProgress,
          manualProgressReason: next.manualProgress !== null ? next.manualProgressReason : null,
          manualHealth: next.manualHealth,
          manualHealthReason: next.manualHealth !== null ? next.manualHealthReason : null,
        },
        LABEL,
      );
      await this.record(manager, actor, 'UPDATE', before, { measure: after, links: before.links });
      return after;
    });
  }

  async setAssignees(actor: Actor, input: SetMeasureAssigneesInput): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, input.measureId);
      this.assertCanPlan(actor, before.measure);
      const userIds = [...new Set(input.userIds)];
      const members: { id: string }[] = await manager.query(
        `SELECT user_id AS id FROM membership WHERE model_project_id = $1 AND user_id = ANY($2::uuid[])`,
        [before.measure.modelProjectId, userIds],
      );
      const outsiders = userIds.filter((u) => !members.some((m) => m.id === u));
      if (outsiders.length)
        throw DomainError.badInput('input.userIds', 'Zuständig können nur Mitglieder des Modellprojekts sein.');
      // Assignees are part of the measure: the change bumps its version like any other.
      const after = await updateVersioned(manager, MeasureEntity, before.measure.id, input.version, {}, LABEL);
      await writeLinks(manager, before.measure.id, { assigneeIds: userIds });
      await this.record(manager, actor, 'UPDATE', before, {
        measure: after,
        links: { ...before.links, assigneeIds: [...userIds].sort() },
      });
      return after;
    });
  }

  /**
   * Deletes a measure that has no track record yet (decision 0023): status reports, cost plans and expenditures are
   * evidence for the funder and keep the measure alive (it is stopped instead). Milestones, indicators and their
   * values go with it, each with its own history entry in the same transaction.
   */
  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, id);
      this.assertCanPlan(actor, before.measure);
      await this.assertDeletable(manager, before.measure);
      // The measure's lock keeps its parts still: every writer of a part locks the measure first.
      const milestones = await manager.find(MilestoneEntity, { where: { measureId: id }, order: { id: 'ASC' } });
      const indicators = await manager.find(IndicatorEntity, { where: { measureId: id }, order: { id: 'ASC' } });
      const values = await manager.find(IndicatorValueEntity, {
        where: { indicatorId: In(indicators.map((i) => i.id)) },
        order: { id: 'ASC' },
      });
      await deleteVersioned(manager, MeasureEntity, id, version, LABEL);
      const parts: [string, { id: string }[]][] = [
        ['Milestone', milestones],
        ['IndicatorValue', values],
        ['Indicator', indicators],
      ];
      await this.audit.recordMany(
        manager,
        actor,
        parts.flatMap(([entityType, rows]) =>
          rows.map((row) => ({
            entityType,
            entityId: row.id,
            action: 'DELETE' as const,
            modelProjectId: before.measure.modelProjectId,
            measureId: id,
            before: row,
          })),
        ),
      );
      await this.record(manager, actor, 'DELETE', before, null);
      return id;
    });
  }

  // ---- helpers ----

  /** Refuses to delete a measure with reports or money on record: those must stay traceable. */
  private async assertDeletable(manager: EntityManager, measure: MeasureEntity): Promise<void> {
    const [record]: { reports: number; plans: number; expenditures: number }[] = await manager.query(
      `SELECT (SELECT count(*) FROM status_report WHERE measure_id = $1)::int AS reports,
              (SELECT count(*) FROM cost_plan_entry WHERE measure_id = $1)::int AS plans,
              (SELECT count(*) FROM expenditure WHERE measure_id = $1)::int AS expenditures`,
      [measure.id],
    );
    const kept = [
      record.reports && 'Statusberichte',
      record.plans && 'Kostenplanung',
      record.expenditures && 'Ausgaben',
    ].filter((k): k is string => !!k);
    if (!kept.length) return;
    const list = kept.length > 1 ? `${kept.slice(0, -1).join(', ')} und ${kept[kept.length - 1]}` : kept[0];
    throw DomainError.conflict(
      ErrorReason.HAS_TRACK_RECORD,
      `Die Maßnahme ${measure.code} hat bereits ${list} und kann deshalb nicht gelöscht werden. Setzen Sie stattdessen den Status auf „gestoppt“.`,
    );
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    before: MeasureWithLinks | null,
    after: MeasureWithLinks | null,
  ): Promise<void> {
    const subject = (after ?? before) as MeasureWithLinks;
    const flatten = (x: MeasureWithLinks | null) => x && { ...withoutMaintained(x.measure), ...x.links };
    await this.audit.record(manager, actor, {
      entityType: 'Measure',
      entityId: subject.measure.id,
      action,
      modelProjectId: subject.measure.modelProjectId,
      measureId: action === 'DELETE' ? null : subject.measure.id,
      before: flatten(before),
      after: flatten(after),
    });
  }

  private async loadLinks(manager: EntityManager, measureId: string): Promise<MeasureLinks> {
    const [links] = await readLinks(manager, [measureId]);
    return links;
  }

  private async checkLinks(
    manager: EntityManager,
    projectId: string,
    links: {
      fieldOfActionIds?: string[];
      goalIds?: string[];
      participatingUnitIds?: string[];
      adopterUnitIds?: string[];
      leadUnitId?: string | null;
    },
  ): Promise<void> {
    const checks: [string, string[] | undefined, string, string][] = [
      [
        'input.fieldOfActionIds',
        links.fieldOfActionIds,
        `SELECT id FROM field_of_action WHERE model_project_id = $1 AND id = ANY($2::uuid[])`,
        'Handlungsfelder gehören nicht zu diesem Modellprojekt.',
      ],
      [
        'input.goalIds',
        links.goalIds,
        `SELECT id FROM goal WHERE model_project_id = $1 AND id = ANY($2::uuid[])`,
        'Ziele gehören nicht zu diesem Modellprojekt.',
      ],
      [
        'input.participatingUnitIds',
        links.participatingUnitIds,
        `SELECT u.id FROM territorial_unit u WHERE u.id = ANY($2::uuid[]) AND (u.id IN (SELECT territorial_unit_id FROM model_project_member WHERE model_project_id = $1) OR u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1))`,
        'Beteiligte Kommunen müssen zum Modellprojekt gehören.',
      ],
      [
        'input.leadUnitId',
        links.leadUnitId ? [links.leadUnitId] : undefined,
        `SELECT u.id FROM territorial_unit u WHERE u.id = ANY($2::uuid[]) AND (u.id IN (SELECT territorial_unit_id FROM model_project_member WHERE model_project_id = $1) OR u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1))`,
        'Die federführende Kommune muss zum Modellprojekt gehören.',
      ],
      [
        'input.adopterUnitIds',
        links.adopterUnitIds,
        `SELECT id FROM territorial_unit WHERE $1::uuid IS NOT NULL AND id = ANY($2::uuid[])`,
        'Unbekannte Gebietseinheiten.',
      ],
    ];
    for (const [field, ids, sql, message] of checks) {
      if (!ids?.length) continue;
      const unique = [...new Set(ids)];
      const found: { id: string }[] = await manager.query(sql, [projectId, unique]);
      if (found.length !== unique.length) throw DomainError.badInput(field, message);
    }
  }

  private checkDates(m: {
    plannedStart?: string | null;
    plannedEnd?: string | null;
    actualStart?: string | null;
    actualEnd?: string | null;
  }): void {
    if (m.plannedStart && m.plannedEnd && m.plannedEnd < m.plannedStart)
      throw DomainError.badInput('input.plannedEnd', 'Das geplante Ende liegt vor dem geplanten Beginn.');
    if (m.actualStart && m.actualEnd && m.actualEnd < m.actualStart)
      throw DomainError.badInput('input.actualEnd', 'Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.');
    if (m.actualEnd && !m.actualStart)
      throw DomainError.badInput(
        'input.actualStart',
        'Ein tatsächliches Ende setzt einen tatsächlichen Beginn voraus.',
      );
  }

  /** Identifiers are unique across projects (a unique index backs this up), so a code names one measure. */
  private async assertCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.existsBy(MeasureEntity, { code }))
      throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Die Kennung ${code} ist bereits vergeben.`, {
        field: 'input.code',
      });
  }

  private async nextCode(manager: EntityManager, projectId: string, projectCode: string): Promise<string> {
    const [{ next }] = await manager.query(
      `SELECT coalesce(max(substring(code FROM '-M([0-9]+)$')::int), 0) + 1 AS next FROM measure WHERE model_project_id = $1`,
      [projectId],
    );
    return `${projectCode}-M${String(next).padStart(2, '0')}`;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
}

const MAINTAINED = [
  'milestoneProgress',
  'milestoneCount',
  'earliestOpenMilestoneDue',
  'lastReportOn',
  'lastReportProgress',
  'lastTrafficLight',
] as const;

function withoutMaintained(measure: MeasureEntity): Partial<MeasureEntity> {
  const copy: Partial<MeasureEntity> = { ...measure };
  for (const key of MAINTAINED) delete copy[key];
  return copy;
}

/** Strategy work belongs to Phase A (decision 0033); the database refuses it too. */
function checkStrategyWork(work: FundedWork): void {
  if (!isValidStrategyWork(work))
    throw DomainError.badInput(
      'input.strategyWork',
      'Nur Maßnahmen der Phase A können Strategiearbeit sein; nehmen Sie die Markierung zurück oder wählen Sie Phase A.',
    );
}
