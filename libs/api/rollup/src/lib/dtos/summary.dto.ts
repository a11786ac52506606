import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Health, MeasureStatus } from '@masswerk/shared/domain';

@ObjectType()
export class StatusCount {
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class HealthCount {
  @Field(() => Health) health!: Health;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Where a set of measures stands (rules: docs/rules.md).' })
export class PortfolioSummary {
  @Field(() => Int) measureCount!: number;
  @Field(() => [StatusCount], { description: 'Every status, also those with no measures.' }) byStatus!: StatusCount[];
  @Field(() => [HealthCount]) byHealth!: HealthCount[];
  @Field(() => Int, { nullable: true, description: 'Mean progress of the measures that are not stopped.' })
  averageProgress!: number | null;
  @Field(() => Int, { description: 'Active measures without a status report for more than 60 days.' })
  staleMeasures!: number;
  @Field(() => Int) overdueMilestones!: number;
  @Field(() => Int, { description: 'Open milestones due within 30 days.' }) milestonesDueSoon!: number;
  @Field(() => Int) milestoneCount!: number;
  @Field(() => Int, { description: 'Milestones completed or forecast after their baseline.' })
  slippedMilestones!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean slippage of all milestones in days (completion or forecast against baseline).',
  })
  averageSlippageDays!: number | null;
}

export enum SummaryDimension {
  FIELD_OF_ACTION = 'FIELD_OF_ACTION',
  MUNICIPALITY = 'MUNICIPALITY',
  MODEL_PROJECT = 'MODEL_PROJECT',
}
registerEnumType(SummaryDimension, {
  name: 'SummaryDimension',
  description:
    'A measure counts in every field of action it serves and in every municipality it involves (lead or participating).',
});

@ObjectType({ description: 'The summary of one field of action, municipality or model project.' })
export class SummaryGroup {
  @Field(() => ID) key!: string;
  @Field(() => SummaryDimension) dimension!: SummaryDimension;
  @Field(() => PortfolioSummary) summary!: PortfolioSummary;
}
