import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents, Health, MeasureStatus, TrafficLight } from '@masswerk/shared/domain';
import { LocalDateScalar, MoneyScalar } from '@masswerk/api/core';

export enum ReportingRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ReportingRoundStatus, {
  name: 'ReportingRoundStatus',
  description: 'OPEN: reports are asked for. CLOSED: the snapshot is frozen and can be read and printed as it was.',
});

export enum RoundMeasureState {
  REPORTED = 'REPORTED',
  OUTSTANDING = 'OUTSTANDING',
  LATE = 'LATE',
}
registerEnumType(RoundMeasureState, {
  name: 'RoundMeasureState',
  description: 'Whether the round has the report of a measure: reported, outstanding, or outstanding past the due day.',
});

@ObjectType({ description: 'The status report a round counts for a measure.' })
export class RoundStatusReport {
  @Field(() => LocalDateScalar) reportDate!: string;
  @Field(() => TrafficLight) trafficLight!: TrafficLight;
  @Field(() => Int) progress!: number;
  @Field() achieved!: string;
  @Field() nextSteps!: string;
  @Field() risks!: string;
}

@ObjectType({ description: 'A milestone as the snapshot froze it.' })
export class RoundMilestone {
  @Field() title!: string;
  @Field(() => LocalDateScalar) baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) forecastDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) completedOn!: string | null;
}

@ObjectType({ description: 'An indicator as the snapshot froze it (values as decimal strings).' })
export class RoundIndicator {
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => String, { nullable: true }) baselineValue!: string | null;
  @Field(() => String, { nullable: true }) targetValue!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) targetDate!: string | null;
  @Field(() => String, { nullable: true }) latestValue!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) latestOn!: string | null;
}

@ObjectType({
  description:
    'A measure of a round: while the round is open as it stands now, once closed as the snapshot froze it ' +
    '(then also its milestones, indicators and money).',
})
export class RoundMeasure {
  @Field(() => ID, { nullable: true, description: 'Null when the measure was deleted after the round closed.' })
  measureId!: string | null;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => Int) progress!: number;
  @Field(() => Health) health!: Health;
  @Field(() => String, { nullable: true, description: 'Why the health is what it is (frozen rounds).' })
  healthReason!: string | null;
  @Field(() => [String], {
    description: 'Who is asked for the report: assignees, else the lead municipality’s editors.',
  })
  responsible!: string[];
  @Field(() => RoundMeasureState) state!: RoundMeasureState;
  @Field(() => RoundStatusReport, { nullable: true }) report!: RoundStatusReport | null;
  @Field(() => MoneyScalar, { nullable: true }) planned!: Cents | null;
  @Field(() => MoneyScalar, { nullable: true }) spent!: Cents | null;
  @Field(() => [RoundMilestone]) milestones!: RoundMilestone[];
  @Field(() => [RoundIndicator]) indicators!: RoundIndicator[];
}

@ObjectType()
export class RoundStatusMove {
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => MeasureStatus) from!: MeasureStatus;
  @Field(() => MeasureStatus) to!: MeasureStatus;
}

@ObjectType()
export class RoundHealthMove {
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => Health) from!: Health;
  @Field(() => Health) to!: Health;
}

@ObjectType()
export class RoundProgressMove {
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
}

@ObjectType()
export class RoundSlippedMilestone {
  @Field() code!: string;
  @Field() measureTitle!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar) before!: string;
  @Field(() => LocalDateScalar) after!: string;
  @Field(() => Int) days!: number;
}

@ObjectType()
export class RoundCompletedMilestone {
  @Field() code!: string;
  @Field() measureTitle!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar) completedOn!: string;
}

@ObjectType()
export class RoundMoneyMove {
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => MoneyScalar) plannedBefore!: Cents;
  @Field(() => MoneyScalar) plannedAfter!: Cents;
  @Field(() => MoneyScalar) spentBefore!: Cents;
  @Field(() => MoneyScalar) spentAfter!: Cents;
}

@ObjectType()
export class RoundMeasureRef {
  @Field() code!: string;
  @Field() title!: string;
}

@ObjectType({ description: 'What changed since the previous closed round of the project.' })
export class RoundChanges {
  @Field(() => ID) previousRoundId!: string;
  @Field() previousRoundName!: string;
  @Field(() => [RoundStatusMove]) statusMoves!: RoundStatusMove[];
  @Field(() => [RoundHealthMove]) healthMoves!: RoundHealthMove[];
  @Field(() => [RoundProgressMove]) progressMoves!: RoundProgressMove[];
  @Field(() => [RoundSlippedMilestone]) slippedMilestones!: RoundSlippedMilestone[];
  @Field(() => [RoundCompletedMilestone]) completedMilestones!: RoundCompletedMilestone[];
  @Field(() => [RoundMoneyMove]) moneyMoves!: RoundMoneyMove[];
  @Field(() => [RoundMeasureRef]) added!: RoundMeasureRef[];
  @Field(() => [RoundMeasureRef]) removed!: RoundMeasureRef[];
}

@ObjectType({ description: 'A reporting round (Berichtsrunde) of a model project.' })
export class ReportingRound {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelProjectId!: string;
  @Field() name!: string;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field(() => LocalDateScalar) openedOn!: string;
  @Field(() => LocalDateScalar, { nullable: true }) closedOn!: string | null;
  @Field(() => ReportingRoundStatus) status!: ReportingRoundStatus;
  @Field(() => Int) measureCount!: number;
  @Field(() => Int) reportedCount!: number;
  @Field(() => Int, { description: 'Measures without a report after the due day (open rounds).' }) lateCount!: number;
  @Field(() => Int) version!: number;
}
