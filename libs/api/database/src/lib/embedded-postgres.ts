import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { claimDataDir, OwnerClaim } from './embedded-postgres-owner';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

interface Options {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
  /** Messages for the operator (what start-up did on its own), as opposed to PostgreSQL's log above. */
  notice?: (message: string) => void;
  /** Extra server settings, e.g. `['-c', 'shared_buffers=1GB']` for the national benchmark data. */
  settings?: string[];
}

const USER = 'masswerk';
const PASSWORD = 'masswerk-local';

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir` (created on first start, kept
 * across restarts). PostgreSQL refuses to run as root; as root the server runs as the `postgres` system user, which
 * the package creates when it is missing.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = 'masswerk',
  log = () => undefined,
  notice = () => undefined,
  settings = [],
}: Options): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only. A native import() keeps both the TypeScript compiler (which would turn it into
  // require) and the bundler (which would try to inline it) out of the way; its types are declared above.
  const nativeImport = new Function('specifier', 'return import(specifier)') as (
    specifier: string,
  ) => Promise<{ default: EmbeddedPostgresClass }>;
  const { default: EmbeddedPostgres } = await nativeImport('embedded-postgres');
  const isRoot = userInfo().uid === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, so nothing clashes with a system PostgreSQL.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...settings,
    ],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true });
    await pg.initialise();
  }
  // A PostgreSQL that an earlier run left behind on this folder (its Node.js process was killed) is stopped first,
  // so that a restart needs nobody; one that a running Maßwerk uses is left alone and named.
  let claim: OwnerClaim;
  try {
    claim = await claimDataDir(dataDir, notice);
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start with data in ${dataDir}: ${error instanceof Error ? error.message : String(error)} ` +
        `Set EMBEDDED_PG_PORT and EMBEDDED_PG_DIR, or DATABASE_URL for an external server.`,
    );
  }
  try {
    await pg.start();
  } catch (error) {
    claim.release();
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}. Is another instance using the port or the folder? ` +
        `Set EMBEDDED_PG_PORT or EMBEDDED_PG_DIR, or DATABASE_URL for an external server. ${error instanceof Error ? error.message : ''}`,
    );
  }

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      claim.release();
    },
  };
}
