import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError } from '../errors/domain-error';

export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Loads a row and locks it for the rest of the transaction. Concurrent writers of the same row queue here, and the
 * later one then sees the version the earlier one wrote.
 */
export async function lockById<E extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
  label: string,
): Promise<E> {
  const entity = await manager.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!entity) throw DomainError.notFound(label, id);
  return entity;
}

/** Refuses a write based on an old version, returning the version the record has now. */
export function assertVersion(entity: Versioned, expectedVersion: number, label: string, current?: unknown): void {
  if (entity.version !== expectedVersion) throw DomainError.staleVersion(label, entity.id, entity.version, current);
}

/**
 * Writes `patch` only if the row still has `expectedVersion`, bumping the version in the same statement. The version
 * is checked in the UPDATE itself (TypeORM's @VersionColumn alone would not). Returns the row as stored.
 */
export async function updateVersioned<E extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  patch: Partial<E>,
  label: string,
): Promise<E> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...(patch as object), version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOne(target, { where: { id } as never });
    if (!current) throw DomainError.notFound(label, id);
    throw DomainError.staleVersion(label, id, current.version);
  }
  return manager.findOneOrFail(target, { where: { id } as never });
}

/**
 * Deletes the row only if it still has `expectedVersion`, checked in the DELETE itself like `updateVersioned`.
 * Rows that reference it with ON DELETE CASCADE go with it: callers record their history first.
 */
export async function deleteVersioned<E extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(target)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected !== 1) {
    const current = await manager.findOne(target, { where: { id } as never });
    if (!current) throw DomainError.notFound(label, id);
    throw DomainError.staleVersion(label, id, current.version);
  }
}

/** Only the keys of `input` that were actually given (GraphQL leaves omitted optional fields undefined). */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
