import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROJECT_CODE_PATTERN } from '@masswerk/shared/domain';
import { IsLocalDate, IsNotBlank, LocalDateScalar, PageArgs } from '@masswerk/api/core';

@InputType()
export class PhaseScheduleInput {
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedEnd?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualEnd?: string | null;
}

@InputType()
export class ProjectOfficeInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) phone?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string;
}

@InputType()
export class CreateModelProjectInput {
  @Field()
  @Matches(PROJECT_CODE_PATTERN, { message: 'code: 2 bis 10 Großbuchstaben oder Ziffern, z. B. EIF.' })
  code!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field(() => Int) @IsInt() @Min(2019) @Max(2035) cohortYear!: number;
  @Field(() => ID) @IsUUID() leadUnitId!: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  memberIds?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clusterId?: string | null;
  @Field(() => ProjectOfficeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectOfficeInput)
  office?: ProjectOfficeInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }) websiteUrl?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() budgetaryEmergency?: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'The funding programme whose rates and caps apply; the default programme when left out. Platform only.',
  })
  @IsOptional()
  @IsUUID()
  fundingProgrammeId?: string;
  @Field(() => PhaseScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PhaseScheduleInput)
  phaseA?: PhaseScheduleInput;
  @Field(() => PhaseScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PhaseScheduleInput)
  phaseB?: PhaseScheduleInput;
}

@InputType()
export class UpdateModelProjectInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version this change is based on.' }) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2019) @Max(2035) cohortYear?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadUnitId?: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  memberIds?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clusterId?: string | null;
  @Field(() => ProjectOfficeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectOfficeInput)
  office?: ProjectOfficeInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }) websiteUrl?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() budgetaryEmergency?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Moves the project, with its grants, to another funding programme. Platform only.',
  })
  @IsOptional()
  @IsUUID()
  fundingProgrammeId?: string;
  @Field(() => PhaseScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PhaseScheduleInput)
  phaseA?: PhaseScheduleInput;
  @Field(() => PhaseScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PhaseScheduleInput)
  phaseB?: PhaseScheduleInput;
}

@InputType()
export class ModelProjectFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clusterId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field({ nullable: true, description: 'Only projects the viewer is a member of (not cluster peers).' })
  @IsOptional()
  @IsBoolean()
  mineOnly?: boolean;
}

@ArgsType()
export class ModelProjectsArgs extends PageArgs {
  @Field(() => ModelProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModelProjectFilter)
  filter?: ModelProjectFilter;
}

@InputType()
export class CreateClusterInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType()
export class UpdateClusterInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}
