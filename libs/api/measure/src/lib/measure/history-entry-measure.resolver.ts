import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { HistoryEntry } from '@masswerk/api/audit';
import { Measure } from './dtos/measure.dto';
import { toMeasure } from './measure.mapper';
import { MeasureReadService } from './measure-read.service';

/** The measure a history entry belongs to (for change feeds across a project). */
@Resolver(() => HistoryEntry)
@Access(AccessPolicy.AUTHENTICATED)
export class HistoryEntryMeasureResolver {
  constructor(
    private readonly reader: MeasureReadService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Measure, { nullable: true })
  async measure(
    @Parent() entry: HistoryEntry,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<Measure | null> {
    if (!entry.measureId) return null;
    const measure = await this.reader.readable(actor, ctx.loaders, entry.measureId);
    return measure && toMeasure(measure, this.clock.today());
  }
}
