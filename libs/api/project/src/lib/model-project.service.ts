import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Permission, TerritorialUnitKind } from '@masswerk/shared/domain';
import {
  deleteVersioned,
  DomainError,
  ErrorReason,
  groupByKeys,
  LoaderRegistry,
  lockById,
  oneByKeys,
  pageByText,
  containsPattern,
  updateVersioned,
} from '@masswerk/api/core';
import type { Connection } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService } from '@masswerk/api/audit';
import { ModelProjectEntity } from './model-project.entity';
import {
  CreateModelProjectInput,
  ModelProjectsArgs,
  PhaseScheduleInput,
  UpdateModelProjectInput,
} from './dtos/model-project.inputs';

const LABEL = 'Modellprojekt';
const BY_ID = Symbol('modelProjectById');
const MEMBER_IDS = Symbol('memberIdsByProject');
const BY_CLUSTER = Symbol('projectsByCluster');

type PhaseColumns = Pick<
  ModelProjectEntity,
  | 'phaseAPlannedStart'
  | 'phaseAPlannedEnd'
  | 'phaseAActualStart'
  | 'phaseAActualEnd'
  | 'phaseBPlannedStart'
  | 'phaseBPlannedEnd'
  | 'phaseBActualStart'
  | 'phaseBActualEnd'
>;

function phaseColumns(phase: 'A' | 'B', input: PhaseScheduleInput | undefined): Partial<PhaseColumns> {
  if (!input) return {};
  const set: Record<string, string | null> = {};
  if (input.plannedStart !== undefined) set[`phase${phase}PlannedStart`] = input.plannedStart;
  if (input.plannedEnd !== undefined) set[`phase${phase}PlannedEnd`] = input.plannedEnd;
  if (input.actualStart !== undefined) set[`phase${phase}ActualStart`] = input.actualStart;
  if (input.actualEnd !== undefined) set[`phase${phase}ActualEnd`] = input.actualEnd;
  return set as Partial<PhaseColumns>;
}

function checkPhases(p: PhaseColumns): void {
  for (const phase of ['A', 'B'] as const) {
    const start = p[`phase${phase}PlannedStart`];
    const end = p[`phase${phase}PlannedEnd`];
    if (start && end && end < start)
      throw DomainError.badInput(
        `input.phase${phase}.plannedEnd`,
        `Phase ${phase}: das geplante Ende liegt vor dem Beginn.`,
      );
    const aStart = p[`phase${phase}ActualStart`];
    const aEnd = p[`phase${phase}ActualEnd`];
    if (aStart && aEnd && aEnd < aStart)
      throw DomainError.badInput(
        `input.phase${phase}.actualEnd`,
        `Phase ${phase}: das tatsächliche Ende liegt vor dem Beginn.`,
      );
  }
}

/**
 * Model projects. Members of a project read it in full; members of a project in the same cluster see it as a peer
 * (its profile and published measures); nobody else sees it.
 */
