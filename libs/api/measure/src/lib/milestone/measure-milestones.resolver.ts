import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Clock, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure, MeasureHealthReason } from '../measure/dtos/measure.dto';
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

/** The overdue milestone a health reason names, taken from the measure's milestones (the same batched loader). */
@Resolver(() => MeasureHealthReason)
@Access(AccessPolicy.AUTHENTICATED)
export class HealthReasonMilestoneResolver {
  constructor(
    private readonly milestoneService: MilestoneService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Milestone, {
    nullable: true,
    description:
      'The open milestone with the earliest due date, when it is overdue (the one the health rule looks at).',
  })
  async overdueMilestone(@Parent() reason: MeasureHealthReason, @Ctx() ctx: RequestContext): Promise<Milestone | null> {
    if (!reason.overdueMilestoneDue) return null;
    const milestones = await this.milestoneService.byMeasureLoader(ctx.loaders).load(reason.measureId);
    const open = milestones.find(
      (m) => !m.completedOn && (m.forecastDate ?? m.baselineDate) === reason.overdueMilestoneDue,
    );
    return open ? toMilestone(open, this.clock.today()) : null;
  }
}
