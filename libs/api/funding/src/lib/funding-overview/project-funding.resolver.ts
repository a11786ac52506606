import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { ModelProject } from '@masswerk/api/project';
import { ProjectFunding } from './dtos/funding-overview.dto';
import { FundingPeriodArgs } from './dtos/funding-period.args';
import { FundingOverviewService } from './funding-overview.service';

/** Money of a model project: only its members read it (never cluster peers). */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ProjectFundingResolver {
  constructor(private readonly overview: FundingOverviewService) {}

  @ResolveField(() => ProjectFunding, {
    nullable: true,
    description: 'Grants, plan against actual, call-offs, proofs and warnings; null for cluster peers.',
  })
  funding(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args() period: FundingPeriodArgs,
  ): Promise<ProjectFunding | null> {
    return this.overview.projectFunding(actor, ctx.loaders, period, project.id);
  }
}
