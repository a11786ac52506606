import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor, Health, MeasureStatus, MILESTONE_DUE_SOON_DAYS } from '@masswerk/shared/domain';
import { Clock, LoaderRegistry } from '@masswerk/api/core';
import {
  applyFilter,
  applyReadAccess,
  freshnessSql,
  healthSql,
  MeasureEntity,
  MeasureFilter,
  milestonesPursuedSql,
  progressSql,
  roundedQuotientSql,
} from '@masswerk/api/measure';
import { PortfolioSummary, SummaryDimension } from './dtos/summary.dto';
import { MaintainedRollups } from './maintained-rollups';
import { SummaryRow } from './summary-row';

const STATUSES = Object.values(MeasureStatus);
const HEALTHS = Object.values(Health);

const GROUPING: Record<SummaryDimension | 'NONE', { join: string; key: string }> = {
  NONE: { join: '', key: 'NULL::text' },
  MODEL_PROJECT: { join: '', key: 's.model_project_id::text' },
  FIELD_OF_ACTION: { join: 'JOIN measure_field_of_action g ON g.measure_id = s.id', key: 'g.field_of_action_id::text' },
  MUNICIPALITY: {
    join: `JOIN LATERAL (SELECT s.lead_unit_id AS unit_id WHERE s.lead_unit_id IS NOT NULL
                         UNION SELECT pu.territorial_unit_id FROM measure_participating_unit pu WHERE pu.measure_id = s.id) g ON TRUE`,
    key: 'g.unit_id::text',
  },
};

/**
 * Roll-ups of measures, computed in one set-based statement per request with the same rules (and the same integer
 * rounding) as `summarize` in the shared domain library. The scope is always what the viewer may read.
 */
