import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { Cents } from '@masswerk/shared/domain';
import { IsCents, MoneyScalar, NotBlankField, OptionalNotBlankField, IdField, VersionField } from '@masswerk/api/core';

@InputType()
export class UpdateFundingProgrammeInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  standardRate?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  emergencyRate?: number;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) phaseACap?: Cents;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) phaseAMeasuresCap?: Cents;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) phaseBCap?: Cents;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(240) proofMonthsA?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(240) proofMonthsB?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) interimProofMonths?: number;
}

@InputType({ description: 'A further funding programme with its own rates, caps and deadlines.' })
export class CreateFundingProgrammeInput {
  @Field({ description: 'Stable code, e.g. MPSC-436.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code: 2 bis 40 Großbuchstaben, Ziffern oder Bindestriche.' })
  code!: string;
  @NotBlankField() name!: string;
  @NotBlankField() funder!: string;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100) standardRate!: number;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100) emergencyRate!: number;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) phaseACap!: Cents;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) phaseAMeasuresCap!: Cents;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) phaseBCap!: Cents;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) proofMonthsA!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) proofMonthsB!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(60) interimProofMonths!: number;
}

@InputType()
export class CreateCostCategoryInput {
  @Field() @Matches(/^[A-Z_]{2,40}$/, { message: 'code: 2 bis 40 Großbuchstaben oder Unterstriche.' }) code!: string;
  @NotBlankField(100) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateCostCategoryInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalNotBlankField(100) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
  @Field({ nullable: true, description: 'Inactive categories stay on old records but are not offered for new ones.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
