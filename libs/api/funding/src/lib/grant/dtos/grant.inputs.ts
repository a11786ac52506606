import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Cents, Phase } from '@masswerk/shared/domain';
import { IsCents, IsLocalDate, LocalDateScalar, MoneyScalar } from '@masswerk/api/core';
import { CallOffStatusEnum, ProofKindEnum } from './grant.dto';

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
