import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@masswerk/api/core';

@ObjectType()
export class IndicatorValue {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) measuredOn!: string;
  @Field({ description: 'Decimal number as text, exact.' }) value!: string;
  @Field() note!: string;
}

@ObjectType({ description: 'An indicator with baseline, target and measured values over time.' })
export class Indicator {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) baselineValue!: string | null;
  @Field(() => String, { nullable: true }) targetValue!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) targetDate!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  measureId!: string;
  modelProjectId!: string;
}
