import { join } from 'node:path';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@masswerk/api/database';

export const DEFAULT_SEED = 2026;

/** Where the generated national data lives unless SCALE_DATABASE_URL points elsewhere. */
export const SCALE_PG_DIR = process.env['SCALE_PG_DIR'] ?? join(process.cwd(), '.data', 'scale');
export const SCALE_PG_PORT = Number(process.env['SCALE_PG_PORT'] ?? 54600);

/**
 * Settings for a database of several gigabytes on a developer machine: enough shared buffers to hold the hot indexes,
 * and room for sorts and hash joins. The product's own embedded database keeps PostgreSQL's defaults.
 */
export const SCALE_PG_SETTINGS = [
  '-c',
  'shared_buffers=1GB',
  '-c',
  'work_mem=64MB',
  '-c',
  'maintenance_work_mem=1GB',
  '-c',
  'effective_cache_size=8GB',
  '-c',
  'max_wal_size=8GB',
  '-c',
  'checkpoint_timeout=30min',
  '-c',
  'random_page_cost=1.1',
  // statement counts per operation in the benchmark
  '-c',
  'shared_preload_libraries=pg_stat_statements',
];

/** The national database: SCALE_DATABASE_URL, or an embedded PostgreSQL in SCALE_PG_DIR. */
export async function openScaleDatabase(
  log: (message: string) => void,
  database = 'masswerk_scale',
): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env['SCALE_DATABASE_URL'];
  if (external) return { url: external, stop: async () => undefined };
  const handle: EmbeddedPostgresHandle = await startEmbeddedPostgres({
    dataDir: SCALE_PG_DIR,
    port: SCALE_PG_PORT,
    database,
    settings: SCALE_PG_SETTINGS,
    log: (m) => (m.includes('[error]') ? log(m) : undefined),
  });
  return handle;
}
