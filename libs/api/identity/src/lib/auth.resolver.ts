import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, APP_CONFIG, Ctx, CurrentActor } from '@masswerk/api/core';
import type { AppConfig, RequestContext } from '@masswerk/api/core';
import { Viewer } from './dtos/identity.dto';
import { ChangePasswordInput, SignInInput } from './dtos/identity.inputs';
import { AuthService } from './auth.service';
import { ActorService } from './actor.service';
import { UserService } from './user.service';
import { toMembership, toUser } from './identity.mapper';
import { CSRF_COOKIE, SESSION_COOKIE } from './secrets';
import { setSessionCookies } from './session-cookies';
import { MembershipEntity } from './entities';

@Resolver(() => Viewer)
@Access(AccessPolicy.AUTHENTICATED)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly actors: ActorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null.' })
  @Access(AccessPolicy.PUBLIC)
  async viewer(@CurrentActor() actor: Actor, @Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!actor.userId) return null;
    const [user, memberships] = await Promise.all([
      this.users.userLoader(ctx.loaders).load(actor.userId),
      this.users.membershipsByUserLoader(ctx.loaders).load(actor.userId),
    ]);
    return user && { user: toUser(user), memberships: memberships.map(toMembership) };
  }

  @Mutation(() => Viewer, { description: 'Signs in and sets the session cookie.' })
  @Access(AccessPolicy.PUBLIC)
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    const session = await this.auth.signIn(input, ctx.req.ip);
    // The rest of this request (nested fields of the answer) is made as the person who just signed in.
    ctx.actor = await this.actors.forUser(session.user.id);
    setSessionCookies(ctx.reply, session, this.config);
    const memberships: MembershipEntity[] = await this.users.membershipsByUserLoader(ctx.loaders).load(session.user.id);
    return { user: toUser(session.user), memberships: memberships.map(toMembership) };
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookies.' })
  @Access(AccessPolicy.PUBLIC)
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(ctx.sessionId);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    ctx.reply.clearCookie(CSRF_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the own password; other sessions of the user end.' })
  @Access(AccessPolicy.SESSION)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, input, ctx.sessionId);
    return true;
  }
}
