import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Cents, Phase } from '@masswerk/shared/domain';
import { IsCents, IsLocalDate, IsNotBlank, LocalDateScalar, MoneyScalar } from '@masswerk/api/core';
import { CallOffStatusEnum, ProofKindEnum } from './funding.dto';

const RATE = { min: 0, max: 100 };

@InputType()
export class CreateGrantInput {
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field(() => Phase) @IsEnum(Phase) phase!: Phase;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) commitmentNumber?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() commitmentDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Percent; defaults to the programme rate (65 %, or 90 % in budgetary emergency).',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(RATE.min)
  @Max(RATE.max)
  fundingRate?: number;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) eligibleCosts!: Cents;
  @Field(() => MoneyScalar, { nullable: true, description: 'Defaults to the federal share of the eligible costs.' })
  @IsOptional()
  @IsCents({ min: 0n })
  grantAmount?: Cents;
  @Field(() => MoneyScalar, { nullable: true, description: 'Defaults to the rest of the eligible costs.' })
  @IsOptional()
  @IsCents({ min: 0n })
  ownShare?: Cents;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class UpdateGrantInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) commitmentNumber?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() commitmentDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(RATE.min)
  @Max(RATE.max)
  fundingRate?: number;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) eligibleCosts?: Cents;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) grantAmount?: Cents;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 0n }) ownShare?: Cents;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType({ description: 'Sets one cell of a measure’s cost plan (year × category); 0 removes it.' })
export class SetCostPlanEntryInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => Int) @IsInt() @Min(2015) @Max(2040) year!: number;
  @Field(() => ID) @IsUUID() costCategoryId!: string;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) planned!: Cents;
  @Field(() => Int, { nullable: true, description: 'Version of the existing cell; required when changing one.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType()
export class CreateExpenditureInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => ID) @IsUUID() costCategoryId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() spentOn!: string;
  @Field(() => MoneyScalar, { description: 'Negative for a correction (credit note).' }) @IsCents() amount!: Cents;
  @Field() @IsString() @IsNotBlank() @MaxLength(500) description!: string;
  @Field({ nullable: true, description: 'Invoice or booking number.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  documentReference?: string;
}

@InputType()
export class UpdateExpenditureInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() costCategoryId?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() spentOn?: string;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents() amount?: Cents;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(500) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) documentReference?: string;
}

@InputType()
export class CreateCallOffInput {
  @Field(() => ID) @IsUUID() grantId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() requestedOn!: string;
  @Field(() => MoneyScalar) @IsCents({ min: 1n }) amount!: Cents;
  @Field(() => LocalDateScalar) @IsLocalDate() periodStart!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodEnd!: string;
  @Field(() => CallOffStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CallOffStatusEnum)
  status?: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() paidOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class UpdateCallOffInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() requestedOn?: string;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 1n }) amount?: Cents;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string;
  @Field(() => CallOffStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CallOffStatusEnum)
  status?: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() paidOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class CreateProofInput {
  @Field(() => ID) @IsUUID() grantId!: string;
  @Field(() => ProofKindEnum) @IsEnum(ProofKindEnum) kind!: ProofKindEnum;
  @Field(() => LocalDateScalar) @IsLocalDate() periodStart!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodEnd!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() submittedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class UpdateProofInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() submittedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class UpdateFundingProgrammeInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
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
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) funder!: string;
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
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
}

@InputType()
export class UpdateCostCategoryInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(100) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number;
  @Field({ nullable: true, description: 'Inactive categories stay on old records but are not offered for new ones.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class FundingPeriodArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only plans and expenditures from this day (plans by year).',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() to?: string;
}
