import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

export type CallOffStatus = 'DRAFT' | 'SUBMITTED' | 'PAID' | 'REJECTED';

@Entity('call_off')
export class CallOffEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) grantId!: string;
  @Column({ type: 'date' }) requestedOn!: string;
  @CentsColumn() amountCents!: Cents;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'text' }) status!: CallOffStatus;
  @Column({ type: 'date', nullable: true }) paidOn!: string | null;
  @Column() reference!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
