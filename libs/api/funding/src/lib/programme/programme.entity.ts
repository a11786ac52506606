import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@masswerk/api/core';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('funding_programme')
export class FundingProgrammeEntity extends VersionedRecord {
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
}
