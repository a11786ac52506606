import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Maßwerk API started from the production build, as `npm start` would, with its own environment. */
export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakMemoryMb(): number;
  /** The last lines the server wrote (its log), to explain a failed request. */
  logTail(): string;
}

export async function startApi(
  name: string,
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ApiProcess> {
  const main = join(process.cwd(), 'dist', 'apps', 'api', 'main.js');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, main], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const keep = (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${name} did not become healthy: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid ?? 0,
    peakMemoryMb: () => vmHwmMb(child.pid ?? 0),
    logTail: () => stderr,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

function vmHwmMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
