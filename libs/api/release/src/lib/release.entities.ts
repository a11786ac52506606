import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import type { PublicFieldGroup, PublicMeasure, PublicProjectPage } from '@masswerk/shared/domain';

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

/** The released page of a project (decision 0075): what citizens read of its strategy, fields and goals, phases. */
@Entity('project_release')
export class ProjectReleaseEntity extends ProjectRecord {
  @Column({ type: 'jsonb' }) content!: PublicProjectPage;
  @Column({ type: 'uuid', nullable: true }) releasedBy!: string | null;
}

/** A line of a project's public change log: a measure or the project's page released (with the parts that changed) or withdrawn. */
@Entity('public_change')
export class PublicChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  /** What the line is about: a measure, or the project's page (then code and title are empty). */
  @Column({ type: 'text' }) subject!: 'MEASURE' | 'PROJECT_PAGE';
  @Column() measureCode!: string;
  @Column() measureTitle!: string;
  @Column({ type: 'text' }) action!: 'RELEASED' | 'WITHDRAWN';
  @Column({ type: 'text', array: true }) parts!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
