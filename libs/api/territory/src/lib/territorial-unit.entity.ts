import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TerritorialUnitKind } from '@masswerk/shared/domain';

@Entity('territorial_unit')
export class TerritorialUnitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: TerritorialUnitKind;
  @Column() name!: string;
  @Column({ type: 'char', length: 12, nullable: true }) ars!: string | null;
  @Column({ type: 'char', length: 8, nullable: true }) ags!: string | null;
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}
