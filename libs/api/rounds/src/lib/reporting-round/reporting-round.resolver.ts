import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, CurrentActor } from '@masswerk/api/core';
import { ReportingRound, RoundChanges, RoundMeasure } from './dtos/reporting-round.dto';
import { CloseReportingRoundInput, OpenReportingRoundInput } from './dtos/reporting-round.inputs';
import { toRound, toRoundMeasure } from './reporting-round.mapper';
import { ReportingRoundService } from './reporting-round.service';

/** Reporting rounds (Berichtsrunden) of a model project. */
@Resolver(() => ReportingRound)
@Access(AccessPolicy.AUTHENTICATED)
export class ReportingRoundResolver {
  constructor(
    private readonly rounds: ReportingRoundService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ReportingRound], {
    description: 'The reporting rounds of a model project, newest first (its members).',
  })
  async reportingRounds(
    @CurrentActor() actor: Actor,
    @Args('projectCode') projectCode: string,
  ): Promise<ReportingRound[]> {
    const today = this.clock.today();
    return (await this.rounds.list(actor, projectCode)).map((r) => toRound(r, today));
  }

  @Query(() => ReportingRound)
  async reportingRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportingRound> {
    return toRound(await this.rounds.get(actor, id), this.clock.today());
  }

  @ResolveField(() => [RoundMeasure], {
    description:
      'The measures of the round: live while open, the frozen snapshot once closed. Read one round at a time.',
  })
  async measures(@CurrentActor() actor: Actor, @Parent() parent: ReportingRound): Promise<RoundMeasure[]> {
    const round = await this.rounds.get(actor, parent.id);
    const today = this.clock.today();
    return (await this.rounds.measures(round)).map((m) => toRoundMeasure(m, round, today));
  }

  @ResolveField(() => RoundChanges, {
    nullable: true,
    description: 'What changed since the previous closed round (closed rounds that have one).',
  })
  async changes(@CurrentActor() actor: Actor, @Parent() parent: ReportingRound): Promise<RoundChanges | null> {
    return this.rounds.changes(await this.rounds.get(actor, parent.id));
  }

  @Mutation(() => ReportingRound, {
    description: 'Opens a reporting round and asks everyone responsible for a status report by the due day.',
  })
  async openReportingRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenReportingRoundInput,
  ): Promise<ReportingRound> {
    return toRound(await this.rounds.open(actor, input), this.clock.today());
  }

  @Mutation(() => Int, {
    description: 'Asks again for the reports still outstanding (once a day per person and measure); returns how many.',
  })
  remindReportingRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<number> {
    return this.rounds.remind(actor, id);
  }

  @Mutation(() => ReportingRound, { description: 'Closes the round and freezes its snapshot.' })
  async closeReportingRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: CloseReportingRoundInput,
  ): Promise<ReportingRound> {
    return toRound(await this.rounds.close(actor, input), this.clock.today());
  }

  @Mutation(() => ID, { description: 'Deletes an open round; a closed one is refused (CONFLICT, ROUND_CLOSED).' })
  deleteReportingRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.rounds.delete(actor, id, version);
  }
}
