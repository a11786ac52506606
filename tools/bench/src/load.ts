import autocannon from 'autocannon';
import { Client } from 'pg';
import { RunStats, summarize } from './stats';

/** One HTTP request of an operation, as sent to one target; `vary` gives the i-th variant (e.g. another measure). */
export interface Target {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: (i: number) => string | undefined;
  path?: (i: number) => string;
}

export interface LoadOptions {
  connections: number;
  durationSeconds?: number;
  amount?: number;
}

/** Sends one request and checks it answers 200 without GraphQL errors; returns the parsed JSON, or the size. */
export async function probe(target: Target, i = 0): Promise<{ json?: unknown; bytes: number }> {
  const url = new URL(target.path ? target.path(i) : '', target.url);
  const response = await fetch(url, { method: target.method, headers: target.headers, body: target.body?.(i) });
  const buffer = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new Error(`${target.name}: HTTP ${response.status} ${buffer.toString().slice(0, 500)}`);
  if (!(response.headers.get('content-type') ?? '').includes('json')) return { bytes: buffer.length };
  const json = JSON.parse(buffer.toString()) as { errors?: unknown };
  if (json.errors) throw new Error(`${target.name}: ${JSON.stringify(json.errors).slice(0, 800)}`);
  return { json, bytes: buffer.length };
}

/** Bounded load on loopback with autocannon; latencies are taken per response for exact percentiles. */
export async function load(target: Target, options: LoadOptions): Promise<RunStats> {
  let i = 0;
  const base = new URL(target.url);
  const instance = autocannon({
    url: base.origin,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
    timeout: 120,
    requests: [
      {
        method: target.method,
        headers: target.headers,
        setupRequest: (request) => {
          const n = i++;
          return {
            ...request,
            path: target.path
              ? new URL(target.path(n), target.url).pathname + new URL(target.path(n), target.url).search
              : base.pathname,
            body: target.body?.(n),
          };
        },
      },
    ],
  });
  const latencies: number[] = [];
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) latencies.push(ms);
  });
  const result = await instance;
  const failed = result.errors + result.timeouts + result.non2xx;
  return summarize(latencies, failed, result.finish.getTime() - result.start.getTime());
}

/** SQL statements per request, from pg_stat_statements (null when the extension is not loaded). */
export async function statementsPerRequest(db: Client, target: Target, requests = 5): Promise<number | null> {
  try {
    await db.query('SELECT pg_stat_statements_reset()');
  } catch {
    return null;
  }
  for (let i = 0; i < requests; i++) await probe(target, i);
  const { rows } = await db.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0].calls) / requests;
}
