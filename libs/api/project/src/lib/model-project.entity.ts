import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@masswerk/api/core';

@Entity('model_project')
export class ModelProjectEntity extends VersionedRecord {
  @Column() code!: string;
  @Column() name!: string;
  @Column({ type: 'smallint' }) cohortYear!: number;
  @Column({ type: 'uuid' }) leadUnitId!: string;
  @Column({ type: 'uuid', nullable: true }) clusterId!: string | null;
  @Column() officeName!: string;
  @Column({ type: 'text', nullable: true }) officeEmail!: string | null;
  @Column({ type: 'text', nullable: true }) officePhone!: string | null;
  @Column() officeAddress!: string;
  @Column({ type: 'text', nullable: true }) websiteUrl!: string | null;
  @Column() budgetaryEmergency!: boolean;
  /** The funding programme whose rates, caps and deadlines apply (decision 0032). */
  @Column({ type: 'uuid' }) fundingProgrammeId!: string;
  @Column({ type: 'date', nullable: true }) phaseAPlannedStart!: string | null;
  @Column({ type: 'date', nullable: true }) phaseAPlannedEnd!: string | null;
  @Column({ type: 'date', nullable: true }) phaseAActualStart!: string | null;
  @Column({ type: 'date', nullable: true }) phaseAActualEnd!: string | null;
  @Column({ type: 'date', nullable: true }) phaseBPlannedStart!: string | null;
  @Column({ type: 'date', nullable: true }) phaseBPlannedEnd!: string | null;
  @Column({ type: 'date', nullable: true }) phaseBActualStart!: string | null;
  @Column({ type: 'date', nullable: true }) phaseBActualEnd!: string | null;
  @Column() isDemo!: boolean;
}
