import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { Role } from '@masswerk/shared/domain';
import {
  IdField,
  IsLocalDate,
  LocalDateScalar,
  NotBlankField,
  OptionalIdField,
  OptionalTextField,
  PageArgs,
  VersionField,
} from '@masswerk/api/core';
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

@InputType()
export class UpdateMembershipInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @OptionalIdField() territorialUnitId?: string | null;
}

@InputType()
export class CreateApiTokenInput {
  @NotBlankField(100) name!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() expiresOn?: string | null;
}

@InputType()
export class SetUserDisabledInput {
  @IdField() userId!: string;
  @Field() @IsBoolean() disabled!: boolean;
  @Field(() => Int, { description: 'Version of the account the change is based on.' })
  @IsInt()
  @Min(1)
  version!: number;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @OptionalTextField(100, { description: 'Part of the name or e-mail address.' }) search?: string;
}

@InputType({ description: 'A new password, set with the secret of a reset link.' })
export class ResetPasswordInput {
  @Field() @IsString() @MinLength(20) @MaxLength(200) token!: string;
  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen.` })
  @MaxLength(200)
  password!: string;
}
