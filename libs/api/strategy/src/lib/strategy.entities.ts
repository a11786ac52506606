import { Column, Entity } from 'typeorm';
import { ProjectRecord } from '@masswerk/api/core';

@Entity('strategy')
export class StrategyEntity extends ProjectRecord {
  @Column() title!: string;
}

@Entity('strategy_version')
export class StrategyVersionEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) strategyId!: string;
  @Column({ type: 'int' }) versionNumber!: number;
  @Column() label!: string;
  @Column() vision!: string;
  @Column({ type: 'text', array: true }) targetPictures!: string[];
  @Column({ type: 'text', array: true }) values!: string[];
  @Column({ type: 'date', nullable: true }) adoptedOn!: string | null;
  @Column({ type: 'text', nullable: true }) resolutionReference!: string | null;
  @Column({ type: 'date', nullable: true }) acceptedByFunderOn!: string | null;
  @Column() notes!: string;
}

@Entity('field_of_action')
export class FieldOfActionEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) strategyId!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column() description!: string;
  @Column({ type: 'int' }) sortOrder!: number;
}

@Entity('goal')
export class GoalEntity extends ProjectRecord {
  @Column({ type: 'uuid' }) fieldOfActionId!: string;
  @Column() code!: string;
  @Column() title!: string;
  @Column() description!: string;
  @Column({ type: 'int' }) sortOrder!: number;
}
