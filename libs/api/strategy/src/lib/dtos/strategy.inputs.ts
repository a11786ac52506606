import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { IsLocalDate, IsNotBlank, LocalDateScalar } from '@masswerk/api/core';

const CODE = /^[A-Za-z0-9._-]{1,20}$/;
const CODE_MESSAGE = { message: 'code: 1 bis 20 Buchstaben, Ziffern, Punkt, Binde- oder Unterstrich.' };

@InputType()
export class CreateStrategyInput {
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) title!: string;
}

@InputType()
export class UpdateStrategyInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) title!: string;
}

@InputType()
export class StrategyVersionFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) label?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) vision?: string;
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
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) resolutionReference?:
    | string
    | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() acceptedByFunderOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) notes?: string;
}

@InputType()
export class AddStrategyVersionInput extends StrategyVersionFields {
  @Field(() => ID) @IsUUID() strategyId!: string;
}

@InputType()
export class UpdateStrategyVersionInput extends StrategyVersionFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class CreateFieldOfActionInput {
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field() @Matches(CODE, CODE_MESSAGE) code!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateFieldOfActionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @Matches(CODE, CODE_MESSAGE) code?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID) @IsUUID() fieldOfActionId!: string;
  @Field() @Matches(CODE, CODE_MESSAGE) code!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @Matches(CODE, CODE_MESSAGE) code?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
  @Field(() => ID, { nullable: true, description: 'Moves the goal to another field of action.' })
  @IsOptional()
  @IsUUID()
  fieldOfActionId?: string;
}
