import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrafficLight } from '@masswerk/shared/domain';
import { LocalDateScalar } from '@masswerk/api/core';

registerEnumType(TrafficLight, { name: 'TrafficLight' });

@ObjectType({ description: 'A periodic update of a measure.' })
export class StatusReport {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) reportDate!: string;
  @Field(() => TrafficLight) trafficLight!: TrafficLight;
  @Field(() => Int) progress!: number;
  @Field() achieved!: string;
  @Field() nextSteps!: string;
  @Field() risks!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int) version!: number;
  measureId!: string;
  modelProjectId!: string;
  authorId!: string | null;
}
