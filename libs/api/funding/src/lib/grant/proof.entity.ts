import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';

export type ProofKind = 'INTERIM' | 'FINAL';

@Entity('proof')
export class ProofEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) grantId!: string;
  @Column({ type: 'text' }) kind!: ProofKind;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'date', nullable: true }) submittedOn!: string | null;
  @Column() notes!: string;
}
