import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, MeasureStatus, Permission } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess, MeasureFacts } from '@masswerk/api/access';
import { deleteVersioned, DomainError, lockById, updateVersioned } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import { readLinks, writeLinks } from '@masswerk/api/database';
import type { MeasureLinks } from '@masswerk/api/database';
import { MeasureEntity } from './measure.entity';
import {
  assertCodeFree,
  assertDeletable,
  checkDates,
  checkLinks,
  checkStrategyWork,
  nextCode,
  normalizeTags,
} from './measure.checks';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { IndicatorValueEntity } from '../indicator/indicator-value.entity';
import {
  CreateMeasureInput,
  SetMeasureAssigneesInput,
  UpdateMeasureInput,
  UpdateMeasureProgressInput,
} from './dtos/measure.inputs';

const LABEL = 'Maßnahme';

/** A measure as its history records it: the row and its links. */
interface MeasureWithLinks {
  measure: MeasureEntity;
  links: MeasureLinks;
}

/**
 * Changing measures: profile and plan (administrators), progress (whoever reports on the measure), assignees, and
 * deleting one without a track record. Every change runs in one transaction with its history entry; who may make it
 * is asked of the access service.
 */
@Injectable()
export class MeasureCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateMeasureInput): Promise<MeasureEntity> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, input.modelProjectId);
    return this.dataSource.transaction((manager) => this.createIn(manager, actor, input));
  }

  /** `create` in the caller's transaction (an import writes many measures in one). */
  async createIn(manager: EntityManager, actor: Actor, input: CreateMeasureInput): Promise<MeasureEntity> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, input.modelProjectId);
    const [project] = await manager.query(`SELECT code FROM model_project WHERE id = $1 FOR UPDATE`, [
      input.modelProjectId,
    ]);
    if (!project) throw DomainError.badInput('input.modelProjectId', 'Das Modellprojekt existiert nicht.');
    const code = input.code ?? (await nextCode(manager, input.modelProjectId, project.code));
    if (!code.startsWith(`${project.code}-M`))
      throw DomainError.badInput('input.code', `Die Kennung muss mit ${project.code}-M beginnen.`);
    await assertCodeFree(manager, code);
    const {
      modelProjectId,
      code: _code,
      fieldOfActionIds,
      goalIds,
      participatingUnitIds,
      adopterUnitIds,
      ...fields
    } = input;
    const links = { fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds };
    checkDates(fields);
    checkStrategyWork({ phase: input.phase, strategyWork: fields.strategyWork ?? false });
    await checkLinks(manager, modelProjectId, { ...links, leadUnitId: fields.leadUnitId });
    const measure = await manager.save(
      manager.create(MeasureEntity, {
        summary: '',
        description: '',
        responsibleUnit: '',
        contactName: '',
        partners: [],
        transferabilityNotes: '',
        continuationPlan: '',
        ...fields,
        title: input.title.trim(),
        tags: normalizeTags(fields.tags ?? []),
        status: input.status ?? MeasureStatus.IDEA,
        modelProjectId,
        code,
      }),
    );
    await writeLinks(manager, measure.id, links);
    const created = await manager.findOneByOrFail(MeasureEntity, { id: measure.id });
    await this.record(manager, actor, 'CREATE', null, {
      measure: created,
      links: await this.loadLinks(manager, measure.id),
    });
    return created;
  }

  async update(actor: Actor, input: UpdateMeasureInput): Promise<MeasureEntity> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, actor, input));
  }

  /** `update` in the caller's transaction. */
  async updateIn(manager: EntityManager, actor: Actor, input: UpdateMeasureInput): Promise<MeasureEntity> {
    const before = await this.lockForChange(manager, input.id);
    this.access.requireOnMeasure(actor, MeasureAccess.EDIT_PLAN, factsOf(before));
    const { id, version, fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds, ...patch } = input;
    const links = { fieldOfActionIds, goalIds, participatingUnitIds, adopterUnitIds };
    if (patch.title !== undefined) patch.title = patch.title.trim();
    if (patch.tags !== undefined) patch.tags = normalizeTags(patch.tags);
    checkDates({ ...before.measure, ...stripUndefined(patch) });
    checkStrategyWork({ ...before.measure, ...stripUndefined(patch) });
    await checkLinks(manager, before.measure.modelProjectId, { ...links, leadUnitId: patch.leadUnitId });
    const after = await updateVersioned(
      manager,
      MeasureEntity,
      id,
      version,
      stripUndefined(patch) as Partial<MeasureEntity>,
      LABEL,
    );
    await writeLinks(manager, id, links);
    await this.record(manager, actor, 'UPDATE', before, { measure: after, links: await this.loadLinks(manager, id) });
    return after;
  }

  async updateProgress(actor: Actor, input: UpdateMeasureProgressInput): Promise<MeasureEntity> {
    return this.dataSource.transaction((manager) => this.updateProgressIn(manager, actor, input));
  }

  /** `updateProgress` in the caller's transaction. */
  async updateProgressIn(
    manager: EntityManager,
    actor: Actor,
    input: UpdateMeasureProgressInput,
  ): Promise<MeasureEntity> {
    const before = await this.lockForChange(manager, input.id);
    this.access.requireOnMeasure(actor, MeasureAccess.REPORT_PROGRESS, factsOf(before));
    const { id, version, ...patch } = input;
    const next = { ...before.measure, ...stripUndefined(patch) };
    if (patch.manualProgress === null) next.manualProgressReason = null;
    if (patch.manualHealth === null) next.manualHealthReason = null;
    if (next.manualProgress !== null && !next.manualProgressReason?.trim()) {
      throw DomainError.badInput('input.manualProgressReason', 'Ein manueller Fortschritt braucht eine Begründung.');
    }
    if (next.manualHealth !== null && !next.manualHealthReason?.trim()) {
      throw DomainError.badInput('input.manualHealthReason', 'Eine manuelle Bewertung braucht eine Begründung.');
    }
    checkDates(next);
    const after = await updateVersioned(
      manager,
      MeasureEntity,
      id,
      version,
      {
        status: next.status,
        actualStart: next.actualStart,
        actualEnd: next.actualEnd,
        manualProgress: next.manualProgress,
        manualProgressReason: next.manualProgress !== null ? next.manualProgressReason : null,
        manualHealth: next.manualHealth,
        manualHealthReason: next.manualHealth !== null ? next.manualHealthReason : null,
      },
      LABEL,
    );
    await this.record(manager, actor, 'UPDATE', before, { measure: after, links: before.links });
    return after;
  }

  async setAssignees(actor: Actor, input: SetMeasureAssigneesInput): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, input.measureId);
      this.access.requireOnMeasure(actor, MeasureAccess.EDIT_PLAN, factsOf(before));
      const userIds = [...new Set(input.userIds)];
      const members: { id: string }[] = await manager.query(
        `SELECT user_id AS id FROM membership WHERE model_project_id = $1 AND user_id = ANY($2::uuid[])`,
        [before.measure.modelProjectId, userIds],
      );
      const outsiders = userIds.filter((u) => !members.some((m) => m.id === u));
      if (outsiders.length)
        throw DomainError.badInput('input.userIds', 'Zuständig können nur Mitglieder des Modellprojekts sein.');
      // Assignees are part of the measure: the change bumps its version like any other.
      const after = await updateVersioned(manager, MeasureEntity, before.measure.id, input.version, {}, LABEL);
      await writeLinks(manager, before.measure.id, { assigneeIds: userIds });
      await this.record(manager, actor, 'UPDATE', before, {
        measure: after,
        links: { ...before.links, assigneeIds: [...userIds].sort() },
      });
      return after;
    });
  }

  /**
   * Deletes a measure that has no track record yet (decision 0023): status reports, cost plans and expenditures are
   * evidence for the funder and keep the measure alive (it is stopped instead). Milestones, indicators and their
   * values go with it, each with its own history entry in the same transaction.
   */
  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, id);
      this.access.requireOnMeasure(actor, MeasureAccess.EDIT_PLAN, factsOf(before));
      await assertDeletable(manager, before.measure);
      // The measure's lock keeps its parts still: every writer of a part locks the measure first.
      const milestones = await manager.find(MilestoneEntity, { where: { measureId: id }, order: { id: 'ASC' } });
      const indicators = await manager.find(IndicatorEntity, { where: { measureId: id }, order: { id: 'ASC' } });
      const values = await manager.find(IndicatorValueEntity, {
        where: { indicatorId: In(indicators.map((i) => i.id)) },
        order: { id: 'ASC' },
      });
      await deleteVersioned(manager, MeasureEntity, id, version, LABEL);
      const parts: [string, { id: string }[]][] = [
        ['Milestone', milestones],
        ['IndicatorValue', values],
        ['Indicator', indicators],
      ];
      await this.audit.recordMany(
        manager,
        actor,
        parts.flatMap(([entityType, rows]) =>
          rows.map((row) => ({
            entityType,
            entityId: row.id,
            action: 'DELETE' as const,
            modelProjectId: before.measure.modelProjectId,
            measureId: id,
            before: row,
          })),
        ),
      );
      await this.record(manager, actor, 'DELETE', before, null);
      return id;
    });
  }

  // ---- helpers ----

  /** Locks the measure (every writer of its parts locks it first) and loads its links for the history. */
  private async lockForChange(manager: EntityManager, id: string): Promise<MeasureWithLinks> {
    const measure = await lockById(manager, MeasureEntity, id, LABEL);
    return { measure, links: await this.loadLinks(manager, id) };
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    before: MeasureWithLinks | null,
    after: MeasureWithLinks | null,
  ): Promise<void> {
    const subject = (after ?? before) as MeasureWithLinks;
    const flatten = (x: MeasureWithLinks | null) => x && { ...withoutMaintained(x.measure), ...x.links };
    await this.audit.record(manager, actor, {
      entityType: 'Measure',
      entityId: subject.measure.id,
      action,
      modelProjectId: subject.measure.modelProjectId,
      measureId: action === 'DELETE' ? null : subject.measure.id,
      before: flatten(before),
      after: flatten(after),
    });
  }

  private async loadLinks(manager: EntityManager, measureId: string): Promise<MeasureLinks> {
    const [links] = await readLinks(manager, [measureId]);
    return links;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const MAINTAINED = [
  'milestoneProgress',
  'milestoneCount',
  'earliestOpenMilestoneDue',
  'lastReportOn',
  'lastReportProgress',
  'lastTrafficLight',
] as const;

function withoutMaintained(measure: MeasureEntity): Partial<MeasureEntity> {
  const copy: Partial<MeasureEntity> = { ...measure };
  for (const key of MAINTAINED) delete copy[key];
  return copy;
}

/** What the access rules need of a locked measure. */
function factsOf({ measure, links }: MeasureWithLinks): MeasureFacts {
  return {
    id: measure.id,
    projectId: measure.modelProjectId,
    leadUnitId: measure.leadUnitId,
    published: measure.published,
    assigneeIds: links.assigneeIds,
  };
}
