import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Clock, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '../measure/dtos/measure.dto';
import { Milestone } from './dtos/milestone.dto';
import { toMilestone } from './milestone.mapper';
import { MilestoneService } from './milestone.service';

/** The milestones of a measure, batched per request. */
@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureMilestonesResolver {
  constructor(
    private readonly milestoneService: MilestoneService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [Milestone])
  async milestones(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Milestone[]> {
    const today = this.clock.today();
    return (await this.milestoneService.byMeasureLoader(ctx.loaders).load(measure.id)).map((m) =>
      toMilestone(m, today),
    );
  }
}
