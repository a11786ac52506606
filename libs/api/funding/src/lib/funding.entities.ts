import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Cents, Phase } from '@masswerk/shared/domain';
import { CENTS_TRANSFORMER } from '@masswerk/api/core';

const cents = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'bigint', transformer: CENTS_TRANSFORMER, ...options });

@Entity('funding_programme')
export class FundingProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column() funder!: string;
  @Column({ name: 'standard_rate_bp', type: 'int' }) standardRateBp!: number;
  @Column({ name: 'emergency_rate_bp', type: 'int' }) emergencyRateBp!: number;
  @cents() phaseACapCents!: Cents;
  @cents() phaseAMeasuresCapCents!: Cents;
  @cents() phaseBCapCents!: Cents;
  @Column({ type: 'int' }) proofMonthsA!: number;
  @Column({ type: 'int' }) proofMonthsB!: number;
  @Column({ type: 'int' }) interimProofMonths!: number;
  /** The programme a model project gets when none is named (one at most). */
  @Column({ default: false }) isDefault!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('cost_category')
export class CostCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column({ type: 'int' }) sortOrder!: number;
  @Column() active!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

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
  @cents() eligibleCostsCents!: Cents;
  @cents() grantAmountCents!: Cents;
  @cents() ownShareCents!: Cents;
  @Column() notes!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('cost_plan_entry')
export class CostPlanEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'smallint' }) year!: number;
  @Column({ type: 'uuid' }) costCategoryId!: string;
  @cents() plannedCents!: Cents;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('expenditure')
export class ExpenditureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) costCategoryId!: string;
  @Column({ type: 'date' }) spentOn!: string;
  @cents() amountCents!: Cents;
  @Column() description!: string;
  @Column() documentReference!: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

export type CallOffStatus = 'DRAFT' | 'SUBMITTED' | 'PAID' | 'REJECTED';

@Entity('call_off')
export class CallOffEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) grantId!: string;
  @Column({ type: 'date' }) requestedOn!: string;
  @cents() amountCents!: Cents;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'text' }) status!: CallOffStatus;
  @Column({ type: 'date', nullable: true }) paidOn!: string | null;
  @Column() reference!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

export type ProofKind = 'INTERIM' | 'FINAL';

@Entity('proof')
export class ProofEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) grantId!: string;
  @Column({ type: 'text' }) kind!: ProofKind;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'date', nullable: true }) submittedOn!: string | null;
  @Column() notes!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
