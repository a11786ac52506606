import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  IdField,
  IsLocalDate,
  LocalDateScalar,
  NotBlankField,
  OptionalNotBlankField,
  OptionalTextField,
  VersionField,
} from '@masswerk/api/core';

@InputType()
export class CreateMilestoneInput {
  @IdField() measureId!: string;
  @NotBlankField(300) title!: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => LocalDateScalar) @IsLocalDate() baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() forecastDate?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) @IsOptional() @IsInt() @Min(0) @Max(100) weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Plan fields of a milestone (administrators).' })
export class UpdateMilestoneInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalNotBlankField(300) title?: string;
  @OptionalTextField(5000) description?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Changing the baseline re-plans the milestone.' })
  @IsOptional()
  @IsLocalDate()
  baselineDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Forecast and completion of a milestone (whoever reports on the measure).' })
export class ReportMilestoneInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() completedOn?: string | null;
}
