import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Health, MeasureStatus, Phase, Priority, TrafficLight, Transferability } from '@masswerk/shared/domain';

@Entity('measure')
export class MeasureEntity extends ProjectRecord {
  @Column() code!: string;
  @Column() title!: string;
  @Column() summary!: string;
  @Column() description!: string;
  @Column({ type: 'uuid', nullable: true }) leadUnitId!: string | null;
  @Column() responsibleUnit!: string;
  @Column() contactName!: string;
  @Column({ type: 'text', nullable: true }) contactEmail!: string | null;
  @Column({ type: 'text', array: true }) partners!: string[];
  @Column({ type: 'text' }) priority!: Priority;
  @Column() flagship!: boolean;
  @Column({ type: 'text' }) phase!: Phase;
  @Column({ default: false }) strategyWork!: boolean;
  @Column({ type: 'date', nullable: true }) plannedStart!: string | null;
  @Column({ type: 'date', nullable: true }) plannedEnd!: string | null;
  @Column({ type: 'date', nullable: true }) actualStart!: string | null;
  @Column({ type: 'date', nullable: true }) actualEnd!: string | null;
  @Column({ type: 'text' }) status!: MeasureStatus;
  @Column({ type: 'text', nullable: true }) ossRepositoryUrl!: string | null;
  @Column({ type: 'text', nullable: true }) ossLicence!: string | null;
  @Column({ type: 'text', nullable: true }) ossDocumentationUrl!: string | null;
  @Column({ type: 'text' }) transferability!: Transferability;
  @Column() transferabilityNotes!: string;
  @Column() continuationPlan!: string;
  @Column() budgetDeviationReason!: string;
  @Column({ type: 'text', array: true }) tags!: string[];
  @Column() published!: boolean;
  @Column({ type: 'smallint', nullable: true }) manualProgress!: number | null;
  @Column({ type: 'text', nullable: true }) manualProgressReason!: string | null;
  @Column({ type: 'text', nullable: true }) manualHealth!: Health | null;
  @Column({ type: 'text', nullable: true }) manualHealthReason!: string | null;
  /** Maintained by MeasureMetrics in the transaction that changes milestones or reports; never written by hand. */
  @Column({ type: 'smallint', nullable: true, update: false, insert: false }) milestoneProgress!: number | null;
  @Column({ type: 'int', update: false, insert: false }) milestoneCount!: number;
  @Column({ type: 'date', nullable: true, update: false, insert: false }) earliestOpenMilestoneDue!: string | null;
  @Column({ type: 'date', nullable: true, update: false, insert: false }) lastMilestoneCompletedOn!: string | null;
  @Column({ type: 'date', nullable: true, update: false, insert: false }) lastReportOn!: string | null;
  @Column({ type: 'smallint', nullable: true, update: false, insert: false }) lastReportProgress!: number | null;
  @Column({ type: 'text', nullable: true, update: false, insert: false }) lastTrafficLight!: TrafficLight | null;
}
