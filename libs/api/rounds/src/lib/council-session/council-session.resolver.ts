import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { CouncilSession, CreateCouncilSessionInput, UpdateCouncilSessionInput } from './dtos/council-session.dto';
import { CouncilSessionService } from './council-session.service';

/** Council sessions of a model project and the briefing each was given. */
@Resolver(() => CouncilSession)
@Access(AccessPolicy.AUTHENTICATED)
export class CouncilSessionResolver {
  constructor(private readonly sessions: CouncilSessionService) {}

  @Query(() => [CouncilSession], { description: 'Sessions of the project’s bodies, newest first (its members).' })
  councilSessions(@CurrentActor() actor: Actor, @Args('projectCode') projectCode: string): Promise<CouncilSession[]> {
    return this.sessions.list(actor, projectCode);
  }

  @Mutation(() => CouncilSession, { description: 'Records the session at which a closed round was presented.' })
  createCouncilSession(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCouncilSessionInput,
  ): Promise<CouncilSession> {
    return this.sessions.create(actor, input);
  }

  @Mutation(() => CouncilSession)
  updateCouncilSession(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCouncilSessionInput,
  ): Promise<CouncilSession> {
    return this.sessions.update(actor, input);
  }

  @Mutation(() => ID)
  deleteCouncilSession(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.sessions.delete(actor, id, version);
  }
}
