import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Cents } from '@masswerk/shared/domain';
import {
  IdField,
  IsCents,
  IsLocalDate,
  LocalDateScalar,
  MoneyScalar,
  NotBlankField,
  OptionalIdField,
  OptionalNotBlankField,
  OptionalTextField,
  VersionField,
} from '@masswerk/api/core';

@InputType({ description: 'Sets one cell of a measure’s cost plan (year × category); 0 removes it.' })
export class SetCostPlanEntryInput {
  @IdField() measureId!: string;
  @Field(() => Int) @IsInt() @Min(2015) @Max(2040) year!: number;
  @IdField() costCategoryId!: string;
  @Field(() => MoneyScalar) @IsCents({ min: 0n }) planned!: Cents;
  @Field(() => Int, { nullable: true, description: 'Version of the existing cell; required when changing one.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType()
export class CreateExpenditureInput {
  @IdField() measureId!: string;
  @IdField() costCategoryId!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() spentOn!: string;
  @Field(() => MoneyScalar, { description: 'Negative for a correction (credit note).' }) @IsCents() amount!: Cents;
  @NotBlankField(500) description!: string;
  @OptionalTextField(200, { description: 'Invoice or booking number.' }) documentReference?: string;
}

@InputType()
export class UpdateExpenditureInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalIdField() costCategoryId?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() spentOn?: string;
  @Field(() => MoneyScalar, { nullable: true }) @IsOptional() @IsCents() amount?: Cents;
  @OptionalNotBlankField(500) description?: string;
  @OptionalTextField(200) documentReference?: string;
}
