import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate, IsNotBlank, LocalDateScalar } from '@masswerk/api/core';

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => LocalDateScalar) @IsLocalDate() baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() forecastDate?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) @IsOptional() @IsInt() @Min(0) @Max(100) weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Plan fields of a milestone (administrators).' })
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Changing the baseline re-plans the milestone.' })
  @IsOptional()
  @IsLocalDate()
  baselineDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Forecast and completion of a milestone (whoever reports on the measure).' })
export class ReportMilestoneInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() completedOn?: string | null;
}
