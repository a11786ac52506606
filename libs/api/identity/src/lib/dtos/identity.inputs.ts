import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Role } from '@masswerk/shared/domain';
import { IsLocalDate, IsNotBlank, LocalDateScalar } from '@masswerk/api/core';
import { MIN_PASSWORD_LENGTH } from '../secrets';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(320) email!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(200) currentPassword!: string;
  @Field() @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(200) newPassword!: string;
}

@InputType({ description: 'Adds a person to a model project; creates the account when the e-mail address is new.' })
export class AddProjectMemberInput {
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field({ nullable: true, description: 'Required for a new account.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  displayName?: string;
  @Field({ nullable: true, description: 'Initial password for a new account; the person changes it after signing in.' })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  initialPassword?: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
  @Field(() => ID, { nullable: true, description: 'For editors: the municipality whose measures they answer for.' })
  @IsOptional()
  @IsUUID()
  territorialUnitId?: string | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() territorialUnitId?: string | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() expiresOn?: string | null;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field() @IsBoolean() disabled!: boolean;
  @Field(() => Int, { description: 'Version of the account the change is based on.' })
  @IsInt()
  @Min(1)
  version!: number;
}
