import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsUrl, IsUUID, Matches, Max, Min } from 'class-validator';
import { PROJECT_CODE_PATTERN } from '@masswerk/shared/domain';
import {
  IdField,
  IsLocalDate,
  LocalDateScalar,
  NotBlankField,
  OptionalIdField,
  OptionalIdsField,
  OptionalNestedField,
  OptionalNotBlankField,
  OptionalTextField,
  PageArgs,
  VersionField,
} from '@masswerk/api/core';

@InputType()
export class PhaseScheduleInput {
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedEnd?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualEnd?: string | null;
}

@InputType()
export class ProjectOfficeInput {
  @OptionalTextField(200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() email?: string | null;
  @OptionalTextField(50) phone?: string | null;
  @OptionalTextField(500) address?: string;
}

@InputType()
export class CreateModelProjectInput {
  @Field()
  @Matches(PROJECT_CODE_PATTERN, { message: 'code: 2 bis 10 Großbuchstaben oder Ziffern, z. B. EIF.' })
  code!: string;
  @NotBlankField() name!: string;
  @Field(() => Int) @IsInt() @Min(2019) @Max(2035) cohortYear!: number;
  @IdField() leadUnitId!: string;
  @OptionalIdsField(500) memberIds?: string[];
  @OptionalIdField() clusterId?: string | null;
  @OptionalNestedField(() => ProjectOfficeInput) office?: ProjectOfficeInput;
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
  @OptionalNestedField(() => PhaseScheduleInput) phaseA?: PhaseScheduleInput;
  @OptionalNestedField(() => PhaseScheduleInput) phaseB?: PhaseScheduleInput;
}

@InputType()
export class UpdateModelProjectInput {
  @IdField() id!: string;
  @VersionField({ description: 'The version this change is based on.' }) version!: number;
  @OptionalNotBlankField() name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2019) @Max(2035) cohortYear?: number;
  @OptionalIdField() leadUnitId?: string;
  @OptionalIdsField(500) memberIds?: string[];
  @OptionalIdField() clusterId?: string | null;
  @OptionalNestedField(() => ProjectOfficeInput) office?: ProjectOfficeInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }) websiteUrl?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() budgetaryEmergency?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Moves the project, with its grants, to another funding programme. Platform only.',
  })
  @IsOptional()
  @IsUUID()
  fundingProgrammeId?: string;
  @OptionalNestedField(() => PhaseScheduleInput) phaseA?: PhaseScheduleInput;
  @OptionalNestedField(() => PhaseScheduleInput) phaseB?: PhaseScheduleInput;
}

@InputType()
export class ModelProjectFilter {
  @OptionalIdField() clusterId?: string;
  @OptionalTextField(100) search?: string;
  @Field({ nullable: true, description: 'Only projects the viewer is a member of (not cluster peers).' })
  @IsOptional()
  @IsBoolean()
  mineOnly?: boolean;
}

@ArgsType()
export class ModelProjectsArgs extends PageArgs {
  @OptionalNestedField(() => ModelProjectFilter) filter?: ModelProjectFilter;
}

@InputType()
export class CreateClusterInput {
  @NotBlankField() name!: string;
  @OptionalTextField(5000) description?: string;
}

@InputType()
export class UpdateClusterInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @OptionalNotBlankField() name?: string;
  @OptionalTextField(5000) description?: string;
}
