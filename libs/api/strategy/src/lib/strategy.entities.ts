import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('strategy')
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column() title!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('strategy_version')
export class StrategyVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) strategyId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'int' }) versionNumber!: number;
  @Column() label!: string;
  @Column() vision!: string;
  @Column({ type: 'text', array: true }) targetPictures!: string[];
  @Column({ type: 'text', array: true }) values!: string[];
  @Column({ type: 'date', nullable: true }) adoptedOn!: string | null;
  @Column({ type: 'text', nullable: true }) resolutionReference!: string | null;
  @Column({ type: 'date', nullable: true }) acceptedByFunderOn!: string | null;
  @Column() notes!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('field_of_action')
export class FieldOfActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) strategyId!: string;
  @Column() code!: string;
  @Column() name!: string;
  @Column() description!: string;
  @Column({ type: 'int' }) sortOrder!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

@Entity('goal')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'uuid' }) fieldOfActionId!: string;
  @Column() code!: string;
  @Column() title!: string;
  @Column() description!: string;
  @Column({ type: 'int' }) sortOrder!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
