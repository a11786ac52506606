import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { TEST_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const prefix = process.env[TEST_ENV.prefix];
  if (adminUrl && prefix && process.env['TEST_DATABASE_URL']) {
    // On a shared server, leave nothing behind.
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__MASSWERK_PG__?.stop();
  const dataDir = process.env[TEST_ENV.dataDir];
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
