import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TrafficLight } from '@masswerk/shared/domain';
import { IsLocalDate, LocalDateScalar } from '@masswerk/api/core';

@InputType()
export class CreateStatusReportInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  @IsLocalDate()
  reportDate?: string;
  @Field(() => TrafficLight) @IsEnum(TrafficLight) trafficLight!: TrafficLight;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) progress!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) achieved?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) nextSteps?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) risks?: string;
}

@InputType()
export class UpdateStatusReportInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() reportDate?: string;
  @Field(() => TrafficLight, { nullable: true }) @IsOptional() @IsEnum(TrafficLight) trafficLight?: TrafficLight;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) progress?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) achieved?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) nextSteps?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) risks?: string;
}
