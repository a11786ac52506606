import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';

@Entity('milestone')
export class MilestoneEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column() title!: string;
  @Column() description!: string;
  @Column({ type: 'date' }) baselineDate!: string;
  @Column({ type: 'date', nullable: true }) forecastDate!: string | null;
  @Column({ type: 'date', nullable: true }) completedOn!: string | null;
  @Column({ type: 'smallint' }) weight!: number;
  @Column({ type: 'int' }) sortOrder!: number;
}
