import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@masswerk/api/core';
import { TerritorialUnitKind } from '@masswerk/shared/domain';

@Entity('territorial_unit')
export class TerritorialUnitEntity extends VersionedRecord {
  @Column({ type: 'text' }) kind!: TerritorialUnitKind;
  @Column() name!: string;
  @Column({ type: 'char', length: 12, nullable: true }) ars!: string | null;
  @Column({ type: 'char', length: 8, nullable: true }) ags!: string | null;
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
}
