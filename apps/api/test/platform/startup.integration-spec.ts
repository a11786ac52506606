import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '../../../..');

function listening(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

/** Runs `main.ts` as `npm start` would run the build, and waits for it to end. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts did not end:\n${output}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('starting the server', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'masswerk-start-'));
    // As root, the embedded PostgreSQL runs as the `postgres` user, which must reach its data folder.
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the embedded PostgreSQL and exits with an error when the port is taken', async () => {
    const taken = await listening();
    const pg = await listening();
    pg.server.close(); // a free port for PostgreSQL
    const dataDir = join(dir, 'postgres');
    try {
      const { code, output } = await runMain({
        NODE_ENV: 'test',
        PORT: String(taken.port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        EMBEDDED_PG_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pg.port),
        DEMO_DATA: 'false',
        DASHBOARD_DIR: '',
        LOG_LEVEL: 'error',
      });
      expect(code).toBe(1);
      expect(output).toContain('EADDRINUSE');
      expect(output).toContain('Embedded PostgreSQL stopped.');
    } finally {
      taken.server.close();
    }
    // the server is gone: nothing answers on its port, and it left no lock on its data folder
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    const client = new Client({ host: '127.0.0.1', port: pg.port, user: 'postgres', database: 'postgres' });
    await expect(client.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
