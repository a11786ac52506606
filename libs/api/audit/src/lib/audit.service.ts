import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import { Actor } from '@masswerk/shared/domain';
import { deleteVersioned, lockById, updateVersioned } from '@masswerk/api/core';
import type { Versioned } from '@masswerk/api/core';
import { MEASURE_LINKS } from '@masswerk/api/database';
import type { CascadedLink } from '@masswerk/api/database';
import { AuditAction, AuditEntryEntity } from './audit-entry.entity';

export interface RecordedChange {
  entityType: string;
  entityId: string;
  action: AuditAction;
  modelProjectId: string | null;
  measureId?: string | null;
  before?: object | null;
  after?: object | null;
}

export type { CascadedLink };

/** What part of a history a reader sees. */
export interface HistoryView {
  /** Only entries about these kinds of record. */
  entityTypes: string[];
  /** Fields the reader does not see; updates that changed only these are left out. */
  hiddenFields: string[];
}

/** A kind of record whose changes stand in the history: a grant, a cluster, a goal. */
export interface RecordKind<E extends Versioned> {
  entity: EntityTarget<E>;
  /** What the history calls it (`entityType`). */
  type: string;
  /** What messages call it (NOT_FOUND, STALE_VERSION). */
  label: string;
  /** The project in whose history its entries stand; null for records of the whole platform. */
  projectOf(record: E): string | null;
}

/** A kind of record that belongs to one model project (its `modelProjectId`). */
export function projectRecord<E extends Versioned & { modelProjectId: string }>(
  entity: EntityTarget<E>,
  type: string,
  label: string,
): RecordKind<E> {
  return { entity, type, label, projectOf: (record) => record.modelProjectId };
}

/** A kind of record of the whole platform (territorial units, clusters, accounts). */
export function platformRecord<E extends Versioned>(
  entity: EntityTarget<E>,
  type: string,
  label: string,
): RecordKind<E> {
  return { entity, type, label, projectOf: () => null };
}

/** Fields that change on every write or are derived; they would only add noise to the history. */
const NOISE = new Set(['updatedAt', 'createdAt', 'searchDocument', 'passwordHash']);

