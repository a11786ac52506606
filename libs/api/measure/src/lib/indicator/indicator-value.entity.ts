import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('indicator_value')
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) indicatorId!: string;
  @Column({ type: 'uuid' }) modelProjectId!: string;
  @Column({ type: 'date' }) measuredOn!: string;
  @Column({ type: 'numeric' }) value!: string;
  @Column() note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
