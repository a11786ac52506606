import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
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
  ValidateNested,
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
import { IsLocalDate, IsNotBlank, LocalDateScalar, PageArgs } from '@masswerk/api/core';

const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

/** Plan fields shared by create and update; admins change them, editors do not. */
@InputType({ isAbstract: true })
abstract class MeasurePlanFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) summary?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50000) description?: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  fieldOfActionIds?: string[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  goalIds?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadUnitId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Participating municipalities (spatial effect).' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  participatingUnitIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) responsibleUnit?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) contactName?: string;
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
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) ossLicence?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) ossDocumentationUrl?:
    | string
    | null;
  @Field(() => Transferability, { nullable: true })
  @IsOptional()
  @IsEnum(Transferability)
  transferability?: Transferability;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) transferabilityNotes?: string;
  @Field(() => [ID], { nullable: true, description: 'Municipalities that adopted the measure.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  adopterUnitIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) continuationPlan?: string;
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
  @Field(() => ID) @IsUUID() modelProjectId!: string;
  @Field({
    nullable: true,
    description:
      'Identifier such as EIF-M07: the project code, -M and a number, unique across all projects; assigned automatically when left out, fixed once created.',
  })
  @IsOptional()
  @Matches(MEASURE_CODE_PATTERN, { message: 'code: Projektcode, -M und eine Nummer, z. B. EIF-M07.' })
  code?: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) title!: string;
  @Field(() => Phase) @IsEnum(Phase) phase!: Phase;
  @Field(() => MeasureStatus, { nullable: true }) @IsOptional() @IsEnum(MeasureStatus) status?: MeasureStatus;
}

@InputType({ description: 'The identifier (code) of a measure is fixed when it is created and cannot be changed.' })
export class UpdateMeasureInput extends MeasurePlanFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version this change is based on.' }) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(300) title?: string;
  @Field(() => Phase, { nullable: true }) @IsOptional() @IsEnum(Phase) phase?: Phase;
}

@InputType({
  description: 'What the person responsible for a measure updates: status, actual dates, and overrides with reasons.',
})
export class UpdateMeasureProgressInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => MeasureStatus, { nullable: true }) @IsOptional() @IsEnum(MeasureStatus) status?: MeasureStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() actualEnd?: string | null;
  @Field(() => Int, { nullable: true, description: 'Manual progress 0–100; null clears it. Needs a reason.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  manualProgress?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) manualProgressReason?:
    | string
    | null;
  @Field(() => Health, { nullable: true, description: 'Manual health; null clears it. Needs a reason.' })
  @IsOptional()
  @IsEnum(Health)
  manualHealth?: Health | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) manualHealthReason?:
    | string
    | null;
}

@InputType()
export class SetMeasureAssigneesInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
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
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  modelProjectIds?: string[];
  @Field(() => ID, { nullable: true, description: 'Municipality: lead or participating.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() fieldOfActionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() goalId?: string;
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
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string;
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
  @Field(() => MeasureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasureFilter)
  filter?: MeasureFilter;
  @Field(() => MeasureOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasureOrder)
  orderBy?: MeasureOrder;
}
