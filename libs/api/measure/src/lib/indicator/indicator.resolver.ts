import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Indicator, IndicatorValue } from './dtos/indicator.dto';
import { CreateIndicatorInput, RecordIndicatorValueInput, UpdateIndicatorInput } from './dtos/indicator.inputs';
import { toIndicator, toIndicatorValue } from './indicator.mapper';
import { IndicatorService } from './indicator.service';

@Resolver(() => Indicator)
@Access(AccessPolicy.AUTHENTICATED)
export class IndicatorResolver {
  constructor(private readonly indicators: IndicatorService) {}

  @ResolveField(() => [IndicatorValue], { description: 'Measured values, oldest first.' })
  async values(@Parent() indicator: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue[]> {
    return (await this.indicators.valuesLoader(ctx.loaders).load(indicator.id)).map(toIndicatorValue);
  }

  @Mutation(() => Indicator)
  async createIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreateIndicatorInput): Promise<Indicator> {
    return toIndicator(await this.indicators.create(actor, input));
  }

  @Mutation(() => Indicator)
  async updateIndicator(@CurrentActor() actor: Actor, @Args('input') input: UpdateIndicatorInput): Promise<Indicator> {
    return toIndicator(await this.indicators.update(actor, input));
  }

  @Mutation(() => ID)
  deleteIndicator(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.indicators.delete(actor, id, version);
  }

  @Mutation(() => Indicator, { description: 'Records the value of a day (replacing one of the same day).' })
  async recordIndicatorValue(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordIndicatorValueInput,
  ): Promise<Indicator> {
    return toIndicator(await this.indicators.recordValue(actor, input));
  }

  @Mutation(() => ID)
  deleteIndicatorValue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.indicators.deleteValue(actor, id);
  }
}
