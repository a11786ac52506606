import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';
import type { FrozenRound, RoundMeasureSnapshot } from './round-snapshot';

/** A reporting round (Berichtsrunde): open while reports are asked for, closed with a frozen snapshot. */
@Entity('reporting_round')
export class ReportingRoundEntity extends ProjectRecord {
  @Column() name!: string;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'date' }) dueDate!: string;
  @Column({ type: 'date' }) openedOn!: string;
  @Column({ type: 'uuid', nullable: true }) openedBy!: string | null;
  @Column({ type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ type: 'uuid', nullable: true }) closedBy!: string | null;
  /** The briefing and grants frozen at closing; large, so read only by the exports of the round. */
  @Column({ type: 'jsonb', nullable: true, select: false }) briefing!: FrozenRound | null;
}

/** A measure of a round; its snapshot is written when the round closes and never changed afterwards. */
@Entity('reporting_round_measure')
export class RoundMeasureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) roundId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid', nullable: true }) measureId!: string | null;
  @Column() measureCode!: string;
  @Column({ type: 'jsonb', nullable: true }) snapshot!: RoundMeasureSnapshot | null;
}
