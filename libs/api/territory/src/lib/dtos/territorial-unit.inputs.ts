import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, Matches } from 'class-validator';
import { TerritorialUnitKind } from '@masswerk/shared/domain';
import {
  NotBlankField,
  OptionalIdField,
  OptionalNestedField,
  OptionalNotBlankField,
  OptionalTextField,
  PageArgs,
  IdField,
  VersionField,
} from '@masswerk/api/core';

/** An optional official key of a unit (ARS: 12 digits, AGS: 8), digits only. */
const OptionalKeyField = (name: string, digits: number) =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    Matches(new RegExp(`^\\d{${digits}}$`), { message: `${name} muss aus ${digits} Ziffern bestehen.` }),
  );

@InputType()
export class CreateTerritorialUnitInput {
  @Field(() => TerritorialUnitKind) @IsEnum(TerritorialUnitKind) kind!: TerritorialUnitKind;
  @NotBlankField() name!: string;
  @OptionalKeyField('ars', 12) ars?: string | null;
  @OptionalKeyField('ags', 8) ags?: string | null;
  @OptionalIdField() parentId?: string | null;
}

@InputType()
export class UpdateTerritorialUnitInput {
  @IdField() id!: string;
  @VersionField({ description: 'The version this change is based on.' }) version!: number;
  @OptionalNotBlankField() name?: string;
  @OptionalKeyField('ars', 12) ars?: string | null;
  @OptionalKeyField('ags', 8) ags?: string | null;
  @OptionalIdField() parentId?: string | null;
}

@InputType()
export class TerritorialUnitFilter {
  @Field(() => [TerritorialUnitKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(TerritorialUnitKind, { each: true })
  kinds?: TerritorialUnitKind[];
  @OptionalIdField() parentId?: string;
  @OptionalTextField(100, { description: 'Beginning of the name, or of the ARS/AGS.' }) search?: string;
}

@ArgsType()
export class TerritorialUnitsArgs extends PageArgs {
  @OptionalNestedField(() => TerritorialUnitFilter) filter?: TerritorialUnitFilter;
}