@Injectable()
export class ModelProjectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, ModelProjectEntity | null> {
    return loaders.get(
      BY_ID,
      () => new DataLoader(async (ids: readonly string[]) => oneByKeys(ids, await this.findByIds(ids), (p) => p.id)),
    );
  }

  memberIdsLoader(loaders: LoaderRegistry): DataLoader<string, string[]> {
    return loaders.get(
      MEMBER_IDS,
      () =>
        new DataLoader(async (projectIds: readonly string[]) => {
          const rows: { projectId: string; unitId: string }[] = await this.dataSource.query(
            `SELECT m.model_project_id AS "projectId", m.territorial_unit_id AS "unitId"
               FROM model_project_member m JOIN territorial_unit u ON u.id = m.territorial_unit_id
              WHERE m.model_project_id = ANY($1::uuid[]) ORDER BY u.name`,
            [projectIds],
          );
          return groupByKeys(projectIds, rows, (r) => r.projectId).map((g) => g.map((r) => r.unitId));
        }),
    );
  }

  /** Visible projects of several clusters at once. */
  byClusterLoader(loaders: LoaderRegistry, actor: Actor): DataLoader<string, ModelProjectEntity[]> {
    return loaders.get(
      BY_CLUSTER,
      () =>
        new DataLoader(async (clusterIds: readonly string[]) => {
          const qb = this.dataSource
            .getRepository(ModelProjectEntity)
            .createQueryBuilder('p')
            .where('p.cluster_id IN (:...clusterIds)', { clusterIds });
          const visible = this.access.visibleProjectIds(actor);
          if (visible !== null) qb.andWhere('p.id = ANY(:visible::uuid[])', { visible });
          const rows = await qb.orderBy('p.name').getMany();
          return groupByKeys(clusterIds, rows, (p) => p.clusterId as string);
        }),
    );
  }

  findByIds(ids: readonly string[]): Promise<ModelProjectEntity[]> {
    return ids.length
      ? this.dataSource.getRepository(ModelProjectEntity).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  async get(actor: Actor, id: string): Promise<ModelProjectEntity> {
    const project = await this.dataSource.getRepository(ModelProjectEntity).findOneBy({ id });
    if (!project) throw DomainError.notFound(LABEL, id);
    this.access.requireVisible(actor, id);
    return project;
  }

  async getByCode(actor: Actor, code: string): Promise<ModelProjectEntity> {
    const project = await this.dataSource.getRepository(ModelProjectEntity).findOneBy({ code: code.toUpperCase() });
    if (!project) throw DomainError.notFound(LABEL, code);
    this.access.requireVisible(actor, project.id);
    return project;
  }

  async list(actor: Actor, { first, after, filter }: ModelProjectsArgs): Promise<Connection<ModelProjectEntity>> {
    const qb = this.dataSource.getRepository(ModelProjectEntity).createQueryBuilder('p');
    const visible = filter?.mineOnly ? this.access.memberProjectIds(actor) : this.access.visibleProjectIds(actor);
    if (visible !== null) qb.andWhere('p.id = ANY(:visible::uuid[])', { visible });
    if (filter?.clusterId) qb.andWhere('p.cluster_id = :clusterId', { clusterId: filter.clusterId });
    const search = filter?.search?.trim().toLowerCase();
    if (search) qb.andWhere('(lower(p.name) LIKE :s OR lower(p.code) LIKE :s)', { s: containsPattern(search) });
    return pageByText(qb, 'name', { first, after });
  }

  async create(actor: Actor, input: CreateModelProjectInput): Promise<ModelProjectEntity> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const code = input.code.toUpperCase();
      if (await manager.existsBy(ModelProjectEntity, { code })) {
        throw DomainError.conflict(ErrorReason.CODE_TAKEN, `Der Projektcode ${code} ist bereits vergeben.`, {
          field: 'input.code',
        });
      }
      await this.checkUnits(manager, input.leadUnitId, input.memberIds ?? []);
      await this.checkCluster(manager, input.clusterId);
      const fundingProgrammeId = await this.programmeId(manager, input.fundingProgrammeId);
      const entity = manager.create(ModelProjectEntity, {
        code,
        name: input.name.trim(),
        cohortYear: input.cohortYear,
        leadUnitId: input.leadUnitId,
        clusterId: input.clusterId ?? null,
        officeName: input.office?.name ?? '',
        officeEmail: input.office?.email ?? null,
        officePhone: input.office?.phone ?? null,
        officeAddress: input.office?.address ?? '',
        websiteUrl: input.websiteUrl ?? null,
        budgetaryEmergency: input.budgetaryEmergency ?? false,
        fundingProgrammeId,
        isDemo: false,
        ...phaseColumns('A', input.phaseA),
        ...phaseColumns('B', input.phaseB),
      });
      checkPhases(entity);
      const saved = await manager.save(entity);
      await this.setMembers(manager, saved.id, input.memberIds ?? []);
      await this.audit.record(manager, actor, {
        entityType: 'ModelProject',
        entityId: saved.id,
        action: 'CREATE',
        modelProjectId: saved.id,
        after: { ...saved, memberIds: input.memberIds ?? [] },
      });
      return saved;
    });
  }

  async update(actor: Actor, input: UpdateModelProjectInput): Promise<ModelProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await lockById(manager, ModelProjectEntity, input.id, LABEL);
      this.access.requireAccess(actor, Permission.EDIT_PLAN, before.id);
      const platformOnly = (
        ['cohortYear', 'leadUnitId', 'clusterId', 'budgetaryEmergency', 'fundingProgrammeId'] as const
      ).filter((k) => input[k] !== undefined);
      if (platformOnly.length)
        this.access.requirePlatformAdmin(actor, `Nur der Plattformbetrieb darf ${platformOnly.join(', ')} ändern.`);
      const patch: Partial<ModelProjectEntity> = {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.cohortYear !== undefined && { cohortYear: input.cohortYear }),
        ...(input.leadUnitId !== undefined && { leadUnitId: input.leadUnitId }),
        ...(input.clusterId !== undefined && { clusterId: input.clusterId }),
        ...(input.websiteUrl !== undefined && { websiteUrl: input.websiteUrl }),
        ...(input.budgetaryEmergency !== undefined && { budgetaryEmergency: input.budgetaryEmergency }),
        ...(input.fundingProgrammeId !== undefined && {
          fundingProgrammeId: await this.programmeId(manager, input.fundingProgrammeId),
        }),
        ...(input.office?.name !== undefined && { officeName: input.office.name }),
        ...(input.office?.email !== undefined && { officeEmail: input.office.email }),
        ...(input.office?.phone !== undefined && { officePhone: input.office.phone }),
        ...(input.office?.address !== undefined && { officeAddress: input.office.address }),
        ...phaseColumns('A', input.phaseA),
        ...phaseColumns('B', input.phaseB),
      };
      checkPhases({ ...before, ...patch });
      if (input.leadUnitId !== undefined || input.memberIds !== undefined) {
        await this.checkUnits(manager, input.leadUnitId ?? before.leadUnitId, input.memberIds ?? []);
      }
      await this.checkCluster(manager, input.clusterId);
      const beforeMembers = await this.memberIds(manager, before.id);
      const after = await updateVersioned(manager, ModelProjectEntity, before.id, input.version, patch, LABEL);
      if (after.fundingProgrammeId !== before.fundingProgrammeId) {
        // A grant is made under its project's programme; a corrected programme takes the grants along, each with
        // its own history entry (decision 0025) and a new version, so an open grant form sees the change.
        const [moved]: [{ id: string; version: number; before: string }[], number] = await manager.query(
          `UPDATE "grant" g SET programme_id = $2, version = g.version + 1, updated_at = now()
             FROM "grant" old WHERE old.id = g.id AND g.model_project_id = $1
           RETURNING g.id, g.version, old.programme_id AS before`,
          [before.id, after.fundingProgrammeId],
        );
        await this.audit.recordMany(
          manager,
          actor,
          moved.map((grant) => ({
            entityType: 'Grant',
            entityId: grant.id,
            action: 'UPDATE' as const,
            modelProjectId: before.id,
            before: { programmeId: grant.before, version: grant.version - 1 },
            after: { programmeId: after.fundingProgrammeId, version: grant.version },
          })),
        );
      }
      if (input.memberIds !== undefined) await this.setMembers(manager, before.id, input.memberIds);
      await this.audit.record(manager, actor, {
        entityType: 'ModelProject',
        entityId: before.id,
        action: 'UPDATE',
        modelProjectId: before.id,
        before: { ...before, memberIds: beforeMembers },
        after: { ...after, memberIds: input.memberIds ?? beforeMembers },
      });
      return after;
    });
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    this.access.requirePlatformAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await lockById(manager, ModelProjectEntity, id, LABEL);
      await this.assertNothingOnRecord(manager, id);
      // What the delete takes along gets its own history entry (decision 0025): each measure, in its history.
      const measures: { id: string; code: string; title: string }[] = await manager.query(
        `SELECT id, code, title FROM measure WHERE model_project_id = $1 ORDER BY code`,
        [id],
      );
      await deleteVersioned(manager, ModelProjectEntity, id, version, LABEL);
      await this.audit.recordMany(
        manager,
        actor,
        measures.map((m) => ({
          entityType: 'Measure',
          entityId: m.id,
          measureId: m.id,
          action: 'DELETE' as const,
          modelProjectId: null,
          before: m,
        })),
      );
      await this.audit.record(manager, actor, {
        entityType: 'ModelProject',
        entityId: id,
        action: 'DELETE',
        modelProjectId: null,
        before,
      });
      return id;
    });
  }

  /**
   * A project set up by mistake may go with its plan, but not once it holds reports or money (decision 0038): status
   * reports, grants, cost plans, expenditures, call-offs and proofs must stay traceable. Refused with CONFLICT naming
   * them.
   */
  private async assertNothingOnRecord(manager: EntityManager, id: string): Promise<void> {
    const [record]: Record<string, number>[] = await manager.query(
      `SELECT (SELECT count(*) FROM status_report WHERE model_project_id = $1)::int AS "statusReports",
              (SELECT count(*) FROM "grant" WHERE model_project_id = $1)::int AS grants,
              (SELECT count(*) FROM cost_plan_entry WHERE model_project_id = $1)::int AS "costPlanEntries",
              (SELECT count(*) FROM expenditure WHERE model_project_id = $1)::int AS expenditures,
              (SELECT count(*) FROM call_off WHERE model_project_id = $1)::int AS "callOffs",
              (SELECT count(*) FROM proof WHERE model_project_id = $1)::int AS proofs`,
      [id],
    );
    const labels: Record<string, [string, string]> = {
      statusReports: ['Statusbericht', 'Statusberichte'],
      grants: ['Zusage', 'Zusagen'],
      costPlanEntries: ['Kostenplan-Eintrag', 'Kostenplan-Einträge'],
      expenditures: ['Ausgabe', 'Ausgaben'],
      callOffs: ['Mittelabruf', 'Mittelabrufe'],
      proofs: ['Nachweis', 'Nachweise'],
    };
    const kept = Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => `${n} ${labels[key][n === 1 ? 0 : 1]}`);
    if (kept.length)
      throw DomainError.conflict(
        ErrorReason.HAS_TRACK_RECORD,
        `Das Modellprojekt hat bereits ${kept.join(', ')} und kann deshalb nicht gelöscht werden: Berichte und ` +
          'Finanzdaten müssen nachvollziehbar bleiben.',
        record,
      );
  }

  /** The named funding programme, or the default one (decision 0032). */
  private async programmeId(manager: EntityManager, id: string | undefined): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      id === undefined
        ? `SELECT id FROM funding_programme WHERE is_default`
        : `SELECT id FROM funding_programme WHERE id = $1`,
      id === undefined ? [] : [id],
    );
    if (!row) throw DomainError.badInput('input.fundingProgrammeId', 'Das Förderprogramm existiert nicht.');
    return row.id;
  }

  private async memberIds(manager: EntityManager, projectId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT territorial_unit_id AS id FROM model_project_member WHERE model_project_id = $1 ORDER BY territorial_unit_id`,
      [projectId],
    );
    return rows.map((r) => r.id);
  }

  private async setMembers(manager: EntityManager, projectId: string, unitIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM model_project_member WHERE model_project_id = $1`, [projectId]);
    if (unitIds.length) {
      await manager.query(
        `INSERT INTO model_project_member (model_project_id, territorial_unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [projectId, [...new Set(unitIds)]],
      );
    }
  }

  private async checkCluster(manager: EntityManager, clusterId: string | null | undefined): Promise<void> {
    if (!clusterId) return;
    const [row] = await manager.query(`SELECT 1 FROM cluster WHERE id = $1`, [clusterId]);
    if (!row) throw DomainError.badInput('input.clusterId', 'Den Cluster gibt es nicht.');
  }

  private async checkUnits(manager: EntityManager, leadUnitId: string, memberIds: string[]): Promise<void> {
    const ids = [...new Set([leadUnitId, ...memberIds])];
    const rows: { id: string; kind: TerritorialUnitKind }[] = await manager.query(
      `SELECT id, kind FROM territorial_unit WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const found = new Map(rows.map((r) => [r.id, r.kind]));
    if (!found.has(leadUnitId))
      throw DomainError.badInput('input.leadUnitId', 'Die federführende Gebietseinheit existiert nicht.');
    if (found.get(leadUnitId) === TerritorialUnitKind.LAND) {
      throw DomainError.badInput(
        'input.leadUnitId',
        'Ein Land kann kein Modellprojekt führen; wählen Sie einen Landkreis oder eine Stadt.',
      );
    }
    const missing = memberIds.filter((id) => !found.has(id));
    if (missing.length)
      throw DomainError.badInput('input.memberIds', `Unbekannte Gebietseinheiten: ${missing.join(', ')}`);
  }
}
