import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Permission, PROJECT_CODE_PATTERN } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { DomainError } from '@masswerk/api/core';
import { ModelProjectEntity } from '@masswerk/api/project';

/** What every export needs to know of its model project. */
export interface ExportProject {
  id: string;
  code: string;
  name: string;
  leadUnitName: string;
  budgetaryEmergency: boolean;
  /** The funding programme of the project, e.g. "Modellprojekte Smart Cities", and who runs it. */
  programme: { name: string; funder: string };
}

/** The permissions a download or upload of a project's files asks for. */
export type FilePermission = Permission.EXPORT_REPORTS | Permission.READ_PROJECT | Permission.EDIT_PLAN;

const FORBIDDEN: Record<FilePermission, string> = {
  [Permission.EXPORT_REPORTS]:
    'Die Berichte dieses Modellprojekts dürfen nur Projektbüro, Kreistag und Fördermittelgeber herunterladen.',
  [Permission.READ_PROJECT]: 'Die Maßnahmen dieses Modellprojekts dürfen nur seine Mitglieder exportieren.',
  [Permission.EDIT_PLAN]: 'Maßnahmen dieses Modellprojekts importieren darf nur das Projektbüro.',
};

/**
 * The gate of every export (and of the measure import): the project must exist (404) and the actor must hold the permission in it (403). Cluster
 * peers see published measures in the dashboard but get no exports.
 */
@Injectable()
export class ExportAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async project(actor: Actor, code: string, permission: FilePermission): Promise<ExportProject> {
    const normalized = code.toUpperCase();
    const project = PROJECT_CODE_PATTERN.test(normalized)
      ? await this.dataSource.getRepository(ModelProjectEntity).findOneBy({ code: normalized })
      : null;
    if (!project) throw DomainError.notFound('Modellprojekt', code.slice(0, 20));
    this.access.requireAccess(actor, permission, project.id, FORBIDDEN[permission]);
    const [facts]: { lead: string | null; programme: string; funder: string }[] = await this.dataSource.query(
      `SELECT (SELECT name FROM territorial_unit WHERE id = $1) AS lead, name AS programme, funder
         FROM funding_programme WHERE id = $2`,
      [project.leadUnitId, project.fundingProgrammeId],
    );
    return {
      id: project.id,
      code: project.code,
      name: project.name,
      leadUnitName: facts?.lead ?? '',
      budgetaryEmergency: project.budgetaryEmergency,
      programme: { name: facts?.programme ?? '', funder: facts?.funder ?? '' },
    };
  }
}
