import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TerritorialUnitKind } from '@masswerk/shared/domain';
import { IsNotBlank, PageArgs } from '@masswerk/api/core';

@InputType()
export class CreateTerritorialUnitInput {
  @Field(() => TerritorialUnitKind) @IsEnum(TerritorialUnitKind) kind!: TerritorialUnitKind;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'ars muss aus 12 Ziffern bestehen.' })
  ars?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'ags muss aus 8 Ziffern bestehen.' })
  ags?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
}

@InputType()
export class UpdateTerritorialUnitInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version this change is based on.' }) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'ars muss aus 12 Ziffern bestehen.' })
  ars?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'ags muss aus 8 Ziffern bestehen.' })
  ags?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
}

@InputType()
export class TerritorialUnitFilter {
  @Field(() => [TerritorialUnitKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(TerritorialUnitKind, { each: true })
  kinds?: TerritorialUnitKind[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string;
  @Field({ nullable: true, description: 'Beginning of the name, or of the ARS/AGS.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class TerritorialUnitsArgs extends PageArgs {
  @Field(() => TerritorialUnitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TerritorialUnitFilter)
  filter?: TerritorialUnitFilter;
}
