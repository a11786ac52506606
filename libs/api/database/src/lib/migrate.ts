import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations with a short-lived connection; returns the names of those applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(
    dataSourceOptions(url, { extra: { max: 1, application_name: 'masswerk-migrate' } }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
