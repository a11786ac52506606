import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor, BasisPoints, IsoDate, Permission, Phase } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { Clock, LoaderRegistry } from '@masswerk/api/core';
import { CostCategoryEntity } from '../programme/cost-category.entity';
import { ProgrammeService } from '../programme/programme.service';
import { GrantService } from '../grant/grant.service';
import { MeasureBudget, ProjectFunding } from './dtos/funding-overview.dto';
import { assembleProjectFunding, measureBudget } from './funding-overview';
import {
  AmountRow,
  MEASURE_BUDGET_SQL,
  MeasureBudgetRow,
  OVERSPENT_SQL,
  OverspentRow,
  PLANNED_AMOUNTS_SQL,
  ratesSql,
  SPENT_AMOUNTS_SQL,
} from './funding-overview.sql';

export interface FundingPeriod {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * Plan, actual, call-offs, proofs and warnings of model projects, in a handful of set-based statements
 * (funding-overview.sql.ts) put together by pure functions (funding-overview.ts). Money is read only by members of
 * the project, never by cluster partners.
 */
@Injectable()
export class FundingOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeService,
    private readonly grants: GrantService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The funding of a project for the actor: null for those who may not read its money (cluster partners). */
  async projectFunding(
    actor: Actor,
    loaders: LoaderRegistry,
    period: FundingPeriod,
    projectId: string,
  ): Promise<ProjectFunding | null> {
    if (!this.access.can(actor, Permission.READ_PROJECT, projectId)) return null;
    return this.projectFundingLoader(loaders, period).load(projectId);
  }

  /** The budget of a measure for the actor: null for those who may not read its money (cluster partners). */
  async measureBudget(
    actor: Actor,
    loaders: LoaderRegistry,
    measure: { id: string; modelProjectId: string },
  ): Promise<MeasureBudget | null> {
    if (!this.access.can(actor, Permission.READ_PROJECT, measure.modelProjectId)) return null;
    return this.measureBudgetLoader(loaders).load(measure.id);
  }

  projectFundingLoader(loaders: LoaderRegistry, period: FundingPeriod): DataLoader<string, ProjectFunding> {
    return loaders.get(
      Symbol.for(`projectFunding:${period.from ?? ''}:${period.to ?? ''}`),
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const ids = [...projectIds];
          const [programmes, categories, rates, planned, spent, overspent, grants, callOffs, proofs] =
            await Promise.all([
              this.programmes.projectProgrammeLoader(loaders).loadMany(ids),
              this.dataSource.getRepository(CostCategoryEntity).find(),
              this.rates(ids),
              this.planned(ids, period),
              this.spent(ids, period),
              this.overspent(ids, period),
              this.grants.grantsLoader(loaders).loadMany(ids),
              this.grants.callOffsLoader(loaders).loadMany(ids),
              this.grants.proofsLoader(loaders).loadMany(ids),
            ]);
          const categoryOrder = new Map(categories.map((c) => [c.id, c.sortOrder]));
          const today = this.clock.today();
          return ids.map((projectId, i) => {
            const programme = unwrap(programmes[i]);
            return assembleProjectFunding({
              projectId,
              programme,
              rates: rates.get(projectId) ?? { A: programme.standardRateBp, B: programme.standardRateBp },
              planned: planned.filter((r) => r.projectId === projectId),
              spent: spent.filter((r) => r.projectId === projectId),
              overspent: overspent.filter((r) => r.projectId === projectId),
              grants: unwrap(grants[i]),
              callOffs: unwrap(callOffs[i]),
              proofs: unwrap(proofs[i]),
              categoryOrder,
              today,
            });
          });
        }),
    );
  }

  /**
   * Budgets of many measures in one statement: per measure and cost category the planned and spent cents and their
   * federal shares, each share rounded per entry like the statement (`federal_share` is the same rule as
   * `splitShares`). Cost plan entries and expenditures themselves load only when selected (MeasureBudgetEntriesResolver).
   */
  measureBudgetLoader(loaders: LoaderRegistry): DataLoader<string, MeasureBudget> {
    return loaders.get(
      Symbol.for('measureBudget'),
      () =>
        new DataLoader(async (measureIds: readonly string[]) => {
          const rows: MeasureBudgetRow[] = await this.dataSource.query(MEASURE_BUDGET_SQL, [measureIds]);
          const byMeasure = new Map<string, MeasureBudgetRow[]>();
          for (const row of rows) {
            const list = byMeasure.get(row.measureId);
            if (list) list.push(row);
            else byMeasure.set(row.measureId, [row]);
          }
          return measureIds.map((measureId) => measureBudget(measureId, byMeasure.get(measureId) ?? []));
        }),
    );
  }

  private async rates(projectIds: string[]): Promise<Map<string, Record<Phase, BasisPoints>>> {
    const rows: { project_id: string; phase: Phase; rate: number }[] = await this.dataSource.query(ratesSql(), [
      projectIds,
    ]);
    const rates = new Map<string, Record<Phase, BasisPoints>>();
    for (const r of rows)
      rates.set(r.project_id, { ...(rates.get(r.project_id) ?? { A: r.rate, B: r.rate }), [r.phase]: r.rate });
    return rates;
  }

  /** Plans of the period's years. */
  private planned(projectIds: string[], period: FundingPeriod): Promise<AmountRow[]> {
    return this.dataSource.query(PLANNED_AMOUNTS_SQL, [projectIds, yearOf(period.from), yearOf(period.to)]);
  }

  /** Expenditures of the period's days. */
  private spent(projectIds: string[], period: FundingPeriod): Promise<AmountRow[]> {
    return this.dataSource.query(SPENT_AMOUNTS_SQL, [projectIds, period.from ?? null, period.to ?? null]);
  }

  private overspent(projectIds: string[], period: FundingPeriod): Promise<OverspentRow[]> {
    return this.dataSource.query(OVERSPENT_SQL, [
      projectIds,
      yearOf(period.from),
      yearOf(period.to),
      period.from ?? null,
      period.to ?? null,
    ]);
  }
}

function yearOf(day: IsoDate | undefined): number | null {
  return day ? Number(day.slice(0, 4)) : null;
}

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
