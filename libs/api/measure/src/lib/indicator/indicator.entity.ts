import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';

@Entity('indicator')
export class IndicatorEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column() name!: string;
  @Column() unit!: string;
  @Column() description!: string;
  @Column({ type: 'numeric', nullable: true }) baselineValue!: string | null;
  @Column({ type: 'numeric', nullable: true }) targetValue!: string | null;
  @Column({ type: 'date', nullable: true }) targetDate!: string | null;
  @Column({ type: 'int' }) sortOrder!: number;
}
