import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import type { PublicFieldGroup, PublicMeasure } from '@masswerk/shared/domain';

/** Which groups of a measure's fields a project makes public (decision 0070); a project without a row: the default. */
@Entity('project_publication')
export class ProjectPublicationEntity extends ProjectRecord {
  @Column({ type: 'text', array: true }) publicGroups!: PublicFieldGroup[];
  /** Ask search engines not to index the project's public pages (decision 0073). */
  @Column({ default: false }) noindex!: boolean;
}

/** The released public version of a measure: what citizens read until it is released again or withdrawn. */
@Entity('measure_release')
export class MeasureReleaseEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'jsonb' }) content!: PublicMeasure;
  @Column({ type: 'uuid', nullable: true }) releasedBy!: string | null;
}

/** A line of a project's public change log: a measure released (with the parts that changed) or withdrawn. */
@Entity('public_change')
export class PublicChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column() measureCode!: string;
  @Column() measureTitle!: string;
  @Column({ type: 'text' }) action!: 'RELEASED' | 'WITHDRAWN';
  @Column({ type: 'text', array: true }) parts!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
