import type { EntityMetadata } from 'typeorm';

/**
 * The select list that makes PostgreSQL return an entity's columns under its property names, so that raw rows already
 * have the entity's shape and TypeORM's per-row hydration (the most expensive part of reading a list) can be skipped.
 *
 * Only for entities whose columns need no conversion beyond what `pg` does itself (no transformers, no enum or JSON
 * columns, no embedded or relation columns): it refuses others, so an entity that grows such a column fails loudly
 * in the first test that lists it instead of returning raw values.
 */
export function entitySelect(metadata: EntityMetadata, alias: string): string[] {
  return metadata.columns.map((column) => {
    if (
      column.transformer ||
      column.embeddedMetadata ||
      column.relationMetadata ||
      ['enum', 'simple-enum', 'json', 'jsonb', 'simple-json', 'simple-array'].includes(String(column.type))
    )
      throw new Error(`${metadata.name}.${column.propertyName} needs TypeORM's hydration; use getMany()`);
    return `${alias}.${column.databaseName} AS "${column.propertyName}"`;
  });
}
