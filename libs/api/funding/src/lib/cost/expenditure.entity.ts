import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Cents } from '@masswerk/shared/domain';
import { CentsColumn } from '../cents.column';

@Entity('expenditure')
export class ExpenditureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) costCategoryId!: string;
  @Column({ type: 'date' }) spentOn!: string;
  @CentsColumn() amountCents!: Cents;
  @Column() description!: string;
  @Column() documentReference!: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
