import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Freshness,
  Health,
  HealthRule,
  MeasureStatus,
  Phase,
  Priority,
  ProgressSource,
  Transferability,
} from '@masswerk/shared/domain';
import { ConnectionType, LocalDateScalar } from '@masswerk/api/core';

registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: 'Bearbeitungsstand as in the KTS measure database.',
  valuesMap: {
    IDEA: { description: 'Idee' },
    PLANNING: { description: 'in Planung' },
    IN_PROGRESS: { description: 'in Umsetzung' },
    IMPLEMENTED: { description: 'umgesetzt' },
    CONTINUED: { description: 'verstetigt (continued after the funding)' },
    STOPPED: { description: 'gestoppt' },
  },
});
registerEnumType(Phase, { name: 'Phase', description: 'A = Strategiephase, B = Umsetzungsphase.' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(Transferability, {
  name: 'Transferability',
  description: 'How easily other municipalities can adopt the measure.',
});
registerEnumType(Health, { name: 'Health' });
registerEnumType(Freshness, {
  name: 'Freshness',
  description: 'Age of the latest status report: ≤30, ≤60, ≤180, >180 days, or none.',
});
registerEnumType(ProgressSource, { name: 'ProgressSource' });
registerEnumType(HealthRule, {
  name: 'HealthRule',
  description: 'The step of the health rule (docs/rules.md) that decided the computed health.',
});

@ObjectType({ description: 'Open-source block: funded software is published as open source (Open-Source-Gebot).' })
export class OpenSourceInfo {
  @Field(() => String, { nullable: true }) repositoryUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'SPDX identifier, e.g. EUPL-1.2.' }) licence!: string | null;
  @Field(() => String, { nullable: true }) documentationUrl!: string | null;
}

@ObjectType()
export class TransferabilityInfo {
  @Field(() => Transferability) level!: Transferability;
  @Field() notes!: string;
}

@ObjectType({ description: 'Computed progress, or a manual value with its reason.' })
export class MeasureProgress {
  @Field(() => Int, { description: '0 to 100.' }) value!: number;
  @Field(() => ProgressSource) source!: ProgressSource;
  @Field(() => String, { nullable: true, description: 'Reason given for a manual value.' }) manualReason!:
    | string
    | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date of the status report the value comes from (source STATUS_REPORT), else null.',
  })
  reportedOn!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Progress from the weighted milestones, shown beside a reported or manual value; null without weight.',
  })
  milestones!: number | null;
}

@ObjectType({
  description:
    'Why the computed health is what it is: the rule that decided it and the figures it compared (docs/rules.md).',
})
export class MeasureHealthReason {
  @Field(() => HealthRule) rule!: HealthRule;
  @Field(() => Int, { nullable: true, description: 'Where the schedule says the measure should be today (0–100).' })
  expectedProgress!: number | null;
  @Field(() => Int, { description: 'The progress compared (Measure.progress.value).' }) progress!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Expected progress minus progress, in percentage points; negative when ahead.',
  })
  lag!: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) plannedEnd!: string | null;
  @Field(() => Int, { nullable: true, description: 'Days since the planned end (rule PAST_PLANNED_END).' })
  daysPastPlannedEnd!: number | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Due date of the earliest open milestone when it is overdue; see also `overdueMilestone`.',
  })
  overdueMilestoneDue!: string | null;
  @Field(() => Int, { nullable: true }) overdueMilestoneDays!: number | null;

  /** Resolves `overdueMilestone` (batched with the measure's milestones). */
  measureId!: string;
}

@ObjectType({
  description: 'On track, at risk or off track: computed from progress against schedule, or overridden with a reason.',
})
export class MeasureHealth {
  @Field(() => Health) value!: Health;
  @Field(() => Health) computed!: Health;
  @Field() overridden!: boolean;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => Int, { nullable: true, description: 'Where the schedule says the measure should be today (0–100).' })
  expectedProgress!: number | null;
  @Field(() => MeasureHealthReason, { description: 'Why the computed health is what it is.' })
  reason!: MeasureHealthReason;
}

@ObjectType()
export class MeasureFreshness {
  @Field(() => Freshness) value!: Freshness;
  @Field(() => Int, { nullable: true }) daysSinceLastReport!: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) lastReportOn!: string | null;
}

@ObjectType({ description: 'A measure (Maßnahme) of the Digitale Agenda.' })
export class Measure {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable identifier, unique within the model project, e.g. EIF-M07.' }) code!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() description!: string;
  @Field({ description: 'Responsible organisational unit.' }) responsibleUnit!: string;
  @Field() contactName!: string;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => [String]) partners!: string[];
  @Field(() => Priority) priority!: Priority;
  @Field({ description: 'Leitprojekt.' }) flagship!: boolean;
  @Field(() => Phase) phase!: Phase;
  @Field({
    description:
      'Strategy work of Phase A (developing the strategy, the project office) rather than an implementation measure: counts towards the Phase A cap but not towards its measures cap.',
  })
  strategyWork!: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) plannedStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) plannedEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualEnd!: string | null;
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => OpenSourceInfo) openSource!: OpenSourceInfo;
  @Field(() => TransferabilityInfo) transferability!: TransferabilityInfo;
  @Field({ description: 'Verstetigung: how the measure continues after the funding.' }) continuationPlan!: string;
  @Field({
    description:
      'Why spending departs from the cost plan (shown with the deviation in the Sachbericht); empty when nothing to explain.',
  })
  budgetDeviationReason!: string;
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'Visible to cluster partners.' }) published!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Send this with every update; a stale version is refused with CONFLICT.' })
  version!: number;
  @Field(() => MeasureProgress) progress!: MeasureProgress;
  @Field(() => MeasureHealth) health!: MeasureHealth;
  @Field(() => MeasureFreshness) freshness!: MeasureFreshness;

  modelProjectId!: string;
  leadUnitId!: string | null;
  /** Inputs of the computed fields, kept on the row. */
  rules!: {
    manualProgress: number | null;
    manualProgressReason: string | null;
    manualHealth: Health | null;
    manualHealthReason: string | null;
    milestoneProgress: number | null;
    milestoneCount: number;
    earliestOpenMilestoneDue: string | null;
    lastMilestoneCompletedOn: string | null;
    lastReportOn: string | null;
    lastReportProgress: number | null;
  };
}

@ObjectType()
export class MeasureConnection extends ConnectionType(Measure) {}
