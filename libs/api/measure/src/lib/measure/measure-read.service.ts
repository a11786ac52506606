import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess } from '@masswerk/api/access';
import {
  Clock,
  decodeCursor,
  DomainError,
  entitySelect,
  groupByKeys,
  lazy,
  LoaderRegistry,
  rowByColumnLoader,
  toConnection,
} from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { AuditEntryEntity, AuditService, HistoryEntry, toHistoryEntry } from '@masswerk/api/audit';
import type { HistoryView } from '@masswerk/api/audit';
import { readLinks } from '@masswerk/api/database';
import type { MeasureLink } from '@masswerk/api/database';
import { MeasureEntity } from './measure.entity';
import { Measure } from './dtos/measure.dto';
import { MeasuresArgs, MeasureSortField, SortDirection } from './dtos/measure.inputs';
import { applyFilter, applyReadAccess, applyReadAccessInProjects, SORT_KEYS } from './measure-query';

const LABEL = 'Maßnahme';
const L = Symbol.for;

/** The alias of the sort key in a list's raw rows (kept for the cursor). */
const SORT_VALUE = '__sort_value';
type SortedRow = MeasureEntity & { [SORT_VALUE]: unknown };
const sortOf = (args: MeasuresArgs) => args.orderBy?.field ?? MeasureSortField.CODE;

/** Reads one kind of link of a measure from the request's batch of all links. */
export interface LinkReader {
  load(measureId: string): Promise<string[]>;
}

/**
 * What a cluster peer sees of a measure's history, filtered in SQL before the limit: nothing about money, and no
 * fields naming people, which only members of the project see (as with `assignees` and `authorName`); updates that
 * only changed people are left out.
 */
const PEER_HISTORY: HistoryView = {
  entityTypes: ['Measure', 'Milestone', 'StatusReport', 'Indicator', 'IndicatorValue'],
  hiddenFields: ['assigneeIds', 'authorId'],
};
const PEER_ACTOR_NAME = 'Modellprojekt';

/** A peer sees what changed, not who changed it. */
function forPeer(entry: HistoryEntry): HistoryEntry {
  const hidden = new Set(PEER_HISTORY.hiddenFields);
  return { ...entry, actorName: PEER_ACTOR_NAME, changes: entry.changes.filter((c) => !hidden.has(c.field)) };
}

/**
 * Reading measures: lists and pages (narrowed in SQL to what the actor may read), single measures, and the loaders
 * that batch their relations per request. What a reader may see of a measure is asked of the access service.
 */
