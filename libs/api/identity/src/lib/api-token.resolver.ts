import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { ApiToken, CreatedApiToken } from './dtos/identity.dto';
import { CreateApiTokenInput } from './dtos/identity.inputs';
import { ApiTokenService } from './api-token.service';
import { toApiToken } from './identity.mapper';

/** Tokens are managed in the dashboard only: a token cannot list, create or revoke tokens. */
@Resolver(() => ApiToken)
@Access(AccessPolicy.SESSION)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiToken], { description: "The viewer's own API tokens." })
  async apiTokens(@CurrentActor() actor: Actor): Promise<ApiToken[]> {
    return (await this.tokens.list(actor)).map(toApiToken);
  }

  @Mutation(() => CreatedApiToken)
  async createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const { token, secret } = await this.tokens.create(actor, input);
    return { token: toApiToken(token), secret };
  }

  @Mutation(() => ApiToken)
  async revokeApiToken(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ApiToken> {
    return toApiToken(await this.tokens.revoke(actor, id));
  }
}
