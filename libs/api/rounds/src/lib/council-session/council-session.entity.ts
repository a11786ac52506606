import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';

export type CouncilBodyKind = 'KREISTAG' | 'AUSSCHUSS' | 'LENKUNGSGRUPPE';

/** A session of a body at which the snapshot of a closed reporting round was presented. */
@Entity('council_session')
export class CouncilSessionEntity extends ProjectRecord {
  @Column({ type: 'text' }) body!: CouncilBodyKind;
  @Column() bodyName!: string;
  @Column({ type: 'date' }) sessionDate!: string;
  @Column() agendaItem!: string;
  @Column() resolutionReference!: string;
  @Column({ type: 'text', nullable: true }) oparlUrl!: string | null;
  @Column({ type: 'uuid' }) reportingRoundId!: string;
}
