import { Column, Entity } from 'typeorm';
import { OpenDataLicence } from '@masswerk/shared/domain';
import { ProjectRecord } from '@masswerk/api/core';

/**
 * A project's open-data settings (decision 0069). A project without a row is not open data; the project office
 * switches it on.
 */
@Entity('project_open_data_settings')
export class ProjectOpenDataSettingsEntity extends ProjectRecord {
  @Column() enabled!: boolean;
  @Column({ type: 'text' }) licence!: OpenDataLicence;
  /** The dataset's contact (`dcat:contactPoint`): an office's address, never required. */
  @Column({ type: 'text', nullable: true }) contactEmail!: string | null;
  /** When open data was first switched on: the datasets' `dct:issued`; kept when it is switched off and on again. */
  @Column({ type: 'timestamptz', nullable: true }) firstEnabledAt!: Date | null;
}
