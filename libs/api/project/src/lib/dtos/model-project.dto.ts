import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Permission, Role } from '@masswerk/shared/domain';
import { ConnectionType, LocalDateScalar } from '@masswerk/api/core';

registerEnumType(Role, { name: 'Role', description: 'A role within one model project.' });
registerEnumType(Permission, { name: 'Permission' });

@ObjectType({ description: 'Planned and actual start and end of a funding phase. Real dates slip; both are kept.' })
export class PhaseSchedule {
  @Field(() => LocalDateScalar, { nullable: true }) plannedStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) plannedEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualEnd!: string | null;
}

@ObjectType({ description: 'The project office (Projektbüro) that runs the model project.' })
export class ProjectOffice {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field() address!: string;
}

@ObjectType({ description: 'A model project of the Modellprojekte Smart Cities programme.' })
export class ModelProject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Short code that prefixes measure identifiers, e.g. EIF.' }) code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Cohort (Staffel): 2019, 2020 or 2021.' }) cohortYear!: number;
  @Field(() => ProjectOffice) office!: ProjectOffice;
  @Field(() => String, { nullable: true }) websiteUrl!: string | null;
  @Field({ description: 'Budgetary emergency (Haushaltsnotlage): funding rate 90 % instead of 65 %.' })
  budgetaryEmergency!: boolean;
  @Field(() => PhaseSchedule) phaseA!: PhaseSchedule;
  @Field(() => PhaseSchedule) phaseB!: PhaseSchedule;
  @Field({ description: 'Invented demonstration data.' }) isDemo!: boolean;
  @Field(() => Int) version!: number;
  leadUnitId!: string;
  clusterId!: string | null;
  /** Resolved as `fundingProgramme` by the funding library. */
  fundingProgrammeId!: string;
}

@ObjectType()
export class ModelProjectConnection extends ConnectionType(ModelProject) {}

@ObjectType({ description: 'A loose network of model projects that compare progress and share results.' })
export class Cluster {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class ClusterConnection extends ConnectionType(Cluster) {}
