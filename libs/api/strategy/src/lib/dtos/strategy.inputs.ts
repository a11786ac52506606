import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  IdField,
  IsLocalDate,
  LocalDateScalar,
  NotBlankField,
  OptionalIdField,
  OptionalNotBlankField,
  OptionalTextField,
  VersionField,
} from '@masswerk/api/core';

const CODE = /^[A-Za-z0-9._-]{1,20}$/;
const CODE_MESSAGE = { message: 'code: 1 bis 20 Buchstaben, Ziffern, Punkt, Binde- oder Unterstrich.' };

@InputType()
export class CreateStrategyInput {
  @IdField() modelProjectId!: string;
  @NotBlankField(300) title!: string;
}

@InputType()
export class UpdateStrategyInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @NotBlankField(300) title!: string;
}

@InputType()
export class StrategyVersionFields {
  @OptionalTextField(200) label?: string;
  @OptionalTextField(20000) vision?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  @ArrayMaxSize(50)
  targetPictures?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @ArrayMaxSize(50)
  values?: string[];
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() adoptedOn?: string | null;
  @OptionalTextField(200) resolutionReference?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() acceptedByFunderOn?: string | null;
  @OptionalTextField(20000) notes?: string;
}

@InputType()
export class AddStrategyVersionInput extends StrategyVersionFields {
  @IdField() strategyId!: string;
}

@InputType()
export class UpdateStrategyVersionInput extends StrategyVersionFields {
  @IdField() id!: string;
  @VersionField() version!: number;
}

@InputType()
export class CreateFieldOfActionInput {
  @IdField() modelProjectId!: string;
  @Field() @Matches(CODE, CODE_MESSAGE) code!: string;
  @NotBlankField() name!: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateFieldOfActionInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field({ nullable: true }) @IsOptional() @Matches(CODE, CODE_MESSAGE) code?: string;
  @OptionalNotBlankField() name?: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class CreateGoalInput {
  @IdField() fieldOfActionId!: string;
  @Field() @Matches(CODE, CODE_MESSAGE) code!: string;
  @NotBlankField(300) title!: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateGoalInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field({ nullable: true }) @IsOptional() @Matches(CODE, CODE_MESSAGE) code?: string;
  @OptionalNotBlankField(300) title?: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
  @OptionalIdField({ description: 'Moves the goal to another field of action.' }) fieldOfActionId?: string;
}
