import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents, DeadlineState, FundingWarningCode, Phase } from '@masswerk/shared/domain';
import { LocalDateScalar, MoneyScalar } from '@masswerk/api/core';

registerEnumType(DeadlineState, { name: 'DeadlineState' });
registerEnumType(FundingWarningCode, { name: 'FundingWarningCode' });

export enum CallOffStatusEnum {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}
registerEnumType(CallOffStatusEnum, {
  name: 'CallOffStatus',
  description: 'Mittelabruf: draft, submitted to KfW, paid out, or rejected.',
});

export enum ProofKindEnum {
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(ProofKindEnum, {
  name: 'ProofKind',
  description: 'Zwischennachweis (interim) or Verwendungsnachweis (final).',
});

export enum WarningSeverity {
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}
registerEnumType(WarningSeverity, { name: 'WarningSeverity' });

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

@ObjectType({ description: 'Total, federal share and own share of an amount.' })
export class Shares {
  @Field(() => MoneyScalar) total!: Cents;
  @Field(() => MoneyScalar) federal!: Cents;
  @Field(() => MoneyScalar) own!: Cents;
}

@ObjectType({ description: 'The grant of one phase (Zusage).' })
export class Grant {
  @Field(() => ID) id!: string;
  @Field(() => Phase) phase!: Phase;
  @Field() commitmentNumber!: string;
  @Field(() => LocalDateScalar, { nullable: true }) commitmentDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) periodStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) periodEnd!: string | null;
  @Field(() => Float, { description: 'Percent.' }) fundingRate!: number;
  @Field(() => MoneyScalar) eligibleCosts!: Cents;
  @Field(() => MoneyScalar) grantAmount!: Cents;
  @Field(() => MoneyScalar) ownShare!: Cents;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Verwendungsnachweis due (derived from the commitment date).',
  })
  finalProofDue!: string | null;
  @Field() notes!: string;
  @Field(() => Int) version!: number;
  modelProjectId!: string;
}

@ObjectType({ description: 'Mittelabruf: a call-off of funds.' })
export class CallOff {
  @Field(() => ID) id!: string;
  @Field(() => ID) grantId!: string;
  @Field(() => Phase) phase!: Phase;
  @Field(() => LocalDateScalar) requestedOn!: string;
  @Field(() => MoneyScalar) amount!: Cents;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => CallOffStatusEnum) status!: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) paidOn!: string | null;
  @Field() reference!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A proof of use: interim (per budget year) or final (Verwendungsnachweis).' })
export class Proof {
  @Field(() => ID, { nullable: true, description: 'Null for a final proof that is due but not recorded yet.' }) id!:
    | string
    | null;
  @Field(() => ID) grantId!: string;
  @Field(() => Phase) phase!: Phase;
  @Field(() => ProofKindEnum) kind!: ProofKindEnum;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) submittedOn!: string | null;
  @Field(() => DeadlineState) state!: DeadlineState;
  @Field() notes!: string;
  @Field(() => Int, { nullable: true }) version!: number | null;
}

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
