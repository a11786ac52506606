import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('funding_programme')
export class FundingProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column() funder!: string;
  @Column({ name: 'standard_rate_bp', type: 'int' }) standardRateBp!: number;
  @Column({ name: 'emergency_rate_bp', type: 'int' }) emergencyRateBp!: number;
  @CentsColumn() phaseACapCents!: Cents;
  @CentsColumn() phaseAMeasuresCapCents!: Cents;
  @CentsColumn() phaseBCapCents!: Cents;
  @Column({ type: 'int' }) proofMonthsA!: number;
  @Column({ type: 'int' }) proofMonthsB!: number;
  @Column({ type: 'int' }) interimProofMonths!: number;
  /** The programme a model project gets when none is named (one at most). */
  @Column({ default: false }) isDefault!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
