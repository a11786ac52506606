import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsLocalDate, LocalDateScalar } from '@masswerk/api/core';

@ArgsType()
export class FundingPeriodArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only plans and expenditures from this day (plans by year).',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsLocalDate() to?: string;
}
