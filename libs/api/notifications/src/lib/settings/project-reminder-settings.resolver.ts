import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { ProjectReminderSettings, UpdateProjectReminderSettingsInput } from './dtos/project-reminder-settings.dto';
import { ProjectReminderSettingsService } from './project-reminder-settings.service';

/** A project's reminder settings, for its project office. */
@Resolver(() => ProjectReminderSettings)
@Access(AccessPolicy.AUTHENTICATED)
export class ProjectReminderSettingsResolver {
  constructor(private readonly settings: ProjectReminderSettingsService) {}

  @Query(() => ProjectReminderSettings, { description: 'When and about what a project’s people are reminded.' })
  projectReminderSettings(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<ProjectReminderSettings> {
    return this.settings.get(actor, projectId);
  }

  @Mutation(() => ProjectReminderSettings, { description: 'Changes a project’s reminder settings (project office).' })
  @Access(AccessPolicy.SESSION)
  updateProjectReminderSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProjectReminderSettingsInput,
  ): Promise<ProjectReminderSettings> {
    return this.settings.update(actor, input);
  }
}
