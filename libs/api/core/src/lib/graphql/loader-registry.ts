import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';

/**
 * The DataLoaders of one request. Created fresh for every request (so batching never mixes two users' access), and
 * filled lazily: a domain asks for its loader by a key it owns and gets the same instance for the whole request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown>>();

  get<K, V, C = K>(key: unknown, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V, C>;
  }

  /** After a mutation, cached rows of this request may be stale. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

/** Groups rows by a key in the order of `keys`, for DataLoader batch functions returning lists. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** Orders rows by `keys` for DataLoader batch functions returning one row (or null) per key. */
export function oneByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

/**
 * A request's loader of the rows of one table whose `column` equals one of the batched keys, a list per key in
 * `order` (a project's grants, a measure's indicators). One SELECT per batch, however many keys.
 */
export function rowsByColumnLoader<E extends ObjectLiteral>(
  loaders: LoaderRegistry,
  key: unknown,
  dataSource: DataSource,
  target: EntityTarget<E>,
  column: keyof E & string,
  order?: FindOptionsOrder<E>,
): DataLoader<string, E[]> {
  return loaders.get(
    key,
    () =>
      new DataLoader(async (keys: readonly string[]) =>
        groupByKeys(
          keys,
          await dataSource.getRepository(target).find({ where: whereIn(column, keys), order }),
          (row) => row[column],
        ),
      ),
  );
}

/** A request's loader of single rows of one table by a unique `column` (by default the id); null where none is. */
export function rowByColumnLoader<E extends ObjectLiteral>(
  loaders: LoaderRegistry,
  key: unknown,
  dataSource: DataSource,
  target: EntityTarget<E>,
  column: keyof E & string = 'id',
): DataLoader<string, E | null> {
  return loaders.get(
    key,
    () =>
      new DataLoader(async (keys: readonly string[]) =>
        oneByKeys(keys, await dataSource.getRepository(target).findBy(whereIn(column, keys)), (row) => row[column]),
      ),
  );
}

function whereIn<E extends ObjectLiteral>(column: keyof E & string, keys: readonly string[]): FindOptionsWhere<E> {
  return { [column]: In([...keys]) } as FindOptionsWhere<E>;
}
