import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { BENCH_ACCOUNTS } from '@masswerk/tools/support';

/**
 * Operation 6: the daily reminder round (decision 0059) over the national data, as `npm run reminders:run -- --dry-run`
 * runs it: the production build in a process of its own, the whole round in one transaction that is rolled back, so
 * that every run starts from the same data and finds the same reminders.
 */

/** What one round cost, and what it found. */
export interface RoundRun {
  /** From the start of the process until the application is ready (Nest, TypeORM, the database). */
  bootMs: number;
  /** The round itself: from ready until it printed its result (every mail and item included). */
  roundMs: number;
  /** Resident memory when the application was ready, and the process's peak (VmHWM), in MB. */
  readyRssMb: number;
  peakRssMb: number;
  created: number;
  mails: number;
  /** The longest the round kept the event loop from anything else (the round's own log), NaN if it did not say. */
  stallMs: number;
  /** Lines the command printed: one per digest and per item. */
  lines: number;
}

/**
 * The people a round reminds, added to the national data once (idempotent): a project office per model project and an
 * editor per member municipality, as an installation in use has them. The generator gives only the largest project
 * an office, and without recipients the round would find facts and write nothing. Returns the people added and the
 * recipients there are.
 */
export async function ensureRecipients(db: Client): Promise<{ added: number; recipients: number }> {
  const hash = `(SELECT password_hash FROM app_user WHERE email = '${BENCH_ACCOUNTS.projectManager}')`;
  const offices = await db.query(`
    WITH people AS (
      INSERT INTO app_user (email, display_name, password_hash)
      SELECT 'bench.buero.' || lower(p.code) || '@example.org', 'Projektbüro ' || p.code, ${hash}
        FROM model_project p
      ON CONFLICT (email) DO NOTHING
      RETURNING id, email)
    INSERT INTO membership (user_id, model_project_id, role)
    SELECT people.id, p.id, 'ADMIN' FROM people JOIN model_project p
      ON people.email = 'bench.buero.' || lower(p.code) || '@example.org'
    ON CONFLICT DO NOTHING`);
  const editors = await db.query(`
    WITH people AS (
      INSERT INTO app_user (email, display_name, password_hash)
      SELECT 'bench.gemeinde.' || u.id || '@example.org', 'Gemeinde ' || u.name, ${hash}
        FROM territorial_unit u WHERE EXISTS (SELECT 1 FROM model_project_member m WHERE m.territorial_unit_id = u.id)
      ON CONFLICT (email) DO NOTHING
      RETURNING id, email)
    INSERT INTO membership (user_id, model_project_id, role, territorial_unit_id)
    SELECT people.id, m.model_project_id, 'EDITOR', m.territorial_unit_id
      FROM people JOIN model_project_member m ON people.email = 'bench.gemeinde.' || m.territorial_unit_id || '@example.org'
    ON CONFLICT DO NOTHING`);
  const { rows } = await db.query(
    `SELECT count(DISTINCT user_id)::int AS n FROM membership WHERE role IN ('ADMIN', 'EDITOR')`,
  );
  return { added: (offices.rowCount ?? 0) + (editors.rowCount ?? 0), recipients: rows[0].n };
}

