import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Cents, Phase } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('grant')
export class GrantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
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
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
