import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { IdField, IsLocalDate, LocalDateScalar, NotBlankField, VersionField } from '@masswerk/api/core';
import { ID } from '@nestjs/graphql';

/** A round covers at most this many measures (the largest project of the national data has about 9,500). */
export const ROUND_MAX_MEASURES = 20000;

@InputType()
export class OpenReportingRoundInput {
  @IdField() modelProjectId!: string;
  @NotBlankField(200) name!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodStart!: string;
  @Field(() => LocalDateScalar) @IsLocalDate() periodEnd!: string;
  @Field(() => LocalDateScalar, { description: 'The day by which the reports are asked for; today or later.' })
  @IsLocalDate()
  dueDate!: string;
  @Field(() => [ID], { nullable: true, description: 'The measures of the round; all active ones when absent.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROUND_MAX_MEASURES)
  @IsUUID('all', { each: true })
  measureIds?: string[];
}

@InputType()
export class CloseReportingRoundInput {
  @IdField() id!: string;
  @VersionField() version!: number;
}
