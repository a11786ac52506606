import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Cents, Phase } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('grant')
export class GrantEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) programmeId!: string;
  @Column({ type: 'text' }) phase!: Phase;
  @Column() commitmentNumber!: string;
  @Column({ type: 'date', nullable: true }) commitmentDate!: string | null;
  @Column({ type: 'date', nullable: true }) periodStart!: string | null;
  @Column({ type: 'date', nullable: true }) periodEnd!: string | null;
  @Column({ name: 'funding_rate_bp', type: 'int' }) fundingRateBp!: number;
  @CentsColumn() eligibleCostsCents!: Cents;
  @CentsColumn() grantAmountCents!: Cents;
  @CentsColumn() ownShareCents!: Cents;
  @Column() notes!: string;
}
