import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeasureStatus, Phase, Transferability } from '@masswerk/shared/domain';

/**
 * The types anonymous callers read (issue 16, decision 0071): made only from released public versions and public
 * facts of a project, never from internal records, so that no internal field is one resolver away. Every type's name
 * starts with "Public"; `public-api.integration-spec.ts` walks them.
 */

export enum PublicMeasureSort {
  CODE = 'CODE',
  TITLE = 'TITLE',
  PROGRESS = 'PROGRESS',
  RECENT = 'RECENT',
}
registerEnumType(PublicMeasureSort, { name: 'PublicMeasureSort', description: 'Order of the public measure list.' });

@ObjectType({ description: 'A municipality or county, with its Amtlicher Regionalschlüssel.' })
export class PublicPlace {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) ars!: string | null;
}

@ObjectType({ description: 'A field of action of a project with its published measures.' })
export class PublicFieldOfActionSummary {
  @Field() name!: string;
  @Field(() => Int) measureCount!: number;
  @Field(() => Int, { nullable: true, description: 'Mean progress of those whose progress is public, in percent.' })
  averageProgress!: number | null;
}

@ObjectType({ description: 'A status with the number of published measures in it.' })
export class PublicStatusCount {
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A goal of a field of action, as released.' })
export class PublicGoal {
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
}

@ObjectType({ description: 'A field of action of the strategy with its goals, as released.' })
export class PublicFieldOfAction {
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [PublicGoal]) goals!: PublicGoal[];
}

@ObjectType({ description: 'The strategy as released: its current version’s vision, target pictures and values.' })
export class PublicStrategy {
  @Field() title!: string;
  @Field() versionLabel!: string;
  @Field() vision!: string;
  @Field(() => [String]) targetPictures!: string[];
  @Field(() => [String]) values!: string[];
  @Field(() => String, { nullable: true, description: 'When the council adopted it.' }) adoptedOn!: string | null;
  @Field(() => String, { nullable: true }) resolutionReference!: string | null;
}

@ObjectType({ description: 'A phase of the funding with its planned and actual dates.' })
export class PublicPhase {
  @Field(() => Phase) phase!: Phase;
  @Field(() => String, { nullable: true }) plannedStart!: string | null;
  @Field(() => String, { nullable: true }) plannedEnd!: string | null;
  @Field(() => String, { nullable: true }) actualStart!: string | null;
  @Field(() => String, { nullable: true }) actualEnd!: string | null;
}

@ObjectType({ description: 'The funding programme, the cohort, the website and the phases, as released.' })
export class PublicProjectFacts {
  @Field() programme!: string;
  @Field(() => Int) cohortYear!: number;
  @Field(() => String, { nullable: true }) websiteUrl!: string | null;
  @Field(() => [PublicPhase]) phases!: PublicPhase[];
}

@ObjectType({ description: 'A project’s own page as its project office released it.' })
export class PublicProjectPage {
  @Field(() => PublicStrategy, { nullable: true }) strategy!: PublicStrategy | null;
  @Field(() => [PublicFieldOfAction]) fieldsOfAction!: PublicFieldOfAction[];
  @Field(() => PublicProjectFacts) project!: PublicProjectFacts;
  @Field(() => GraphQLISODateTime) releasedAt!: Date;
}

@ObjectType({ description: 'A model project that publishes its page or measures: public facts and key figures.' })
export class PublicProject {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) clusterName!: string | null;
  @Field(() => ID, { nullable: true, description: 'The key of its cluster on the public site (publicCluster).' })
  clusterId!: string | null;
  @Field(() => PublicPlace) lead!: PublicPlace;
  @Field(() => [PublicPlace]) members!: PublicPlace[];
  @Field(() => Int) publishedMeasureCount!: number;
  @Field(() => [PublicFieldOfActionSummary]) fieldsOfAction!: PublicFieldOfActionSummary[];
  @Field(() => [PublicStatusCount], { description: 'Only measures whose status is public.' })
  statusCounts!: PublicStatusCount[];
  @Field(() => GraphQLISODateTime, { nullable: true }) lastReleasedAt!: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Mean progress of the measures whose progress is public, in percent.',
  })
  averageProgress!: number | null;
  @Field(() => PublicProjectPage, { nullable: true, description: 'Null until the project office releases it.' })
  page!: PublicProjectPage | null;
  @Field({ description: 'The project asks search engines not to index its public pages.' }) noindex!: boolean;
}

@ObjectType()
export class PublicMilestone {
  @Field() title!: string;
  @Field() baselineDate!: string;
  @Field(() => String, { nullable: true }) forecastDate!: string | null;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
}

@ObjectType()
export class PublicIndicatorValue {
  @Field() measuredOn!: string;
  @Field() value!: string;
}

@ObjectType({ description: 'The public part of a status report: its day, what was achieved, the next steps.' })
export class PublicStatusReport {
  @Field() reportDate!: string;
  @Field() achieved!: string;
  @Field() nextSteps!: string;
}

@ObjectType()
export class PublicIndicator {
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => String, { nullable: true }) baselineValue!: string | null;
  @Field(() => String, { nullable: true }) targetValue!: string | null;
  @Field(() => String, { nullable: true }) targetDate!: string | null;
  @Field(() => String, { nullable: true }) latestValue!: string | null;
  @Field(() => String, { nullable: true }) latestOn!: string | null;
  @Field(() => [PublicIndicatorValue], { description: 'Values up to the release, oldest first (the latest 24).' })
  values!: PublicIndicatorValue[];
}

@ObjectType({ description: 'A published measure: only the parts its project makes public are filled.' })
export class PublicMeasure {
  @Field() projectCode!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() responsibleUnit!: string;
  @Field(() => [String]) fieldsOfAction!: string[];
  @Field(() => PublicPlace, { nullable: true }) leadMunicipality!: PublicPlace | null;
  @Field(() => [PublicPlace]) municipalities!: PublicPlace[];
  @Field(() => String, { nullable: true }) ossRepositoryUrl!: string | null;
  @Field(() => String, { nullable: true }) ossLicence!: string | null;
  @Field(() => Transferability) transferability!: Transferability;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => MeasureStatus, { nullable: true }) status!: MeasureStatus | null;
  @Field(() => Phase, { nullable: true }) phase!: Phase | null;
  @Field(() => String, { nullable: true }) plannedStart!: string | null;
  @Field(() => String, { nullable: true }) plannedEnd!: string | null;
  @Field(() => String, { nullable: true }) actualStart!: string | null;
  @Field(() => String, { nullable: true }) actualEnd!: string | null;
  @Field(() => Int, { nullable: true }) progress!: number | null;
  @Field(() => String, { nullable: true }) progressReason!: string | null;
  @Field(() => [PublicMilestone], { nullable: true }) milestones!: PublicMilestone[] | null;
  @Field(() => [PublicIndicator], { nullable: true }) indicators!: PublicIndicator[] | null;
  @Field(() => String, { nullable: true, description: 'Planned in total, in euros (a decimal), when money is public.' })
  plannedTotal!: string | null;
  @Field(() => String, { nullable: true, description: 'Spent in total, in euros (a decimal), when money is public.' })
  spentTotal!: string | null;
  @Field(() => [PublicStatusReport], { nullable: true, description: 'The latest status reports, when public.' })
  reports!: PublicStatusReport[] | null;
  @Field(() => GraphQLISODateTime) releasedAt!: Date;
}

@ObjectType()
export class PublicMeasureConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PublicMeasure]) nodes!: PublicMeasure[];
}
