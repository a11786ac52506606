import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Ctx, DomainError } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '../measure/dtos/measure.dto';
import { StatusReport } from './dtos/status-report.dto';
import { toStatusReport } from './status-report.mapper';
import { StatusReportService } from './status-report.service';

/** The status reports of a measure, batched per request. */
@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureStatusReportsResolver {
  constructor(private readonly reports: StatusReportService) {}

  @ResolveField(() => [StatusReport], { description: 'Newest first.' })
  async statusReports(
    @Parent() measure: Measure,
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<StatusReport[]> {
    if (limit < 1 || limit > 100) throw DomainError.badInput('limit', 'limit muss zwischen 1 und 100 liegen.');
    return (await this.reports.byMeasureLoader(ctx.loaders, limit).load(measure.id)).map(toStatusReport);
  }

  @ResolveField(() => StatusReport, { nullable: true })
  async latestStatusReport(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<StatusReport | null> {
    const [latest] = await this.reports.byMeasureLoader(ctx.loaders, 1).load(measure.id);
    return latest ? toStatusReport(latest) : null;
  }
}
