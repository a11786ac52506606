import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { ResetPasswordInput } from './dtos/identity.inputs';
import { PasswordResetService } from './password-reset.service';

/** Password resets by a one-time link (decision 0048). */
@Resolver()
@Access(AccessPolicy.AUTHENTICATED)
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Sends the account a one-time link (24 hours) to set a new password, replacing any earlier link (platform administrators).',
  })
  @Access(AccessPolicy.PLATFORM_ADMIN, AccessPolicy.SESSION)
  async sendPasswordReset(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.resets.send(actor, userId);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the secret of a reset link (public: the link is the secret); every session of the account ends.',
  })
  @Access(AccessPolicy.PUBLIC)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.resets.reset(input.token, input.password);
    return true;
  }
}
