import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { TrafficLight } from '@masswerk/shared/domain';

@Entity('status_report')
export class StatusReportEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'date' }) reportDate!: string;
  @Column({ type: 'text' }) trafficLight!: TrafficLight;
  @Column({ type: 'smallint' }) progress!: number;
  @Column() achieved!: string;
  @Column() nextSteps!: string;
  @Column() risks!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
}
