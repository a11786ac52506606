import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@masswerk/api/core';

@Entity('cost_category')
export class CostCategoryEntity extends VersionedRecord {
  @Column() code!: string;
  @Column() name!: string;
  @Column({ type: 'int' }) sortOrder!: number;
  @Column() active!: boolean;
}
