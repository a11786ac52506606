import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('expenditure')
export class ExpenditureEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) costCategoryId!: string;
  @Column({ type: 'date' }) spentOn!: string;
  @CentsColumn() amountCents!: Cents;
  @Column() description!: string;
  @Column() documentReference!: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy!: string | null;
}
