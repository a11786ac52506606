import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents } from '@masswerk/shared/domain';
import { MoneyScalar } from '@masswerk/api/core';

@ObjectType({
  description:
    'A funding programme with its rates and caps, e.g. Modellprojekte Smart Cities (KfW 436). Each model project is funded by one.',
})
export class FundingProgramme {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() funder!: string;
  @Field(() => Float, { description: 'Funding rate in percent, e.g. 65.' }) standardRate!: number;
  @Field(() => Float, { description: 'Rate for municipalities in budgetary emergency, e.g. 90.' })
  emergencyRate!: number;
  @Field(() => MoneyScalar) phaseACap!: Cents;
  @Field(() => MoneyScalar, { description: 'Of the Phase A cap, at most this for first implementation measures.' })
  phaseAMeasuresCap!: Cents;
  @Field(() => MoneyScalar) phaseBCap!: Cents;
  @Field(() => Int) proofMonthsA!: number;
  @Field(() => Int) proofMonthsB!: number;
  @Field(() => Int) interimProofMonths!: number;
  @Field({ description: 'The programme new model projects get when none is named.' }) isDefault!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A cost category of plans and expenditures (configurable).' })
export class CostCategory {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) sortOrder!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}
