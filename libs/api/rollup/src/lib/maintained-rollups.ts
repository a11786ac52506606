import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Health, MeasureStatus } from '@masswerk/shared/domain';
import { Clock } from '@masswerk/api/core';
import { MeasureFilter, roundedQuotientSql } from '@masswerk/api/measure';
import { SummaryDimension } from './dtos/summary.dto';
import { SummaryRow } from './summary-row';

/** `project_rollup.dimension`: the project's own row, a field of action, a municipality (decision 0076). */
const DIMENSION: Record<SummaryDimension | 'NONE', number> = {
  NONE: 0,
  MODEL_PROJECT: 0,
  FIELD_OF_ACTION: 1,
  MUNICIPALITY: 2,
};

/** "Maßwerk rollup rebuild": one instance at a time recomputes the roll-ups for a new day. */
const REBUILD_LOCK = 'masswerk:rollup-rebuild';

const sum = (column: string, alias: string) => `sum(r.${column}) AS "${alias}"`;
const FIGURES = [
  sum('measures', 'measure_count'),
  ...Object.values(MeasureStatus).map((s) => sum(`status_${s.toLowerCase()}`, `status_${s}`)),
  ...Object.values(Health).map((h) => sum(`health_${h.toLowerCase()}`, `health_${h}`)),
  `CASE WHEN sum(r.progress_count) > 0
        THEN ${roundedQuotientSql('sum(r.progress_sum)', 'sum(r.progress_count)')} END AS average_progress`,
  sum('stale', 'stale_measures'),
  sum('overdue', 'overdue_milestones'),
  sum('due_soon', 'milestones_due_soon'),
  sum('milestones', 'milestone_count'),
  sum('slipped', 'slipped_milestones'),
  `CASE WHEN sum(r.milestones) > 0
        THEN ${roundedQuotientSql('10 * sum(r.slippage)', 'sum(r.milestones)')} / 10.0 END AS average_slippage`,
].join(',\n               ');

/**
 * The roll-ups kept by the database in the same transaction as every change (`project_rollup`, migration
 * 1796770000000): a summary or breakdown of whole projects is a sum over a few hundred rows, whatever the number of
 * measures. They are kept as of one day; on the first read after the date changed this answers null (the caller then
 * aggregates live) and starts recomputing them for the new day in the background.
 */
@Injectable()
export class MaintainedRollups implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MaintainedRollups.name);
  private rebuilding: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.rebuildInBackground();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.rebuilding;
  }

  /**
   * The roll-up from the maintained sums in one statement, or null when they cannot answer: a filter other than
   * projects and publication, or sums kept as of another day than today.
   */
  async read(
    actor: Actor,
    filter: MeasureFilter | undefined,
    dimension: SummaryDimension | 'NONE',
    perProject: boolean,
  ): Promise<SummaryRow[] | null> {
    if (!answersFilter(filter)) return null;
    const key =
      dimension === 'NONE'
        ? 'NULL::text'
        : dimension === SummaryDimension.MODEL_PROJECT
          ? 'r.model_project_id::text'
          : 'r.group_key::text';
    const groupKey = perProject ? `r.model_project_id::text || '|' || ${key}` : key;
    const rows: (SummaryRow & { fresh: boolean })[] = await this.dataSource.query(
      `WITH state AS (SELECT as_of IS NOT DISTINCT FROM $1::date AS fresh FROM rollup_state WHERE id = 1),
       sums AS (
         SELECT ${groupKey} AS group_key,
               ${FIGURES}
           FROM project_rollup r
          WHERE r.dimension = $2 AND (SELECT fresh FROM state)
            AND ($3::uuid[] IS NULL OR r.model_project_id = ANY($3::uuid[])
                 OR (r.published AND r.model_project_id = ANY($4::uuid[])))
            AND ($5::uuid[] IS NULL OR r.model_project_id = ANY($5::uuid[]))
            AND ($6::boolean IS NULL OR r.published = $6)
          GROUP BY 1
         HAVING sum(r.measures) > 0)
       SELECT state.fresh, sums.* FROM state LEFT JOIN sums ON state.fresh`,
      [
        this.clock.today(),
        DIMENSION[dimension],
        actor.fullReadProjectIds(),
        actor.publishedOnlyProjectIds(),
        filter?.modelProjectIds?.length ? filter.modelProjectIds : null,
        filter?.published ?? null,
      ],
    );
    if (!rows[0]?.fresh) {
      this.rebuildInBackground();
      return null;
    }
    return rows.filter((row) => row.measure_count !== null);
  }

  /**
   * Recomputes the sums for today unless they are of today. `wait`: also when another instance is recomputing them,
   * then after it (scripts, tests and the benchmark); otherwise such a call returns at once. True if this call did.
   */
  async rebuild(wait = true): Promise<boolean> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        wait
          ? `SELECT true AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) l`
          : `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
        [REBUILD_LOCK],
      );
      if (!locked) return false;
      const [{ current }] = await manager.query(
        `SELECT as_of IS NOT DISTINCT FROM $1::date AS current FROM rollup_state WHERE id = 1`,
        [today],
      );
      if (current) return false;
      const started = Date.now();
      // a national rebuild takes longer than a request may
      await manager.query(`SET LOCAL statement_timeout = 0`);
      await manager.query(`SELECT rollup_rebuild($1::date)`, [today]);
      this.logger.log(`roll-ups recomputed as of ${today} in ${Date.now() - started} ms`);
      return true;
    });
  }

  /** Starts `rebuild` unless one is running in this process; another instance's rebuild is skipped by its lock. */
  private rebuildInBackground(): void {
    if (this.rebuilding || this.stopped) return;
    this.rebuilding = this.rebuild(false)
      .then(() => undefined)
      .catch((error: unknown) => {
        if (!this.stopped) this.logger.warn(`roll-ups not recomputed: ${(error as Error).message}`);
      })
      .finally(() => {
        this.rebuilding = null;
      });
  }
}

/** Whether the maintained sums can answer: only whole projects, optionally only (un)published measures. */
function answersFilter(filter: MeasureFilter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([name, value]) => {
    if (name === 'modelProjectIds') return true;
    // `published: null` filters on NULL in the live statement (nothing matches): leave it to that
    if (name === 'published') return value !== null;
    if (value === undefined || value === null) return true;
    // these two filter only when true; `flagship: false` does filter
    if (name === 'mine' || name === 'hasOverdueMilestone') return value === false;
    if (Array.isArray(value)) return value.length === 0;
    return name === 'search' && typeof value === 'string' && value.trim() === '';
  });
}
