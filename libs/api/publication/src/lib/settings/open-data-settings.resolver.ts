import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { ProjectOpenDataSettings, UpdateProjectOpenDataSettingsInput } from './dtos/open-data-settings.dto';
import { ProjectOpenDataSettingsService } from './open-data-settings.service';

/** A project's open-data settings, for its project office. */
@Resolver(() => ProjectOpenDataSettings)
@Access(AccessPolicy.AUTHENTICATED)
export class ProjectOpenDataSettingsResolver {
  constructor(private readonly settings: ProjectOpenDataSettingsService) {}

  @Query(() => ProjectOpenDataSettings, {
    description: 'Whether and under which licence a project publishes open data.',
  })
  projectOpenDataSettings(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectOpenDataSettings> {
    return this.settings.get(actor, projectId);
  }

  @Mutation(() => ProjectOpenDataSettings, {
    description: 'Switches a project’s open data on or off, with its licence and contact (project office).',
  })
  @Access(AccessPolicy.SESSION)
  updateProjectOpenDataSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProjectOpenDataSettingsInput,
  ): Promise<ProjectOpenDataSettings> {
    return this.settings.update(actor, input);
  }
}
