import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  Freshness,
  Health,
  MEASURE_CODE_PATTERN,
  MeasureStatus,
  Phase,
  Priority,
  Transferability,
} from '@masswerk/shared/domain';
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

const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

/** Plan fields shared by create and update; admins change them, editors do not. */
@InputType({ isAbstract: true })
abstract class MeasurePlanFields {
  @OptionalTextField(2000) summary?: string;
  @OptionalTextField(50000) description?: string;
  @OptionalIdsField(20) fieldOfActionIds?: string[];
  @OptionalIdsField(50) goalIds?: string[];
  @OptionalIdField() leadUnitId?: string | null;
  @OptionalIdsField(500, { description: 'Participating municipalities (spatial effect).' })
  participatingUnitIds?: string[];
  @OptionalTextField(200) responsibleUnit?: string;
  @OptionalTextField(200) contactName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) contactEmail?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @ArrayMaxSize(50)
  partners?: string[];
  @Field(() => Priority, { nullable: true }) @IsOptional() @IsEnum(Priority) priority?: Priority;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() flagship?: boolean;
  @Field({
    nullable: true,
    description: 'Strategy work of Phase A, not an implementation measure; only for Phase A. Project office only.',
  })
  @IsOptional()
  @IsBoolean()
  strategyWork?: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() plannedEnd?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) ossRepositoryUrl?:
    | string
    | null;
  @OptionalTextField(100) ossLicence?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) ossDocumentationUrl?:
    | string
    | null;
  @Field(() => Transferability, { nullable: true })
  @IsOptional()
  @IsEnum(Transferability)
  transferability?: Transferability;
  @OptionalTextField(5000) transferabilityNotes?: string;
  @OptionalIdsField(500, { description: 'Municipalities that adopted the measure.' }) adopterUnitIds?: string[];
  @OptionalTextField(20000) continuationPlan?: string;
  @OptionalTextField(2000) budgetDeviationReason?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  @ArrayMaxSize(30)
  tags?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() published?: boolean;
}

@InputType()
export class CreateMeasureInput extends MeasurePlanFields {
  @IdField() modelProjectId!: string;
  @Field({
    nullable: true,
    description:
      'Identifier such as EIF-M07: the project code, -M and a number, unique across all projects; assigned automatically when left out, fixed once created.',
  })
  @IsOptional()
  @Matches(MEASURE_CODE_PATTERN, { message: 'code: Projektcode, -M und eine Nummer, z. B. EIF-M07.' })
  code?: string;
  @NotBlankField(300) title!: string;
  @Field(() => Phase) @IsEnum(Phase) phase!: Phase;
  @Field(() => MeasureStatus, { nullable: true }) @IsOptional() @IsEnum(MeasureStatus) status?: MeasureStatus;
}

@InputType({ description: 'The identifier (code) of a measure is fixed when it is created and cannot be changed.' })
export class UpdateMeasureInput extends MeasurePlanFields {
  @IdField() id!: string;
  @VersionField({ description: 'The version this change is based on.' }) version!: number;
  @OptionalNotBlankField(300) title?: string;
  @Field(() => Phase, { nullable: true }) @IsOptional() @IsEnum(Phase) phase?: Phase;
}

@InputType({
  description: 'What the person responsible for a measure updates: status, actual dates, and overrides with reasons.',
})
export class UpdateMeasureProgressInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => MeasureStatus, { nullable: true }) @IsOptional() @IsEnum(MeasureStatus) status?: MeasureStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualEnd?: string | null;
  @Field(() => Int, { nullable: true, description: 'Manual progress 0–100; null clears it. Needs a reason.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  manualProgress?: number | null;
  @OptionalTextField(2000) manualProgressReason?: string | null;
  @Field(() => Health, { nullable: true, description: 'Manual health; null clears it. Needs a reason.' })
  @IsOptional()
  @IsEnum(Health)
  manualHealth?: Health | null;
  @OptionalTextField(2000) manualHealthReason?: string | null;
}

@InputType()
export class SetMeasureAssigneesInput {
  @IdField() measureId!: string;
  @VersionField() version!: number;
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMaxSize(50) userIds!: string[];
}

export enum MeasureSortField {
  CODE = 'CODE',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  PLANNED_START = 'PLANNED_START',
  PLANNED_END = 'PLANNED_END',
  UPDATED_AT = 'UPDATED_AT',
  PROGRESS = 'PROGRESS',
  LAST_REPORT = 'LAST_REPORT',
  /** Active measures with the nearest milestone or report deadline first: "what is due or stale". */
  DUE_FIRST = 'DUE_FIRST',
}
registerEnumType(MeasureSortField, { name: 'MeasureSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class MeasureOrder {
  @Field(() => MeasureSortField) @IsEnum(MeasureSortField) field!: MeasureSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection =
    SortDirection.ASC;
}

@InputType()
export class MeasureFilter {
  @OptionalIdsField(100) modelProjectIds?: string[];
  @OptionalIdField({ description: 'Municipality: lead or participating.' }) municipalityId?: string;
  @OptionalIdField() fieldOfActionId?: string;
  @OptionalIdField() goalId?: string;
  @Field(() => [MeasureStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(MeasureStatus, { each: true })
  statuses?: MeasureStatus[];
  @Field(() => Phase, { nullable: true }) @IsOptional() @IsEnum(Phase) phase?: Phase;
  @Field(() => [Health], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(Health, { each: true })
  health?: Health[];
  @Field(() => [Freshness], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(Freshness, { each: true })
  freshness?: Freshness[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() flagship?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() published?: boolean;
  @Field({ nullable: true, description: 'Only measures the viewer may report on.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
  @Field({ nullable: true, description: 'Only measures with an overdue milestone.' })
  @IsOptional()
  @IsBoolean()
  hasOverdueMilestone?: boolean;
  @OptionalTextField(50) tag?: string;
  @Field({
    nullable: true,
    description: 'Words in code, title, summary or responsible unit (German stemming, prefixes).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class MeasuresArgs extends PageArgs {
  @OptionalNestedField(() => MeasureFilter) filter?: MeasureFilter;
  @OptionalNestedField(() => MeasureOrder) orderBy?: MeasureOrder;
}
