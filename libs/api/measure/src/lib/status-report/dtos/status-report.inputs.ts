import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { TrafficLight } from '@masswerk/shared/domain';
import { IdField, IsLocalDate, LocalDateScalar, OptionalTextField, VersionField } from '@masswerk/api/core';

@InputType()
export class CreateStatusReportInput {
  @IdField() measureId!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  @IsLocalDate()
  reportDate?: string;
  @Field(() => TrafficLight) @IsEnum(TrafficLight) trafficLight!: TrafficLight;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) progress!: number;
  @OptionalTextField(5000) achieved?: string;
  @OptionalTextField(5000) nextSteps?: string;
  @OptionalTextField(5000) risks?: string;
}

@InputType()
export class UpdateStatusReportInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() reportDate?: string;
  @Field(() => TrafficLight, { nullable: true }) @IsOptional() @IsEnum(TrafficLight) trafficLight?: TrafficLight;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) progress?: number;
  @OptionalTextField(5000) achieved?: string;
  @OptionalTextField(5000) nextSteps?: string;
  @OptionalTextField(5000) risks?: string;
}
