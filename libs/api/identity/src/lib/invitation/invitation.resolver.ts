import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, APP_CONFIG, Ctx, CurrentActor, DomainError } from '@masswerk/api/core';
import type { AppConfig, RequestContext } from '@masswerk/api/core';
import { ModelProject, ModelProjectService, toModelProject } from '@masswerk/api/project';
import { TerritorialUnit, TerritorialUnitService, toTerritorialUnit } from '@masswerk/api/territory';
import { ActorService } from '../actor.service';
import { AuthService } from '../auth.service';
import { Membership, Viewer } from '../dtos/identity.dto';
import { toMembership, toUser } from '../identity.mapper';
import { setSessionCookies } from '../session-cookies';
import { UserService } from '../user.service';
import { Invitation, InvitationPreview } from './dtos/invitation.dto';
import { AcceptInvitationWithNewAccountInput, InviteProjectMemberInput } from './dtos/invitation.inputs';
import { invitationStatus, toInvitation } from './invitation.mapper';
import { InvitationService } from './invitation.service';

/**
 * Invitations to a project: sent by its administrators, answered by the invited person (decision 0040). Everything
 * here is about memberships and accounts, so it works only in a dashboard session (never with an API token); the two
 * operations of the link itself are public, and safe because only the mail carries its secret.
 */
@Resolver(() => Invitation)
@Access(AccessPolicy.SESSION)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly users: UserService,
    private readonly auth: AuthService,
    private readonly actors: ActorService,
    private readonly projects: ModelProjectService,
    private readonly units: TerritorialUnitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Invitation], { description: 'Invitations of a model project, newest first (its administrators).' })
  async projectInvitations(
    @CurrentActor() actor: Actor,
    @Args('modelProjectId', { type: () => ID }) projectId: string,
  ): Promise<Invitation[]> {
    return (await this.invitations.ofProject(actor, projectId)).map(toInvitation);
  }

  @Query(() => [Invitation], { description: 'Open invitations to the signed-in person.' })
  async myInvitations(@CurrentActor() actor: Actor): Promise<Invitation[]> {
    return (await this.invitations.mine(actor)).map(toInvitation);
  }

  @Mutation(() => Invitation, {
    description:
      'Invites a person by e-mail to a role in a project. The answer is the same whether the address has an account; the person accepts in the dashboard or by the link in the mail.',
  })
  async inviteProjectMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteProjectMemberInput,
  ): Promise<Invitation> {
    return toInvitation(await this.invitations.invite(actor, input));
  }

  @Mutation(() => Invitation, { description: 'Sends an open invitation again, with a new link and a new expiry.' })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Invitation> {
    return toInvitation(await this.invitations.resend(actor, id, version));
  }

  @Mutation(() => Invitation, { description: 'Withdraws an open invitation; its link stops working.' })
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Invitation> {
    return toInvitation(await this.invitations.revoke(actor, id, version));
  }

  @Mutation(() => Membership, { description: 'Accepts an invitation to the own address: the membership begins.' })
  async acceptInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Membership> {
    return toMembership(await this.invitations.accept(actor, id));
  }

  @Mutation(() => Invitation, { description: 'Declines an invitation to the own address.' })
  async declineInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Invitation> {
    return toInvitation(await this.invitations.decline(actor, id));
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link offers (public: the link is the secret).' })
  @Access(AccessPolicy.PUBLIC)
  async invitationByToken(@Args('token') token: string): Promise<InvitationPreview> {
    const { invitation, accountExists, project } = await this.invitations.preview(token);
    return {
      id: invitation.id,
      projectCode: project.code,
      projectName: project.name,
      role: invitation.role,
      email: invitation.email,
      displayName: invitation.displayName,
      status: invitationStatus(invitation),
      expiresAt: invitation.expiresAt,
      accountExists,
    };
  }

  @Mutation(() => Viewer, {
    description:
      'Accepts an invitation from its link with a new account (name and password), and signs in. For an address with an account: sign in, then acceptInvitation.',
  })
  @Access(AccessPolicy.PUBLIC)
  async acceptInvitationWithNewAccount(
    @Args('input') input: AcceptInvitationWithNewAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Viewer> {
    const user = await this.invitations.acceptWithNewAccount(input);
    const session = await this.auth.startSession(user);
    setSessionCookies(ctx.reply, session, this.config);
    ctx.actor = await this.actors.forUser(user.id);
    const memberships = await this.users.membershipsByUserLoader(ctx.loaders).load(user.id);
    return { user: toUser(user), memberships: memberships.map(toMembership) };
  }

  @ResolveField(() => ModelProject)
  async modelProject(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<ModelProject> {
    const project = await this.projects.byIdLoader(ctx.loaders).load(invitation.modelProjectId);
    if (!project) throw DomainError.notFound('Modellprojekt', invitation.modelProjectId);
    return toModelProject(project);
  }

  @ResolveField(() => TerritorialUnit, { nullable: true })
  async territorialUnit(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<TerritorialUnit | null> {
    if (!invitation.territorialUnitId) return null;
    const unit = await this.units.byIdLoader(ctx.loaders).load(invitation.territorialUnitId);
    return unit && toTerritorialUnit(unit);
  }

  @ResolveField(() => String, { description: 'Who sent it, by name.' })
  async invitedByName(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<string> {
    if (!invitation.invitedBy) return '';
    return (await this.users.userLoader(ctx.loaders).load(invitation.invitedBy))?.displayName ?? '';
  }
}
