import { Column, Entity } from 'typeorm';
import { CreatedRecord } from '@masswerk/api/core';

@Entity('indicator_value')
export class IndicatorValueEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) indicatorId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'date' }) measuredOn!: string;
  @Column({ type: 'numeric' }) value!: string;
  @Column() note!: string;
}