/** A plain, JSON-safe copy of a record for the history. */
export function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  // Money is bigint cents; JSON has no bigint, so amounts are kept as strings of cents.
  const plain = JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
    string,
    unknown
  >;
  for (const key of Object.keys(plain)) if (NOISE.has(key)) delete plain[key];
  return plain;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the history entry inside the caller's transaction: the change and its entry commit or fail together. */
  async record(manager: EntityManager, actor: Actor, change: RecordedChange): Promise<void> {
    await this.recordMany(manager, actor, [change]);
  }

  /** Saves a new record and writes its CREATE entry, in the caller's transaction. */
  async saveCreated<E extends Versioned>(
    manager: EntityManager,
    actor: Actor,
    kind: RecordKind<E>,
    record: E,
  ): Promise<E> {
    const saved = await manager.save(kind.entity, record);
    await this.record(manager, actor, {
      entityType: kind.type,
      entityId: saved.id,
      action: 'CREATE',
      modelProjectId: kind.projectOf(saved),
      after: saved,
    });
    return saved;
  }

  /**
   * Changes a record at the version the change is based on, with its UPDATE entry, in the caller's transaction: locks
   * the record (NOT_FOUND), lets `patchOf` check access and input (refusing by throwing) and return what changes, and
   * writes that only if the version still matches (STALE_VERSION).
   */
  async updateRecorded<E extends Versioned>(
    manager: EntityManager,
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    patchOf: (before: E) => Partial<E> | Promise<Partial<E>>,
  ): Promise<E> {
    return this.writeRecorded(manager, actor, kind, id, 'UPDATE', async (before) =>
      updateVersioned(manager, kind.entity, id, version, await patchOf(before), kind.label),
    );
  }

  /**
   * Deletes a record at the version the delete is based on, with its DELETE entry, in the caller's transaction: locks
   * the record (NOT_FOUND); `beforeDelete` checks access, refuses by throwing, or records what goes with the record
   * (cascaded rows, links) while it still stands. Returns the id.
   */
  async deleteRecorded<E extends Versioned>(
    manager: EntityManager,
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    version: number,
    beforeDelete?: (before: E) => Promise<void> | void,
  ): Promise<string> {
    await this.writeRecorded(manager, actor, kind, id, 'DELETE', async (before) => {
      await beforeDelete?.(before);
      await deleteVersioned(manager, kind.entity, id, version, kind.label);
      return null;
    });
    return id;
  }

  /** Locks the record, lets `write` change or delete it and records the entry of `action` with both states. */
  private async writeRecorded<E extends Versioned, A extends E | null>(
    manager: EntityManager,
    actor: Actor,
    kind: RecordKind<E>,
    id: string,
    action: AuditAction,
    write: (before: E) => Promise<A>,
  ): Promise<A> {
    const before = await lockById(manager, kind.entity, id, kind.label);
    const after = await write(before);
    await this.record(manager, actor, {
      entityType: kind.type,
      entityId: id,
      action,
      modelProjectId: kind.projectOf(before),
      before,
      after,
    });
    return after;
  }

  /** Several history entries of one transaction in one statement (a delete and everything it takes along). */
  async recordMany(manager: EntityManager, actor: Actor, changes: readonly RecordedChange[]): Promise<void> {
    if (!changes.length) return;
    await manager.insert(
      AuditEntryEntity,
      changes.map((change) => ({
        actorUserId: actor.userId,
        actorName: actor.displayName,
        modelProjectId: change.modelProjectId,
        measureId: change.measureId ?? null,
        entityType: change.entityType,
        entityId: change.entityId,
        action: change.action,
        before: snapshot(change.before) as never,
        after: snapshot(change.after) as never,
      })),
    );
  }

  /**
   * Records, for every measure linked to one of the records about to be deleted, that the link goes: an UPDATE of the
   * measure whose before/after hold just the links that change. Call it inside the deleting transaction, before the
   * DELETE (whose ON DELETE CASCADE removes the links), so that a measure's history explains why a field of action,
   * goal or assignee disappeared. The measure's version is left alone: the measure itself was not edited.
   */
  async unlinkFromMeasures(
    manager: EntityManager,
    actor: Actor,
    modelProjectId: string,
    removed: Partial<Record<CascadedLink, string[]>>,
  ): Promise<void> {
    const kinds = (Object.keys(removed) as CascadedLink[]).filter((k) => removed[k]?.length);
    if (!kinds.length) return;
    // Every link of the kinds concerned, of every measure that loses at least one of them.
    const rows: { measureId: string; link: CascadedLink; ids: string[] }[] = await manager.query(
      `WITH affected AS (
         ${kinds
           .map(
             (k, i) =>
               `SELECT measure_id FROM ${MEASURE_LINKS[k].table} WHERE ${MEASURE_LINKS[k].column} = ANY($${i + 2}::uuid[])`,
           )
           .join(' UNION ')}
       )
       ${kinds
         .map(
           (k) =>
             `SELECT l.measure_id AS "measureId", '${k}' AS link, array_agg(l.${MEASURE_LINKS[k].column}::text ORDER BY l.${MEASURE_LINKS[k].column}) AS ids
                FROM ${MEASURE_LINKS[k].table} l JOIN measure m ON m.id = l.measure_id
               WHERE l.measure_id IN (SELECT measure_id FROM affected) AND m.model_project_id = $1
               GROUP BY l.measure_id`,
         )
         .join(' UNION ALL ')}
       ORDER BY "measureId"`,
      [modelProjectId, ...kinds.map((k) => removed[k])],
    );
    const byMeasure = new Map<string, { before: Record<string, string[]>; after: Record<string, string[]> }>();
    for (const row of rows) {
      const gone = new Set(removed[row.link]);
      const kept = row.ids.filter((id) => !gone.has(id));
      if (kept.length === row.ids.length) continue;
      const entry = byMeasure.get(row.measureId) ?? { before: {}, after: {} };
      entry.before[row.link] = row.ids;
      entry.after[row.link] = kept;
      byMeasure.set(row.measureId, entry);
    }
    await this.recordMany(
      manager,
      actor,
      [...byMeasure].map(([measureId, { before, after }]) => ({
        entityType: 'Measure',
        entityId: measureId,
        action: 'UPDATE' as const,
        modelProjectId,
        measureId,
        before,
        after,
      })),
    );
  }

  /**
   * The newest entries of several measures at once (for a DataLoader), at most `limit` per measure. A `view` narrows
   * them in the statement, before the limit, so that a narrowed page is as full as any other.
   */
  async latestForMeasures(
    measureIds: readonly string[],
    limit: number,
    view: HistoryView | null = null,
  ): Promise<AuditEntryEntity[]> {
    if (!measureIds.length) return [];
    return this.dataSource.query(
      `SELECT id, occurred_at AS "occurredAt", transaction_id AS "transactionId", actor_user_id AS "actorUserId",
              actor_name AS "actorName", model_project_id AS "modelProjectId", measure_id AS "measureId",
              entity_type AS "entityType", entity_id AS "entityId", action, before, after
         FROM (SELECT a.*, row_number() OVER (PARTITION BY measure_id ORDER BY id DESC) AS rn
                 FROM audit_entry a
                WHERE measure_id = ANY($1::uuid[])
                  AND ($3::text[] IS NULL OR entity_type = ANY($3::text[]))
                  -- An update that changed nothing but hidden fields (the version aside) is left out.
                  AND ($4::text[] IS NULL OR action <> 'UPDATE'
                       OR (before - 'version') IS NOT DISTINCT FROM (after - 'version')
                       OR (before - $4::text[] - 'version') IS DISTINCT FROM (after - $4::text[] - 'version'))
              ) ranked
        WHERE rn <= $2
        ORDER BY measure_id, id DESC`,
      [measureIds, limit, view?.entityTypes ?? null, view?.hiddenFields ?? null],
    );
  }

  /** Changes within a model project since an instant, newest first (one page). */
  async forProjectSince(
    projectId: string,
    since: Date,
    limit: number,
    entityTypes: string[] | null,
  ): Promise<AuditEntryEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.model_project_id = :projectId', { projectId })
      .andWhere('a.occurred_at >= :since', { since })
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (entityTypes) qb.andWhere('a.entity_type IN (:...entityTypes)', { entityTypes });
    return qb.getMany();
  }

  async forEntities(entityIds: string[]): Promise<AuditEntryEntity[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .find({ where: { entityId: In(entityIds) }, order: { id: 'DESC' } });
  }
}
