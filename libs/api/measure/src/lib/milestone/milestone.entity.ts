import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('milestone')
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column() title!: string;
  @Column() description!: string;
  @Column({ type: 'date' }) baselineDate!: string;
  @Column({ type: 'date', nullable: true }) forecastDate!: string | null;
  @Column({ type: 'date', nullable: true }) completedOn!: string | null;
  @Column({ type: 'smallint' }) weight!: number;
  @Column({ type: 'int' }) sortOrder!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