@Injectable()
export class RollupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly maintained: MaintainedRollups,
  ) {}

  async summary(actor: Actor, filter: MeasureFilter | undefined): Promise<PortfolioSummary> {
    const [row] = await this.query(actor, filter, 'NONE');
    return row ? toSummary(row) : emptySummary();
  }

  async breakdown(
    actor: Actor,
    filter: MeasureFilter | undefined,
    by: SummaryDimension,
  ): Promise<{ key: string; summary: PortfolioSummary }[]> {
    const rows = await this.query(actor, filter, by);
    return rows.map((r) => ({ key: r.group_key as string, summary: toSummary(r) }));
  }

  /** Breakdowns of several model projects at once: one statement grouped by project and field (or municipality). */
  breakdownLoader(
    loaders: LoaderRegistry,
    actor: Actor,
    by: SummaryDimension,
  ): DataLoader<string, { key: string; summary: PortfolioSummary }[]> {
    return loaders.get(
      Symbol.for(`projectBreakdown:${by}`),
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const rows = await this.query(actor, { modelProjectIds: [...projectIds] }, by, true);
          const byProject = new Map<string, { key: string; summary: PortfolioSummary }[]>();
          for (const row of rows) {
            const [projectId, key] = (row.group_key as string).split('|');
            const list = byProject.get(projectId) ?? [];
            list.push({ key, summary: toSummary(row) });
            byProject.set(projectId, list);
          }
          return projectIds.map((id) => byProject.get(id) ?? []);
        }),
    );
  }

  /** Summaries of several model projects at once (cluster comparison, project lists). */
  projectSummaryLoader(loaders: LoaderRegistry, actor: Actor): DataLoader<string, PortfolioSummary> {
    return loaders.get(
      Symbol.for('projectSummary'),
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const rows = await this.query(actor, { modelProjectIds: [...projectIds] }, SummaryDimension.MODEL_PROJECT);
          const byKey = new Map(rows.map((r) => [r.group_key, toSummary(r)]));
          return projectIds.map((id) => byKey.get(id) ?? emptySummary());
        }),
    );
  }

  private async query(
    actor: Actor,
    filter: MeasureFilter | undefined,
    dimension: SummaryDimension | 'NONE',
    perProject = false,
  ): Promise<SummaryRow[]> {
    return (
      (await this.maintained.read(actor, filter, dimension, perProject)) ??
      this.live(actor, filter, dimension, perProject)
    );
  }

  /** The roll-up from the measures themselves: the reference the maintained figures must always equal. */
  async live(
    actor: Actor,
    filter: MeasureFilter | undefined,
    dimension: SummaryDimension | 'NONE',
    perProject = false,
  ): Promise<SummaryRow[]> {
    const today = 'CAST(:today AS date)';
    const scope = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .addSelect('m.model_project_id', 'model_project_id')
      .addSelect('m.lead_unit_id', 'lead_unit_id')
      .addSelect('m.status', 'status')
      .addSelect(healthSql('m', today), 'health')
      .addSelect(progressSql('m'), 'progress')
      .addSelect(freshnessSql('m', today), 'freshness')
      .setParameter('today', this.clock.today());
    applyReadAccess(scope, actor);
    applyFilter(scope, filter, actor);
    const [scopeSql, params] = scope.getQueryAndParameters();
    const n = params.length;
    params.push(this.clock.today(), MILESTONE_DUE_SOON_DAYS);
    const todayParam = `$${n + 1}::date`;
    const grouping = GROUPING[dimension];
    // only an active measure's open milestones can be overdue or due soon (docs/rules.md)
    const pursued = milestonesPursuedSql('s');

    const sql = `
      WITH s AS (${scopeSql}),
      ms AS (
        SELECT ms.measure_id,
               count(*) AS total,
               count(*) FILTER (WHERE ${pursued} AND ms.completed_on IS NULL AND coalesce(ms.forecast_date, ms.baseline_date) < ${todayParam}) AS overdue,
               count(*) FILTER (WHERE ${pursued} AND ms.completed_on IS NULL AND coalesce(ms.forecast_date, ms.baseline_date) BETWEEN ${todayParam} AND ${todayParam} + $${n + 2}::int) AS due_soon,
               count(*) FILTER (WHERE coalesce(ms.completed_on, ms.forecast_date, ms.baseline_date) > ms.baseline_date) AS slipped,
               sum(coalesce(ms.completed_on, ms.forecast_date, ms.baseline_date) - ms.baseline_date) AS slippage_sum
          FROM milestone ms JOIN s ON s.id = ms.measure_id GROUP BY ms.measure_id)
      SELECT ${perProject ? `s.model_project_id::text || '|' || ${grouping.key}` : grouping.key} AS group_key,
             count(*) AS measure_count,
             ${STATUSES.map((st) => `count(*) FILTER (WHERE s.status = '${st}') AS "status_${st}"`).join(',\n             ')},
             ${HEALTHS.map((h) => `count(*) FILTER (WHERE s.health = '${h}') AS "health_${h}"`).join(',\n             ')},
             CASE WHEN count(*) FILTER (WHERE s.status <> 'STOPPED') > 0
                  THEN ${roundedQuotientSql(`sum(s.progress) FILTER (WHERE s.status <> 'STOPPED')`, `count(*) FILTER (WHERE s.status <> 'STOPPED')`)} END AS average_progress,
             count(*) FILTER (WHERE s.status IN ('PLANNING','IN_PROGRESS') AND s.freshness IN ('STALE','VERY_STALE','NO_REPORT')) AS stale_measures,
             coalesce(sum(ms.overdue), 0) AS overdue_milestones,
             coalesce(sum(ms.due_soon), 0) AS milestones_due_soon,
             coalesce(sum(ms.total), 0) AS milestone_count,
             coalesce(sum(ms.slipped), 0) AS slipped_milestones,
             CASE WHEN sum(ms.total) > 0
                  THEN ${roundedQuotientSql('10 * sum(ms.slippage_sum)', 'sum(ms.total)')} / 10.0 END AS average_slippage
        FROM s LEFT JOIN ms ON ms.measure_id = s.id ${grouping.join}
       GROUP BY 1`;
    return this.dataSource.query(sql, params);
  }
}

function toSummary(row: SummaryRow): PortfolioSummary {
  return {
    measureCount: Number(row.measure_count),
    byStatus: STATUSES.map((status) => ({ status, count: Number(row[`status_${status}`]) })),
    byHealth: HEALTHS.map((health) => ({ health, count: Number(row[`health_${health}`]) })),
    averageProgress: row.average_progress === null ? null : Number(row.average_progress),
    staleMeasures: Number(row.stale_measures),
    overdueMilestones: Number(row.overdue_milestones),
    milestonesDueSoon: Number(row.milestones_due_soon),
    milestoneCount: Number(row.milestone_count),
    slippedMilestones: Number(row.slipped_milestones),
    averageSlippageDays: row.average_slippage === null ? null : Number(row.average_slippage),
  };
}

export function emptySummary(): PortfolioSummary {
  return {
    measureCount: 0,
    byStatus: STATUSES.map((status) => ({ status, count: 0 })),
    byHealth: HEALTHS.map((health) => ({ health, count: 0 })),
    averageProgress: null,
    staleMeasures: 0,
    overdueMilestones: 0,
    milestonesDueSoon: 0,
    milestoneCount: 0,
    slippedMilestones: 0,
    averageSlippageDays: null,
  };
}
