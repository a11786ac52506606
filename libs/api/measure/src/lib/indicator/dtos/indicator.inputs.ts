import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches } from 'class-validator';
import {
  IdField,
  IsLocalDate,
  LocalDateScalar,
  NotBlankField,
  OptionalNotBlankField,
  OptionalTextField,
  VersionField,
} from '@masswerk/api/core';

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const DECIMAL_MESSAGE = { message: 'Zahl mit Punkt als Dezimaltrenner und höchstens 4 Nachkommastellen, z. B. 1250.5' };

/** An optional decimal, as text so that it keeps every digit (a baseline, a target). */
const OptionalDecimalField = () =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    Matches(DECIMAL, DECIMAL_MESSAGE),
  );

@InputType()
export class CreateIndicatorInput {
  @IdField() measureId!: string;
  @NotBlankField() name!: string;
  @OptionalTextField(50) unit?: string;
  @OptionalTextField(5000) description?: string;
  @OptionalDecimalField() baselineValue?: string | null;
  @OptionalDecimalField() targetValue?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateIndicatorInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalNotBlankField() name?: string;
  @OptionalTextField(50) unit?: string;
  @OptionalTextField(5000) description?: string;
  @OptionalDecimalField() baselineValue?: string | null;
  @OptionalDecimalField() targetValue?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType({ description: 'Records the value of an indicator on a day (replaces a value of the same day).' })
export class RecordIndicatorValueInput {
  @IdField() indicatorId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() measuredOn!: string;
  @Field() @Matches(DECIMAL, DECIMAL_MESSAGE) value!: string;
  @OptionalTextField(2000) note?: string;
}
