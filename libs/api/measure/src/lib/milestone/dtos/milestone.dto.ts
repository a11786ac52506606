import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MilestoneState } from '@masswerk/shared/domain';
import { LocalDateScalar } from '@masswerk/api/core';

registerEnumType(MilestoneState, { name: 'MilestoneState' });

@ObjectType({
  description: 'A milestone with its baseline, forecast and completion: slippage is what councils ask about.',
})
export class Milestone {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => LocalDateScalar, { description: 'The date originally planned.' }) baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The date now expected.' }) forecastDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) completedOn!: string | null;
  @Field(() => Int) weight!: number;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'Days of completion (or forecast) after the baseline; negative when early.' })
  slippageDays!: number;
  @Field(() => MilestoneState) state!: MilestoneState;
  @Field(() => LocalDateScalar, { description: 'Completion, else forecast, else baseline.' }) dueDate!: string;
  measureId!: string;
  modelProjectId!: string;
}
