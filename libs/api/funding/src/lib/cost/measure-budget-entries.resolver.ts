import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { MeasureBudget } from '../funding-overview/dtos/funding-overview.dto';
import { CostPlanEntry, Expenditure } from './dtos/cost.dto';
import { toCostPlanEntry, toExpenditure } from './cost.mapper';
import { CostService } from './cost.service';

/** The entries behind a measure's budget: only read when selected (the budget itself is aggregated in SQL). */
@Resolver(() => MeasureBudget)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureBudgetEntriesResolver {
  constructor(private readonly costs: CostService) {}

  @ResolveField(() => [CostPlanEntry])
  async costPlan(@Parent() budget: MeasureBudget, @Ctx() ctx: RequestContext): Promise<CostPlanEntry[]> {
    return (await this.costs.costPlanLoader(ctx.loaders).load(budget.measureId)).map(toCostPlanEntry);
  }

  @ResolveField(() => [Expenditure], { description: 'Newest first.' })
  async expenditures(@Parent() budget: MeasureBudget, @Ctx() ctx: RequestContext): Promise<Expenditure[]> {
    return (await this.costs.expendituresLoader(ctx.loaders).load(budget.measureId)).map(toExpenditure);
  }
}
