import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, Role } from '@masswerk/shared/domain';
import { ConnectionType, LocalDateScalar } from '@masswerk/api/core';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  /** A field resolver: only for the account's holder and platform administrators. */
  isPlatformAdmin!: boolean;
  @Field() disabled!: boolean;
  /** A field resolver: only for the account's holder and platform administrators. */
  lastSignInAt!: Date | null;
  /** A field resolver: only for the account's holder and platform administrators. */
  language!: Language;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A user's role in one model project." })
export class Membership {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Int) version!: number;
  userId!: string;
  modelProjectId!: string;
  territorialUnitId!: string | null;
}

@ObjectType({ description: 'The signed-in user and their memberships.' })
export class Viewer {
  @Field(() => User) user!: User;
  @Field(() => [Membership]) memberships!: Membership[];
}

@ObjectType({
  description: 'A personal API token for scripts (e.g. pulling exports). The secret is never shown again.',
})
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the token, to recognise it.' }) prefix!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => LocalDateScalar, { nullable: true }) expiresOn!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken) token!: ApiToken;
  @Field({ description: 'The secret, shown only now. Send it as `Authorization: Bearer <secret>`.' }) secret!: string;
}

@ObjectType()
export class UserConnection extends ConnectionType(User) {}
