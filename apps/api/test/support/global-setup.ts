import './register-paths';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@masswerk/api/database';
import { execFileSync } from 'node:child_process';
import { freePort } from './server-process';
import { withDatabase } from './databases';
import { databaseUrl, TEST_ENV, TEST_TODAY } from './test-env';

declare global {
  var __MASSWERK_PG__: { stop(): Promise<void> } | undefined;
}

/**
 * Starts PostgreSQL once for the whole run (embedded, or the server in TEST_DATABASE_URL) and prepares two template
 * databases: migrated, and migrated with the demo data. Every test file copies one of them, which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const prefix = `mw_test_${process.pid}`;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'masswerk-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    globalThis.__MASSWERK_PG__ = pg;
    process.env[TEST_ENV.dataDir] = dataDir;
    adminUrl = pg.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const empty = `${prefix}_empty`;
  const demo = `${prefix}_demo`;
  for (const name of [empty, demo]) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  await runMigrations(databaseUrl(adminUrl, empty));
  // the maintained roll-ups start as of the tests' day, so that no test app recomputes them in the background
  await withDatabase(databaseUrl(adminUrl, empty), (db) => db.query('SELECT rollup_rebuild($1::date)', [TEST_TODAY]));
  await runMigrations(databaseUrl(adminUrl, demo));
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'seed-demo-template.ts'), databaseUrl(adminUrl, demo)],
    {
      env: { ...process.env, SWC_NODE_PROJECT: join(__dirname, '../../../../tsconfig.base.json') },
      stdio: 'inherit',
    },
  );

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.emptyTemplate] = empty;
  process.env[TEST_ENV.demoTemplate] = demo;
  process.env[TEST_ENV.prefix] = prefix;
}