@Injectable()
export class MeasureReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, args: MeasuresArgs): Promise<Connection<MeasureEntity>> {
    const { page, count } = this.pageQuery(actor, args);
    page
      .select(entitySelect(this.dataSource.getMetadata(MeasureEntity), 'm'))
      .addSelect(`(${SORT_KEYS[sortOf(args)].sql})`, SORT_VALUE);
    return toConnection(
      await page.getRawMany<SortedRow>(),
      args.first,
      lazy(() => count.getCount()),
      !!args.after,
      (m) => [String(m[SORT_VALUE]), m.id],
      (m) => m,
    );
  }

  /**
   * The statements of a page of `list`, without their select list: `page` narrowed to what the actor may read, the
   * filter and the cursor, ordered, `first + 1` rows; `count` the same without cursor and order. Also used by the
   * compiled list (decision 0077), which selects what a query asks for and builds its JSON in PostgreSQL.
   */
  pageQuery(
    actor: Actor,
    { first, after, filter, orderBy }: MeasuresArgs,
  ): { page: SelectQueryBuilder<MeasureEntity>; count: SelectQueryBuilder<MeasureEntity>; sortSql: string } {
    const sort = SORT_KEYS[orderBy?.field ?? MeasureSortField.CODE];
    const direction = orderBy?.direction ?? SortDirection.ASC;
    const qb = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .setParameter('today', this.clock.today());
    applyFilter(qb, applyReadAccessInProjects(qb, actor, filter), actor);
    const count = qb.clone();

    if (after) {
      const [value, id] = decodeCursor(after, 2);
      const op = direction === SortDirection.ASC ? '>' : '<';
      qb.andWhere(`(${sort.sql}, m.id) ${op} (CAST(:cursorValue AS ${sort.type}), CAST(:cursorId AS uuid))`, {
        cursorValue: value,
        cursorId: id,
      });
    }
    qb.orderBy(sort.sql, direction)
      .addOrderBy('m.id', direction)
      .limit(first + 1);
    return { page: qb, count, sortSql: sort.sql };
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
    this.access.requireOnMeasure(actor, MeasureAccess.READ, {
      projectId: measure.modelProjectId,
      published: measure.published,
    });
    return measure;
  }

  /** The one measure with this identifier (identifiers are unique across projects and never change). */
  async getByCode(actor: Actor, code: string): Promise<MeasureEntity> {
    const measure = await this.dataSource.getRepository(MeasureEntity).findOneBy({ code: code.trim().toUpperCase() });
    if (!measure) throw DomainError.notFound(LABEL, code);
    this.access.requireOnMeasure(actor, MeasureAccess.READ, {
      projectId: measure.modelProjectId,
      published: measure.published,
    });
    return measure;
  }

  /** The measure of a history entry when the actor may read it, else null (change feeds across a project). */
  async readable(actor: Actor, loaders: LoaderRegistry, id: string): Promise<MeasureEntity | null> {
    const measure = await this.byIdLoader(loaders).load(id);
    return measure &&
      this.access.canOnMeasure(actor, MeasureAccess.READ, {
        projectId: measure.modelProjectId,
        published: measure.published,
      })
      ? measure
      : null;
  }

  /** Whether the actor may report progress on the measure (assignees from the batch of all links). */
  async viewerCanReport(
    actor: Actor,
    loaders: LoaderRegistry,
    measure: Pick<Measure, 'id' | 'modelProjectId' | 'leadUnitId'>,
  ): Promise<boolean> {
    // Cluster partners never report: their answer needs no assignees.
    if (!this.access.can(actor, Permission.READ_PROJECT, measure.modelProjectId)) return false;
    const assigneeIds = await this.linkLoader(loaders, 'assigneeIds').load(measure.id);
    return this.access.canOnMeasure(actor, MeasureAccess.REPORT_PROGRESS, {
      projectId: measure.modelProjectId,
      leadUnitId: measure.leadUnitId,
      assigneeIds,
    });
  }

  /** The people responsible for the measure; only members of its project see them. */
  async assigneeIds(actor: Actor, loaders: LoaderRegistry, measure: Measure): Promise<string[]> {
    if (!this.access.can(actor, Permission.READ_PROJECT, measure.modelProjectId)) return [];
    return this.linkLoader(loaders, 'assigneeIds').load(measure.id);
  }

  /** The newest history entries of the measure: in full for members, as {@link PEER_HISTORY} for cluster partners. */
  async history(actor: Actor, loaders: LoaderRegistry, measure: Measure, limit: number): Promise<HistoryEntry[]> {
    if (this.access.can(actor, Permission.READ_PROJECT, measure.modelProjectId))
      return (await this.historyLoader(loaders, limit).load(measure.id)).map(toHistoryEntry);
    const entries = await this.historyLoader(loaders, limit, PEER_HISTORY).load(measure.id);
    return entries.map(toHistoryEntry).map(forPeer);
  }

  /** Changes to the agenda of a project since a point in time, newest first (members only). */
  async changesSince(actor: Actor, projectId: string, since: Date, limit: number): Promise<HistoryEntry[]> {
    this.access.requireAccess(actor, Permission.READ_PROJECT, projectId);
    if (limit < 1 || limit > 200) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 200 liegen.');
    return (await this.audit.forProjectSince(projectId, since, limit, null)).map(toHistoryEntry);
  }

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, MeasureEntity | null> {
    return rowByColumnLoader(loaders, L('measureById'), this.dataSource, MeasureEntity);
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
  private historyLoader(
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
}
