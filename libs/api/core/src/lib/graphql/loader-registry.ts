import DataLoader from 'dataloader';

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
