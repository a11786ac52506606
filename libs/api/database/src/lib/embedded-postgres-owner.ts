import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Who runs the embedded PostgreSQL of a data folder. Beside the folder, `<folder>.owner.json` names the Node.js
 * process that started it; PostgreSQL's own `postmaster.pid` names the server. A server whose owner is gone was left
 * behind by a run that was killed (`kill -9`, a crash, a power cut of the terminal): it is stopped, cleanly, before a
 * new one starts. A server whose owner is alive belongs to a running Maßwerk: it is left alone.
 */
export interface OwnerClaim {
  release(): void;
}

interface Owner {
  pid: number;
  startedAt: string;
}

const ownerFile = (dataDir: string) => `${resolve(dataDir)}.owner.json`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8'));
    return typeof owner?.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
}

/** The PID of the PostgreSQL server running on `dataDir`, from its lock file, if that process is alive and is one. */
export function runningPostmaster(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  // Make sure the PID is (still) a postgres on this folder, not a process that took over a reused PID.
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\u0000');
    const folder = command[command.indexOf('-D') + 1];
    if (!command[0]?.includes('postgres') || !folder || resolve(folder) !== resolve(dataDir)) return null;
  } catch {
    // No /proc (not Linux): trust the lock file, as PostgreSQL itself does.
  }
  return pid;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/**
 * Claims the data folder for this process: stops a PostgreSQL left behind by an earlier run (fast shutdown, which
 * checkpoints and closes cleanly; an immediate shutdown if that hangs), refuses when a living Maßwerk owns it, and
 * records this process as the owner.
 */
export async function claimDataDir(dataDir: string, log: (message: string) => void): Promise<OwnerClaim> {
  const owner = readOwner(dataDir);
  const postmaster = runningPostmaster(dataDir);
  if (postmaster !== null) {
    if (owner && owner.pid !== process.pid && alive(owner.pid)) {
      throw new Error(`Another Maßwerk (process ${owner.pid}) is using it.`);
    }
    log(`Stopping the PostgreSQL (process ${postmaster}) that an earlier run left on ${dataDir} …`);
    process.kill(postmaster, 'SIGINT');
    if (!(await waitForExit(postmaster, 30_000))) {
      process.kill(postmaster, 'SIGQUIT');
      if (!(await waitForExit(postmaster, 10_000)))
        throw new Error(`The PostgreSQL left behind (process ${postmaster}) does not stop.`);
    }
  }
  const mine: Owner = { pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(ownerFile(dataDir), JSON.stringify(mine));
  return {
    release() {
      if (readOwner(dataDir)?.pid === process.pid) rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
