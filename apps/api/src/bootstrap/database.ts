import type { AppConfig } from '@masswerk/api/core';
import { EmbeddedPostgresHandle, runMigrations, startEmbeddedPostgres } from '@masswerk/api/database';

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
}

/** The configured PostgreSQL, or an embedded one in the project's data folder; migrated to the latest schema. */
export async function prepareDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseHandle> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(
      `Starting embedded PostgreSQL (data in ${config.embeddedPostgres.dataDir}, port ${config.embeddedPostgres.port}) …`,
    );
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedPostgres.dataDir,
      port: config.embeddedPostgres.port,
      log: (m) => process.env['DEBUG_POSTGRES'] && log(`[postgres] ${m}`),
      notice: log,
    });
    url = embedded.url;
  }
  try {
    // Directly on the primary when the pool goes through PgBouncer in transaction mode (session-level lock, 0053).
    const applied = await runMigrations(config.databaseMigrationUrl ?? url);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded };
}
