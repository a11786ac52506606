import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '@masswerk/shared/domain';
import { IsNotBlank } from '@masswerk/api/core';
import { MIN_PASSWORD_LENGTH } from '../../secrets';

@InputType()
export class InviteProjectMemberInput {
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
  @Field(() => ID, { nullable: true, description: 'For editors: the municipality whose measures they answer for.' })
  @IsOptional()
  @IsUUID()
  territorialUnitId?: string | null;
  @Field({ nullable: true, description: 'How to address the person; a suggestion for a new account.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;
}

@InputType()
export class AcceptInvitationWithNewAccountInput {
  @Field({ description: 'The secret from the invitation link.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) displayName!: string;
  @Field() @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(200) password!: string;
}
