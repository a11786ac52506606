import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, DEFAULT_OPEN_DATA_LICENCE, Permission } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import { ProjectOpenDataSettingsEntity } from './open-data-settings.entity';
import { ProjectOpenDataSettings, UpdateProjectOpenDataSettingsInput } from './dtos/open-data-settings.dto';

const SETTINGS = projectRecord(ProjectOpenDataSettingsEntity, 'ProjectOpenDataSettings', 'Open-Data-Einstellungen');

export function toProjectOpenDataSettings(
  modelProjectId: string,
  row: Pick<ProjectOpenDataSettingsEntity, 'enabled' | 'licence' | 'contactEmail'> | null,
): ProjectOpenDataSettings {
  return {
    modelProjectId,
    enabled: row?.enabled ?? false,
    licence: row?.licence ?? DEFAULT_OPEN_DATA_LICENCE,
    contactEmail: row?.contactEmail ?? null,
  };
}

/**
 * A project's open-data settings (decision 0069): read and changed by its project office (`MANAGE_USERS`, like its
 * reminder settings), every change in the project's history.
 */
@Injectable()
export class ProjectOpenDataSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, projectId: string): Promise<ProjectOpenDataSettings> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, projectId);
    const row = await this.dataSource
      .getRepository(ProjectOpenDataSettingsEntity)
      .findOneBy({ modelProjectId: projectId });
    return toProjectOpenDataSettings(projectId, row);
  }

  async update(actor: Actor, input: UpdateProjectOpenDataSettingsInput): Promise<ProjectOpenDataSettings> {
    this.access.requireAccess(actor, Permission.MANAGE_USERS, input.modelProjectId);
    const values = {
      enabled: input.enabled,
      licence: input.licence,
      contactEmail: input.contactEmail?.trim() || null,
    };
    const saved = await this.dataSource.transaction(async (manager) => {
      const before = await this.lockedRow(manager, input.modelProjectId);
      if (!before)
        return this.audit.saveCreated(
          manager,
          actor,
          SETTINGS,
          manager.create(ProjectOpenDataSettingsEntity, {
            modelProjectId: input.modelProjectId,
            ...values,
            firstEnabledAt: values.enabled ? new Date() : null,
          }),
        );
      return this.audit.updateRecorded(manager, actor, SETTINGS, before.id, before.version, (row) => ({
        ...values,
        ...(values.enabled && !row.firstEnabledAt && { firstEnabledAt: new Date() }),
      }));
    });
    return toProjectOpenDataSettings(input.modelProjectId, saved);
  }

  /** The project's row, locked; the project row is locked first, so that two first saves do not both insert. */
  private async lockedRow(manager: EntityManager, projectId: string): Promise<ProjectOpenDataSettingsEntity | null> {
    await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [projectId]);
    return manager.findOneBy(ProjectOpenDataSettingsEntity, { modelProjectId: projectId });
  }
}
