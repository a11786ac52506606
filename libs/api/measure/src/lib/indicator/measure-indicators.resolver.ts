import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '../measure/dtos/measure.dto';
import { Indicator } from './dtos/indicator.dto';
import { toIndicator } from './indicator.mapper';
import { IndicatorService } from './indicator.service';

/** The indicators of a measure, batched per request. */
@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureIndicatorsResolver {
  constructor(private readonly indicatorService: IndicatorService) {}

  @ResolveField(() => [Indicator])
  async indicators(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    return (await this.indicatorService.byMeasureLoader(ctx.loaders).load(measure.id)).map(toIndicator);
  }
}
