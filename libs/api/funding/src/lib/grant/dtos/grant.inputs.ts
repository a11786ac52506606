import { Field, Float, InputType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { Cents, Phase } from '@masswerk/shared/domain';
import {
  IdField,
  IsCents,
  IsLocalDate,
  LocalDateScalar,
  MoneyScalar,
  OptionalTextField,
  VersionField,
} from '@masswerk/api/core';
import { CallOffStatusEnum, ProofKindEnum } from './grant.dto';

const RATE = { min: 0, max: 100 };

@InputType()
export class CreateGrantInput {
  @IdField() modelProjectId!: string;
  @Field(() => Phase) @IsEnum(Phase) phase!: Phase;
  @OptionalTextField(100) commitmentNumber?: string;
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
  @OptionalTextField(5000) notes?: string;
}

@InputType()
export class UpdateGrantInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalTextField(100) commitmentNumber?: string;
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
  @OptionalTextField(5000) notes?: string;
}

@InputType()
export class CreateCallOffInput {
  @IdField() grantId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() requestedOn!: string;
  @Field(() => MoneyScalar) @IsCents({ min: 1n }) amount!: Cents;
  @Field(() => LocalDateScalar) @IsLocalDate() periodStart!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodEnd!: string;
  @Field(() => CallOffStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CallOffStatusEnum)
  status?: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() paidOn?: string | null;
  @OptionalTextField(200) reference?: string;
}

@InputType()
export class UpdateCallOffInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() requestedOn?: string;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents({ min: 1n }) amount?: Cents;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string;
  @Field(() => CallOffStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CallOffStatusEnum)
  status?: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() paidOn?: string | null;
  @OptionalTextField(200) reference?: string;
}

@InputType()
export class CreateProofInput {
  @IdField() grantId!: string;
  @Field(() => ProofKindEnum) @IsEnum(ProofKindEnum) kind!: ProofKindEnum;
  @Field(() => LocalDateScalar) @IsLocalDate() periodStart!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodEnd!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() submittedOn?: string | null;
  @OptionalTextField(5000) notes?: string;
}

@InputType()
export class UpdateProofInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodStart?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() periodEnd?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() submittedOn?: string | null;
  @OptionalTextField(5000) notes?: string;
}
