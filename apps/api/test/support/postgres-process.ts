import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export interface PostgresProcess {
  url: string;
  /** Stops PostgreSQL (fast shutdown) and waits for it. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL of the test's own, run by a small process of its own (the launcher is an ES module, which
 * Jest's workers cannot import): for tests that stop and start the database under a running server.
 */
export function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'postgres-process.main.ts'), dataDir, String(port)],
      {
        cwd: ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /^ready (\S+)$/m.exec(output)?.[1];
      if (url)
        resolve({
          url,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
    });
    void exited.then(() => reject(new Error(`PostgreSQL did not start: ${output}`)));
  });
}
