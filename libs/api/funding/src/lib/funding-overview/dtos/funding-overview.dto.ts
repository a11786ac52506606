import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents, FundingWarningCode, Phase } from '@masswerk/shared/domain';
import { LocalDateScalar, MoneyScalar } from '@masswerk/api/core';
import { FundingProgramme } from '../../programme/dtos/programme.dto';
import { CallOff, Grant, Proof } from '../../grant/dtos/grant.dto';

registerEnumType(FundingWarningCode, { name: 'FundingWarningCode' });

export enum WarningSeverity {
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}
registerEnumType(WarningSeverity, { name: 'WarningSeverity' });

@ObjectType({ description: 'Total, federal share and own share of an amount.' })
export class Shares {
  @Field(() => MoneyScalar) total!: Cents;
  @Field(() => MoneyScalar) federal!: Cents;
  @Field(() => MoneyScalar) own!: Cents;
}

@ObjectType({ description: 'Planned against actual, with federal and own shares.' })
export class PlanVersusActual {
  @Field(() => Shares) planned!: Shares;
  @Field(() => Shares) actual!: Shares;
  @Field(() => MoneyScalar, { description: 'Planned minus actual.' }) remaining!: Cents;
}

@ObjectType()
export class CategoryFunding extends PlanVersusActual {
  @Field(() => ID) costCategoryId!: string;
}

@ObjectType()
export class YearFunding extends PlanVersusActual {
  @Field(() => Int) year!: number;
}

@ObjectType({ description: 'The money of one phase: plan, actual, called off, grant.' })
export class PhaseFunding extends PlanVersusActual {
  @Field(() => Phase) phase!: Phase;
  @Field(() => Float) fundingRate!: number;
  @Field(() => MoneyScalar) cap!: Cents;
  @Field(() => Grant, { nullable: true }) grant!: Grant | null;
  @Field(() => MoneyScalar, { description: 'Call-offs submitted or paid.' }) calledOff!: Cents;
  @Field(() => MoneyScalar) paidOut!: Cents;
  @Field(() => MoneyScalar, { nullable: true, description: 'Grant amount minus the federal share of actual spending.' })
  grantRemaining!: Cents | null;
  @Field(() => [CategoryFunding]) byCategory!: CategoryFunding[];
  @Field(() => [YearFunding]) byYear!: YearFunding[];
}

@ObjectType({ description: 'Something in the money that needs attention.' })
export class FundingWarningDto {
  @Field(() => FundingWarningCode) code!: FundingWarningCode;
  @Field(() => WarningSeverity) severity!: WarningSeverity;
  @Field() message!: string;
  @Field(() => Phase, { nullable: true }) phase!: Phase | null;
  @Field(() => ID, { nullable: true }) measureId!: string | null;
  @Field(() => String, { nullable: true }) measureCode!: string | null;
  @Field(() => ID, { nullable: true }) costCategoryId!: string | null;
  @Field(() => MoneyScalar, { nullable: true }) limit!: Cents | null;
  @Field(() => MoneyScalar, { nullable: true }) value!: Cents | null;
  @Field(() => LocalDateScalar, { nullable: true }) dueDate!: string | null;
}

@ObjectType({ description: 'The funding of a model project: phases, call-offs, proofs, warnings.' })
export class ProjectFunding {
  @Field(() => FundingProgramme) programme!: FundingProgramme;
  @Field(() => [PhaseFunding]) phases!: PhaseFunding[];
  @Field(() => Shares) plannedTotal!: Shares;
  @Field(() => Shares) actualTotal!: Shares;
  @Field(() => MoneyScalar) calledOffTotal!: Cents;
  @Field(() => [CallOff]) callOffs!: CallOff[];
  @Field(() => [Proof], { description: 'Interim and final proofs with their deadlines, earliest first.' })
  proofs!: Proof[];
  @Field(() => [FundingWarningDto]) warnings!: FundingWarningDto[];
  modelProjectId!: string;
}

@ObjectType({ description: 'The money of one measure (members of its project only).' })
export class MeasureBudget {
  @Field(() => Float) fundingRate!: number;
  @Field(() => Shares) planned!: Shares;
  @Field(() => Shares) actual!: Shares;
  @Field(() => MoneyScalar) remaining!: Cents;
  @Field(() => [CategoryFunding]) byCategory!: CategoryFunding[];
  /** costPlan and expenditures: MeasureBudgetEntriesResolver, loaded only when selected. */
  measureId!: string;
}
