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

@InputType()
export class CreateTerritorialUnitInput {
  @Field(() => TerritorialUnitKind) @IsEnum(TerritorialUnitKind) kind!: TerritorialUnitKind;
  @NotBlankField() name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'ars muss aus 12 Ziffern bestehen.' })
  ars?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'ags muss aus 8 Ziffern bestehen.' })
  ags?: string | null;
  @OptionalIdField() parentId?: string | null;
}

@InputType()
export class UpdateTerritorialUnitInput {
  @IdField() id!: string;
  @VersionField({ description: 'The version this change is based on.' }) version!: number;
  @OptionalNotBlankField() name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'ars muss aus 12 Ziffern bestehen.' })
  ars?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'ags muss aus 8 Ziffern bestehen.' })
  ags?: string | null;
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
