import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Permission } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { Access, AccessPolicy, Ctx, CurrentActor, DomainError, Language, mapConnection } from '@masswerk/api/core';
import type { Connection, RequestContext } from '@masswerk/api/core';
import { ModelProject, ModelProjectService, toModelProject } from '@masswerk/api/project';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { Membership, User, UserConnection } from './dtos/identity.dto';
import { SetUserDisabledInput, UpdateMembershipInput, UsersArgs } from './dtos/identity.inputs';
import { toMembership, toUser } from './identity.mapper';
import { UserService } from './user.service';

@Resolver(() => Membership)
@Access(AccessPolicy.AUTHENTICATED)
export class MembershipResolver {
  constructor(
    private readonly users: UserService,
    private readonly projects: ModelProjectService,
    private readonly units: TerritorialUnitService,
  ) {}

  @Query(() => [Membership], { description: 'The people of a model project and their roles (administrators only).' })
  @Access(AccessPolicy.SESSION)
  async projectMembers(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<Membership[]> {
    return (await this.users.membersOf(actor, projectId)).map(toMembership);
  }

  @ResolveField(() => User)
  async user(@Parent() membership: Membership, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await this.users.userLoader(ctx.loaders).load(membership.userId);
    if (!user) throw DomainError.notFound('Benutzer', membership.userId);
    return toUser(user);
  }

  @ResolveField(() => ModelProject)
  async modelProject(@Parent() membership: Membership, @Ctx() ctx: RequestContext): Promise<ModelProject> {
    const project = await this.projects.byIdLoader(ctx.loaders).load(membership.modelProjectId);
    if (!project) throw DomainError.notFound('Modellprojekt', membership.modelProjectId);
    return toModelProject(project);
  }

  @ResolveField(() => TerritorialUnit, {
    nullable: true,
    description: 'For editors: the municipality they answer for.',
  })
  async territorialUnit(@Parent() membership: Membership, @Ctx() ctx: RequestContext): Promise<TerritorialUnit | null> {
    if (!membership.territorialUnitId) return null;
    const unit = await this.units.byIdLoader(ctx.loaders).load(membership.territorialUnitId);
    return unit && toTerritorialUnit(unit);
  }

  @Mutation(() => Membership)
  @Access(AccessPolicy.SESSION)
  async updateMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateMembershipInput,
  ): Promise<Membership> {
    return toMembership(await this.users.updateMembership(actor, input));
  }

  @Mutation(() => ID)
  @Access(AccessPolicy.SESSION)
  removeMembership(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.users.removeMembership(actor, id, version);
  }

  @Mutation(() => User, { description: 'Disables or re-enables an account; a disabled account is signed out.' })
  @Access(AccessPolicy.PLATFORM_ADMIN, AccessPolicy.SESSION)
  async setUserDisabled(@CurrentActor() actor: Actor, @Args('input') input: SetUserDisabledInput): Promise<User> {
    return toUser(await this.users.setDisabled(actor, input));
  }
}

@Resolver(() => User)
@Access(AccessPolicy.AUTHENTICATED)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly access: AccessService,
  ) {}

  @Query(() => UserConnection, { description: 'Every account, by e-mail address (platform administrators).' })
  @Access(AccessPolicy.PLATFORM_ADMIN, AccessPolicy.SESSION)
  async users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<Connection<User>> {
    return mapConnection(await this.userService.list(actor, args), toUser);
  }

  /** About an account, only its holder and the platform administrators learn more than name and address. */
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Null unless it is the viewer or a platform administrator asks.',
  })
  isPlatformAdmin(@Parent() user: User, @CurrentActor() actor: Actor): boolean | null {
    return this.mayKnow(actor, user) ? user.isPlatformAdmin : null;
  }

  private mayKnow(actor: Actor, user: User): boolean {
    return actor.userId === user.id || this.access.isPlatformAdmin(actor);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Null unless it is the viewer or a platform administrator asks.',
  })
  lastSignInAt(@Parent() user: User, @CurrentActor() actor: Actor): Date | null {
    return this.mayKnow(actor, user) ? user.lastSignInAt : null;
  }

  @ResolveField(() => Language, {
    nullable: true,
    description:
      'What reminders and digests are written in. Null unless it is the viewer or a platform administrator asks.',
  })
  language(@Parent() user: User, @CurrentActor() actor: Actor): Language | null {
    return this.mayKnow(actor, user) ? user.language : null;
  }

  @Mutation(() => User, { description: 'Sets the signed-in person’s language (reminders, digests, the dashboard).' })
  @Access(AccessPolicy.SESSION)
  async setMyLanguage(
    @CurrentActor() actor: Actor,
    @Args('language', { type: () => Language }) language: Language,
  ): Promise<User> {
    return toUser(await this.userService.setLanguage(actor, language));
  }

  @ResolveField(() => [Membership])
  async memberships(
    @Parent() user: User,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<Membership[]> {
    const all = await this.userService.membershipsByUserLoader(ctx.loaders).load(user.id);
    // A user's other projects are nobody else's business.
    return all
      .filter((m) => m.userId === actor.userId || this.access.can(actor, Permission.MANAGE_USERS, m.modelProjectId))
      .map(toMembership);
  }
}
