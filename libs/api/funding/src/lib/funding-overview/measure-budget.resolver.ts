import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '@masswerk/api/measure';
import { MeasureBudget } from './dtos/funding-overview.dto';
import { FundingOverviewService } from './funding-overview.service';

/** The money of a measure: only members of its project read it. */
@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureBudgetResolver {
  constructor(private readonly overview: FundingOverviewService) {}

  @ResolveField(() => MeasureBudget, {
    nullable: true,
    description: 'Cost plan, expenditures and shares; null for cluster peers.',
  })
  budget(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasureBudget | null> {
    return this.overview.measureBudget(actor, ctx.loaders, measure);
  }
}
