import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column() name!: string;
  @Column() unit!: string;
  @Column() description!: string;
  @Column({ type: 'numeric', nullable: true }) baselineValue!: string | null;
  @Column({ type: 'numeric', nullable: true }) targetValue!: string | null;
  @Column({ type: 'date', nullable: true }) targetDate!: string | null;
  @Column({ type: 'int' }) sortOrder!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
