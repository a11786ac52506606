import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { AccessService, MeasureAccess, MeasureFacts } from '@masswerk/api/access';
import { deleteVersioned, DomainError, lockById, updateVersioned } from '@masswerk/api/core';
import type { Versioned } from '@masswerk/api/core';
import { AuditService } from '@masswerk/api/audit';
import type { AuditAction } from '@masswerk/api/audit';
import { MeasureEntity } from './measure.entity';
import { REFRESH_MEASURE_METRICS_SQL } from '../measure-rules.sql';

/** A record that belongs to one measure. */
export type PartRow = Versioned & { measureId: string };

/** A kind of record that belongs to one measure: a milestone, a status report, an indicator, an expenditure. */
export interface MeasurePart<E extends PartRow> {
  entity: EntityTarget<E>;
  /** What the history calls it (`entityType`). */
  type: string;
  /** What messages call it (NOT_FOUND). */
  label: string;
  /** The measure keeps columns computed from these records (milestone progress, latest report): refresh them. */
  refreshesMeasure: boolean;
}

/**
 * Every change to a part of a measure has one shape: lock the measure, then change the part, then refresh the measure.
 * Every writer of a part locks the measure first (and only then the part), so writers never deadlock and a measure
 * being deleted keeps its parts still. Access is asked of the {@link AccessService} with the facts of the locked
 * measure. `change` and `changeExisting` run in the caller's transaction; `create`, `update` and `remove` are the
 * whole of the usual changes, each in its own transaction with its history entry.
 */
@Injectable()
export class MeasureParts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Adds a part to a measure: `build` checks the input and returns the new record's fields. */
  create<E extends PartRow>(
    actor: Actor,
    part: MeasurePart<E>,
    measureId: string,
    access: MeasureAccess,
    build: (
      measure: MeasureFacts,
      manager: EntityManager,
    ) => NoInfer<DeepPartial<E>> | Promise<NoInfer<DeepPartial<E>>>,
  ): Promise<E> {
    return this.dataSource.transaction((manager) => this.createIn(manager, actor, part, measureId, access, build));
  }

  /** `create` in the caller's transaction. */
  createIn<E extends PartRow>(
    manager: EntityManager,
    actor: Actor,
    part: MeasurePart<E>,
    measureId: string,
    access: MeasureAccess,
    build: (
      measure: MeasureFacts,
      manager: EntityManager,
    ) => NoInfer<DeepPartial<E>> | Promise<NoInfer<DeepPartial<E>>>,
  ): Promise<E> {
    return this.change(manager, actor, part, measureId, access, async (measure) => {
      const created: E = await manager.save(part.entity, manager.create(part.entity, await build(measure, manager)));
      await this.record(manager, actor, measure, part.type, 'CREATE', null, created);
      return created;
    });
  }

  /** Changes one part at the version it is based on: `patchOf` checks the input and returns what changes. */
  update<E extends PartRow>(
    actor: Actor,
    part: MeasurePart<E>,
    id: string,
    version: number,
    access: MeasureAccess,
    patchOf: (before: E, manager: EntityManager) => Partial<E> | Promise<Partial<E>>,
  ): Promise<E> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, actor, part, id, version, access, patchOf));
  }

  /** `update` in the caller's transaction. */
  updateIn<E extends PartRow>(
    manager: EntityManager,
    actor: Actor,
    part: MeasurePart<E>,
    id: string,
    version: number,
    access: MeasureAccess,
    patchOf: (before: E, manager: EntityManager) => Partial<E> | Promise<Partial<E>>,
  ): Promise<E> {
    return this.changeExisting(manager, actor, part, id, access, async (before, measure) => {
      const patch = await patchOf(before, manager);
      const after = await updateVersioned(manager, part.entity, id, version, patch, part.label);
      await this.record(manager, actor, measure, part.type, 'UPDATE', before, after);
      return after;
    });
  }

  /**
   * Deletes one part at the version it is based on. `takesAlong` records what goes with it (cascaded rows) before the
   * DELETE removes it; `refused` words a refusal.
   */
  remove<E extends PartRow>(
    actor: Actor,
    part: MeasurePart<E>,
    id: string,
    version: number,
    access: MeasureAccess,
    {
      refused,
      takesAlong,
    }: { refused?: string; takesAlong?: (manager: EntityManager, before: E) => Promise<void> } = {},
  ): Promise<string> {
    return this.dataSource.transaction((manager) =>
      this.changeExisting(
        manager,
        actor,
        part,
        id,
        access,
        async (before, measure) => {
          await takesAlong?.(manager, before);
          await deleteVersioned(manager, part.entity, id, version, part.label);
          await this.record(manager, actor, measure, part.type, 'DELETE', before, null);
          return id;
        },
        refused,
      ),
    );
  }

  /** Adds to a measure (or changes what is found by the measure): `change` runs under the measure's lock. */
  async change<E extends PartRow, T>(
    manager: EntityManager,
    actor: Actor,
    part: MeasurePart<E>,
    measureId: string,
    access: MeasureAccess,
    change: (measure: MeasureFacts) => Promise<T>,
  ): Promise<T> {
    const measure = await this.lockMeasure(manager, measureId);
    this.access.requireOnMeasure(actor, access, measure);
    return this.refreshed(manager, part, measure, await change(measure));
  }

  /**
   * Changes one existing part: finds it (NOT_FOUND), locks its measure, then the part, requires `access` (worded by
   * `refused` when given) and runs `change` with the part as it was.
   */
  async changeExisting<E extends PartRow, T>(
    manager: EntityManager,
    actor: Actor,
    part: MeasurePart<E>,
    id: string,
    access: MeasureAccess,
    change: (before: E, measure: MeasureFacts) => Promise<T>,
    refused?: string,
  ): Promise<T> {
    const peek = await manager.findOneBy(part.entity, { id } as never);
    if (!peek) throw DomainError.notFound(part.label, id);
    const measure = await this.lockMeasure(manager, peek.measureId);
    const before = await lockById(manager, part.entity, id, part.label);
    this.access.requireOnMeasure(actor, access, measure, refused);
    return this.refreshed(manager, part, measure, await change(before, measure));
  }

  /** The history entry of a change to a part (or to a part of a part), in the change's transaction. */
  record(
    manager: EntityManager,
    actor: Actor,
    measure: Pick<MeasureFacts, 'id' | 'projectId'>,
    type: string,
    action: AuditAction,
    before: { id: string } | null,
    after: { id: string } | null,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      entityType: type,
      entityId: ((after ?? before) as { id: string }).id,
      action,
      modelProjectId: measure.projectId,
      measureId: measure.id,
      before,
      after,
    });
  }

  private async lockMeasure(manager: EntityManager, id: string): Promise<MeasureFacts> {
    await lockById(manager, MeasureEntity, id, 'Maßnahme');
    const [facts] = await this.access.measureFacts([id], manager);
    return facts;
  }

  private async refreshed<E extends PartRow, T>(
    manager: EntityManager,
    part: MeasurePart<E>,
    measure: MeasureFacts,
    result: T,
  ): Promise<T> {
    if (part.refreshesMeasure) await manager.query(REFRESH_MEASURE_METRICS_SQL, [[measure.id]]);
    return result;
  }
}
