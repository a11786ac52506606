import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Cents } from '@masswerk/shared/domain';
import { IsCents, IsLocalDate, IsNotBlank, LocalDateScalar, MoneyScalar } from '@masswerk/api/core';

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
