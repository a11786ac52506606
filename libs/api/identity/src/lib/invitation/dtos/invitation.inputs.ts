import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '@masswerk/shared/domain';
import { IdField, NotBlankField, OptionalIdField, OptionalTextField } from '@masswerk/api/core';
import { MIN_PASSWORD_LENGTH } from '../../secrets';

@InputType()
export class InviteProjectMemberInput {
  @IdField() modelProjectId!: string;
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
  @OptionalIdField({ description: 'For editors: the municipality whose measures they answer for.' })
  territorialUnitId?: string | null;
  @OptionalTextField(200, { description: 'How to address the person; a suggestion for a new account.' })
  displayName?: string;
}

@InputType()
export class AcceptInvitationWithNewAccountInput {
  @Field({ description: 'The secret from the invitation link.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;
  @NotBlankField() displayName!: string;
  @Field() @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(200) password!: string;
}
