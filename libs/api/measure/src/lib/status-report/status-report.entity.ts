import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TrafficLight } from '@masswerk/shared/domain';

@Entity('status_report')
export class StatusReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'date' }) reportDate!: string;
  @Column({ type: 'text' }) trafficLight!: TrafficLight;
  @Column({ type: 'smallint' }) progress!: number;
  @Column() achieved!: string;
  @Column() nextSteps!: string;
  @Column() risks!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
