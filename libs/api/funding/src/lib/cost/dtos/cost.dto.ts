import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents } from '@masswerk/shared/domain';
import { LocalDateScalar, MoneyScalar } from '@masswerk/api/core';

@ObjectType()
export class CostPlanEntry {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID) costCategoryId!: string;
  @Field(() => MoneyScalar) planned!: Cents;
  @Field(() => Int) version!: number;
  measureId!: string;
}

@ObjectType({ description: 'An actual expenditure of a measure.' })
export class Expenditure {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) spentOn!: string;
  @Field(() => ID) costCategoryId!: string;
  @Field(() => MoneyScalar) amount!: Cents;
  @Field() description!: string;
  @Field() documentReference!: string;
  @Field(() => Int) version!: number;
  measureId!: string;
  modelProjectId!: string;
}
