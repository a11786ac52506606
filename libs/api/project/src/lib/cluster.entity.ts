import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@masswerk/api/core';

@Entity('cluster')
export class ClusterEntity extends VersionedRecord {
  @Column() name!: string;
  @Column() description!: string;
}
