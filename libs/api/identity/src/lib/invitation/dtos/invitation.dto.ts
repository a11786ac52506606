import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@masswerk/shared/domain';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  /** Pending, but past its expiry: it can be sent again. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({
  description:
    'An offer of a role in a project, sent to an e-mail address. It shows only what the inviting administrator typed; whether an account exists for the address is not revealed.',
})
export class Invitation {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field({ description: 'The name the administrator gave (may be empty).' }) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Int) version!: number;
  modelProjectId!: string;
  territorialUnitId!: string | null;
  invitedBy!: string | null;
}

@ObjectType({ description: 'What the link of an invitation shows before sign-in: to the holder of the link only.' })
export class InvitationPreview {
  @Field(() => ID, { description: 'To accept or decline once signed in.' }) id!: string;
  @Field() projectCode!: string;
  @Field() projectName!: string;
  @Field(() => Role) role!: Role;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field({ description: 'Whether the address has an account: then sign in and accept; else create one here.' })
  accountExists!: boolean;
}
