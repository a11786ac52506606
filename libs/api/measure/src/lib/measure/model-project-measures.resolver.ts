import { Args, GraphQLISODateTime, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, Ctx, CurrentActor, mapConnection } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { HistoryEntry } from '@masswerk/api/audit';
import { ModelProject } from '@masswerk/api/project';
import { MeasureConnection } from './dtos/measure.dto';
import { MeasuresArgs } from './dtos/measure.inputs';
import { toMeasure } from './measure.mapper';
import { MeasureReadService } from './measure-read.service';

/** A model project's measures, as a connection with the same filters, and what changed in them. */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ModelProjectMeasuresResolver {
  constructor(
    private readonly reader: MeasureReadService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [HistoryEntry], {
    description: 'Changes to the agenda since a point in time, newest first (members only).',
  })
  changes(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Args('since', { type: () => GraphQLISODateTime }) since: Date,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<HistoryEntry[]> {
    return this.reader.changesSince(actor, project.id, since, limit);
  }

  @ResolveField(() => MeasureConnection)
  async measures(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args() args: MeasuresArgs,
  ): Promise<MeasureConnection> {
    if (args.after) {
      const filter = { ...args.filter, modelProjectIds: [project.id] };
      return mapConnection(await this.reader.list(actor, { ...args, filter }), (e) => toMeasure(e, this.clock.today()));
    }
    // the first page of every project in the response at once (a cluster with its projects and their measures)
    const page = await this.reader.firstPageByProjectLoader(ctx.loaders, actor, args).load(project.id);
    return mapConnection(page, (e) => toMeasure(e, this.clock.today()));
  }
}
