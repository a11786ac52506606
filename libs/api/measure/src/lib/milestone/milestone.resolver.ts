import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, CurrentActor } from '@masswerk/api/core';
import { Milestone } from './dtos/milestone.dto';
import { CreateMilestoneInput, ReportMilestoneInput, UpdateMilestoneInput } from './dtos/milestone.inputs';
import { toMilestone } from './milestone.mapper';
import { MilestoneService } from './milestone.service';

@Resolver(() => Milestone)
@Access(AccessPolicy.AUTHENTICATED)
export class MilestoneResolver {
  constructor(
    private readonly milestones: MilestoneService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => Milestone, { description: 'Plans a milestone (administrators).' })
  async createMilestone(@CurrentActor() actor: Actor, @Args('input') input: CreateMilestoneInput): Promise<Milestone> {
    return toMilestone(await this.milestones.create(actor, input), this.clock.today());
  }

  @Mutation(() => Milestone, { description: 'Changes title, baseline or weight (administrators).' })
  async updateMilestone(@CurrentActor() actor: Actor, @Args('input') input: UpdateMilestoneInput): Promise<Milestone> {
    return toMilestone(await this.milestones.update(actor, input), this.clock.today());
  }

  @Mutation(() => Milestone, { description: 'Sets the forecast or completion date (whoever reports on the measure).' })
  async reportMilestone(@CurrentActor() actor: Actor, @Args('input') input: ReportMilestoneInput): Promise<Milestone> {
    return toMilestone(await this.milestones.report(actor, input), this.clock.today());
  }

  @Mutation(() => ID)
  deleteMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.milestones.delete(actor, id, version);
  }
}
