import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Min, MaxLength } from 'class-validator';
import { IsLocalDate, IsNotBlank, LocalDateScalar } from '@masswerk/api/core';

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const DECIMAL_MESSAGE = { message: 'Zahl mit Punkt als Dezimaltrenner und höchstens 4 Nachkommastellen, z. B. 1250.5' };

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) unit?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, DECIMAL_MESSAGE) baselineValue?:
    | string
    | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, DECIMAL_MESSAGE) targetValue?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) unit?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, DECIMAL_MESSAGE) baselineValue?:
    | string
    | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DECIMAL, DECIMAL_MESSAGE) targetValue?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Records the value of an indicator on a day (replaces a value of the same day).' })
export class RecordIndicatorValueInput {
  @Field(() => ID) @IsUUID() indicatorId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() measuredOn!: string;
  @Field() @Matches(DECIMAL, DECIMAL_MESSAGE) value!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