/** Runs `main.js reminders:run --today <today> --dry-run` of the production build on the database at `url`. */
export function runReminderRound(url: string, today: string): Promise<RoundRun> {
  // The build under a name of its own (a link to it): on a shared machine, whatever stops API servers by the name
  // `dist/apps/api/main.js` would stop a round of ten minutes with them.
  const main = join(process.cwd(), 'tmp', 'bench', 'reminder-round.js');
  mkdirSync(join(process.cwd(), 'tmp', 'bench'), { recursive: true });
  rmSync(main, { force: true });
  symlinkSync(join(process.cwd(), 'dist', 'apps', 'api', 'main.js'), main);
  const started = Date.now();
  const child = spawn(process.execPath, [main, 'reminders:run', '--today', today, '--dry-run'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      MASSWERK_TODAY: today,
      DEMO_DATA: 'false',
      JOBS: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid ?? 0;
  let ready = 0;
  let readyRssMb = 0;
  let peakRssMb = 0;
  let done = 0;
  let lines = 0;
  let result = '';
  let tail = '';
  let stallMs = Number.NaN;
  // VmHWM only grows: sampled until the process exits, its last value is the peak of the whole run
  const sample = () => {
    try {
      peakRssMb = Math.max(peakRssMb, procStatusMb(pid, 'VmHWM'));
    } catch {
      // exited
    }
  };
  const sampler = setInterval(sample, 100);
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const all = text.split('\n');
    partial = all.pop() ?? '';
    for (const line of all) {
      lines++;
      if (!ready && line.includes('successfully started')) {
        ready = Date.now();
        readyRssMb = procStatusMb(pid, 'VmRSS');
      }
      const stall = /longest event-loop stall (\d+) ms/.exec(line);
      if (stall) stallMs = Number(stall[1]);
      if (line.includes('Reminder round of')) {
        done = Date.now();
        result = line;
        sample();
      }
    }
    tail = (tail + text).slice(-2000);
  });
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearInterval(sampler);
      const counts = /: (\d+) new reminders, (\d+) digest mails/.exec(result);
      if (code !== 0 || !done || !counts) return reject(new Error(`reminders:run exited with ${code}: ${tail}`));
      // without Nest's "started" line (log level), the round's time includes the start of the process
      const from = ready || started;
      resolve({
        bootMs: from - started,
        roundMs: done - from,
        readyRssMb,
        peakRssMb,
        created: Number(counts[1]),
        mails: Number(counts[2]),
        stallMs,
        lines,
      });
    });
  });
}

function procStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * Targets of operation 6 (docs/performance.md, "The reminder round"). Duration: the round is a pg-boss job, which
 * pg-boss expires (and retries) after 15 minutes; two thirds of that leave room for a busier machine. Memory: the
 * round runs inside an API instance, which should fit a 1 GB container while it does.
 */
export const ROUND_TARGETS = { seconds: 600, peakRssMb: 1024 } as const;

/** Runs the round `runs` times and returns its rows for the report, its checks, and the raw numbers. */
export async function benchReminderRound(
  db: Client,
  url: string,
  today: string,
  log: (message: string) => void,
  runs = 1,
): Promise<{ lines: string[]; results: object }> {
  const { added, recipients } = await ensureRecipients(db);
  if (added) log(`reminder round: ${added} project offices and municipal editors added to the national data`);
  const measured: RoundRun[] = [];
  for (let i = 0; i < runs; i++) {
    // A rolled-back round leaves hundreds of thousands of dead rows, which autovacuum then records as "38,000 pages,
    // 0 rows": the next round would be planned on that. Each run starts from the tables as VACUUM leaves them.
    await db.query('VACUUM ANALYZE notification, mail_outbox');
    const run = await runReminderRound(url, today);
    measured.push(run);
    log(
      `6 reminder round (dry run) #${i + 1}: ${(run.roundMs / 1000).toFixed(1)} s (boot ${(run.bootMs / 1000).toFixed(1)} s), ` +
        `${run.created} reminders, ${run.mails} digests; longest event-loop stall ${run.stallMs} ms; RSS ready ${run.readyRssMb.toFixed(0)} MB, peak ${run.peakRssMb.toFixed(0)} MB`,
    );
  }
  const slowest = Math.max(...measured.map((r) => r.roundMs)) / 1000;
  const peak = Math.max(...measured.map((r) => r.peakRssMb));
  const [first] = measured;
  const lines = [
    `Reminder round of ${today} (dry run, rolled back) for ${recipients} recipients: ${first.created} reminders in ` +
      `${first.mails} digests; ${runs} runs: ${measured.map((r) => `${(r.roundMs / 1000).toFixed(1)} s`).join(', ')}; ` +
      `RSS when ready ${first.readyRssMb.toFixed(0)} MB`,
    '',
    '| Target | Value | Limit | Verdict |',
    '| --- | ---: | ---: | --- |',
    `| reminder round: duration (s), slowest run | ${slowest.toFixed(1)} | ≤ ${ROUND_TARGETS.seconds} | ${slowest <= ROUND_TARGETS.seconds ? 'PASS' : 'MISS'} |`,
    `| reminder round: peak memory (MB) of its process | ${peak.toFixed(0)} | ≤ ${ROUND_TARGETS.peakRssMb} | ${peak <= ROUND_TARGETS.peakRssMb ? 'PASS' : 'MISS'} |`,
    `| reminder round: longest event-loop stall (ms), what a request waits at most | ${Math.max(...measured.map((r) => r.stallMs))} | – | – |`,
  ];
  return { lines, results: { today, recipients, runs: measured, targets: ROUND_TARGETS } };
}
