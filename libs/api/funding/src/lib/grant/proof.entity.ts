import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

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
