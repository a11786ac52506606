import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Ctx, CurrentActor } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '@masswerk/api/measure';
import {
  MeasureReleaseRow,
  ProjectPageReleaseState,
  ProjectPublication,
  PublicChange,
  PublicReleaseState,
  ReleaseMeasuresInput,
  UpdateProjectPublicationInput,
} from './dtos/release.dto';
import { ReleaseService } from './release.service';

/** Review and release of public versions, for the project's members (the public site reads the released ones). */
@Resolver()
@Access(AccessPolicy.AUTHENTICATED)
export class ReleaseResolver {
  constructor(private readonly releases: ReleaseService) {}

  @Query(() => ProjectPublication, { description: 'Which groups of its measures’ fields a project makes public.' })
  projectPublication(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectPublication> {
    return this.releases.publication(actor, projectId);
  }

  @Query(() => [MeasureReleaseRow], {
    description: 'Every measure of a project with the state of its public version, by code (project office).',
  })
  projectReleases(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<MeasureReleaseRow[]> {
    return this.releases.projectReleases(actor, projectId);
  }

  @Query(() => [PublicChange], { description: 'A project’s public change log, newest first.' })
  projectPublicChanges(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<PublicChange[]> {
    return this.releases.changes(actor, projectId, first);
  }

  @Query(() => ProjectPageReleaseState, {
    description: 'Whether a project’s page (strategy, fields of action, goals, phases) is public and current.',
  })
  projectPageRelease(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectPageReleaseState> {
    return this.releases.pageState(actor, projectId);
  }

  @Mutation(() => ProjectPageReleaseState, {
    description:
      'Releases a project’s page as it stands now: strategy, fields of action, goals, phases (project office).',
  })
  releaseProjectPage(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectPageReleaseState> {
    return this.releases.releasePage(actor, projectId);
  }

  @Mutation(() => ProjectPageReleaseState, { description: 'Withdraws a project’s public page (project office).' })
  withdrawProjectPage(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectPageReleaseState> {
    return this.releases.withdrawPage(actor, projectId);
  }

  @Mutation(() => ProjectPublication, { description: 'Chooses what a project makes public (project office).' })
  updateProjectPublication(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProjectPublicationInput,
  ): Promise<ProjectPublication> {
    return this.releases.updatePublication(actor, input.modelProjectId, input.publicGroups, input.noindex);
  }

  @Mutation(() => [PublicReleaseState], {
    description: 'Releases the current public versions of measures of one project (project office).',
  })
  releaseMeasures(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReleaseMeasuresInput,
  ): Promise<PublicReleaseState[]> {
    return this.releases.release(actor, input.modelProjectId, input.measureIds);
  }

  @Mutation(() => PublicReleaseState, { description: 'Withdraws a measure’s public version (project office).' })
  withdrawMeasureRelease(
    @CurrentActor() actor: Actor,
    @Args('measureId', { type: () => ID }) measureId: string,
  ): Promise<PublicReleaseState> {
    return this.releases.withdraw(actor, measureId);
  }
}

@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureReleaseResolver {
  constructor(private readonly releases: ReleaseService) {}

  @ResolveField(() => PublicReleaseState, {
    description: 'Whether the measure has a public version and how it differs from the internal one.',
  })
  publicRelease(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<PublicReleaseState> {
    return this.releases.stateLoader(ctx.loaders, ctx.actor).load(measure.id);
  }
}
