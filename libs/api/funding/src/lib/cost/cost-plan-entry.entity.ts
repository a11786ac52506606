import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('cost_plan_entry')
export class CostPlanEntryEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'smallint' }) year!: number;
  @Column({ type: 'uuid' }) costCategoryId!: string;
  @CentsColumn() plannedCents!: Cents;
}
