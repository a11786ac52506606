import { Client } from 'pg';
import { TEST_ENV } from './test-env';

/** Runs `work` with a client connected to the database at `url`, and closes the client afterwards. */
export async function withDatabase<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Runs one statement on the test server's maintenance database (CREATE/DROP DATABASE and the like). */
export async function asTestServerAdmin(sql: string): Promise<void> {
  await withDatabase(process.env[TEST_ENV.adminUrl] as string, (admin) => admin.query(sql));
}

/** How many migrations the database at `url` records as applied, and how many different ones (as text). */
export const recordedMigrations = (url: string): Promise<{ count: string; distinct: string }> =>
  withDatabase(
    url,
    async (db) =>
      (
        await db.query<{ count: string; distinct: string }>(
          'SELECT count(*) AS count, count(DISTINCT name) AS distinct FROM schema_migration',
        )
      ).rows[0],
  );
