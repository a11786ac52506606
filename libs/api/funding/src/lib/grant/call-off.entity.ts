import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

export type CallOffStatus = 'DRAFT' | 'SUBMITTED' | 'PAID' | 'REJECTED';

@Entity('call_off')
export class CallOffEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) grantId!: string;
  @Column({ type: 'date' }) requestedOn!: string;
  @CentsColumn() amountCents!: Cents;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'text' }) status!: CallOffStatus;
  @Column({ type: 'date', nullable: true }) paidOn!: string | null;
  @Column() reference!: string;
}
