/**
 * `npm run bench`: Maßwerk against a floor (hand-written SQL behind node:http) and a peer (PostGraphile 4) on the
 * national data, plus Maßwerk on the demo data, in one run with one load generator, and the daily reminder round.
 * Writes tmp/bench/results.json and tmp/bench/report.md. Options: `--today YYYY-MM-DD` (default 2026-11-21),
 * `--duration <s>` (default 10), `--only reminders` (just the reminder round, in about two minutes; writes
 * tmp/bench/reminders.md and reminders.json), `--only first-read` (just operation 7, the first read after a change;
 * writes tmp/bench/first-read.md), `--only public` (just operation 8, the public measure list; writes
 * tmp/bench/public.md), `--only rollups` (just operations 3, 4a and 4b, cached and not; writes tmp/bench/rollups.md),
 * `--only lists` (just operations 1 and 2; writes tmp/bench/lists.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { Client, Pool } from 'pg';
import { BENCH_ACCOUNTS, benchToken, DEFAULT_SEED, openScaleDatabase } from '@masswerk/tools/support';
import { load, LoadOptions, probe, statementsPerRequest, Target } from './load';
import { createFloorServer } from './floor-server';
import { createPeerServer } from './peer-server';
import {
  MASSWERK_CLUSTER,
  MASSWERK_LIST,
  MASSWERK_LIST_ANY,
  MASSWERK_MEASURE,
  MASSWERK_NATIONAL,
  MASSWERK_OVERVIEW,
  PEER_LIST,
  PEER_MEASURE,
  PUBLIC_LIST,
} from './operations';
import { ApiProcess, startApi } from './processes';
import { benchReminderRound } from './reminder-round';
import { FirstReadResult, firstReadReport, measureFirstRead } from './first-read';
import { Check, formatRatio, passes, RunStats } from './stats';

const DEMO_PASSWORD = 'Masswerk-Demo-2026';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const log = (message: string) => console.log(`[bench] ${message}`);

interface Row {
  operation: string;
  target: string;
  stats: RunStats;
  statements: number | null;
  note?: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function graphql(
  name: string,
  url: string,
  token: string | null,
  query: string,
  variables: (i: number) => object,
): Target {
  // the same headers for the warm-up (fetch) and the load (autocannon): Maßwerk's read cache keys on Accept
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  return {
    name,
    url: `${url}/graphql`,
    method: 'POST',
    headers,
    body: (i) => JSON.stringify({ query, variables: variables(i) }),
  };
}

/** An anonymous GET of /graphql as the public site sends it (decision 0074), without `If-None-Match`. */
function publicGet(name: string, url: string, query: string, variables: (i: number) => object): Target {
  return {
    name,
    url,
    method: 'GET',
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    path: (i) => `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables(i)) })}`,
  };
}

/** Pages of the public list visited in turn: the first twenty, as visitors leaf through a project. */
const PUBLIC_PAGES = 20;

/** Operation 8 at two page sizes: Maßwerk anonymously (never read-cached) against the floor on `measure_release`. */
function publicListOps(
  nationalUrl: string,
  floorUrl: string,
  projectCode: string,
  duration: number,
): { op: string; load: LoadOptions; targets: Target[] }[] {
  return [20, 50].map((first) => ({
    op: `8 public measure list (${first})`,
    load: { connections: 8, durationSeconds: duration },
    targets: [
      publicGet('Maßwerk (anonymous)', nationalUrl, PUBLIC_LIST, (i) => ({
        projectCode,
        first,
        offset: (i % PUBLIC_PAGES) * first,
      })),
      get('floor', floorUrl, null, (i) => `/public-list?first=${first}&offset=${(i % PUBLIC_PAGES) * first}`),
    ],
  }));
}

/** Targets of operation 8: at least half the floor's throughput, and a p95 a visitor does not notice under load. */
const PUBLIC_P95_LIMIT_MS = 100;

function publicChecks(rows: Row[]): { checks: Check[]; lines: string[] } {
  const checks: Check[] = [];
  const lines: string[] = [];
  for (const first of [20, 50]) {
    const op = `8 public measure list (${first})`;
    const m = rows.find((r) => r.operation === op && r.target === 'Maßwerk (anonymous)')?.stats;
    const f = rows.find((r) => r.operation === op && r.target === 'floor')?.stats;
    if (m && f)
      checks.push({ label: `op 8 (${first}): throughput vs floor`, ratio: m.rps / f.rps, limit: 0.5, atLeast: true });
    if (m)
      lines.push(
        `| op 8 (${first}): p95 (ms) | ${m.p95} | ≤ ${PUBLIC_P95_LIMIT_MS} | ${m.p95 <= PUBLIC_P95_LIMIT_MS ? 'PASS' : 'MISS'} |`,
      );
  }
  return { checks, lines };
}

/**
 * Runs each operation against each of its targets: three warm-up requests whose answers are checked, the statements
 * per request, then the load; returns a row per operation and target.
 */
async function runOps(
  ops: { op: string; load: LoadOptions; targets: Target[] }[],
  admin: Client,
  apis: ApiProcess[],
  duration: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { op, load: options, targets } of ops) {
    for (const target of targets) {
      for (let i = 0; i < 3; i++) await probeOnce(target, i, apis); // warm-up and correctness
      const statements = target.name.includes('demo') ? null : await statementsPerRequest(admin, target);
      // Maßwerk's answers take milliseconds (cached, or from the maintained roll-ups): measure them over the usual
      // duration; the raw aggregate SQL takes seconds per request
      const fastRollup = op.startsWith('4b') && target.name.startsWith('Maßwerk');
      const stats = await load(target, fastRollup ? { connections: 2, durationSeconds: duration } : options);
      // let requests still in flight at the servers finish, so they are not counted for the next target
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(3000, Number.isFinite(stats.p95) ? 1.2 * stats.p95 : 30_000)),
      );
      rows.push({ operation: op, target: target.name, stats, statements });
      log(
        `${op} · ${target.name}: ${stats.rps.toFixed(1)} req/s, p50 ${stats.p50} ms, p95 ${stats.p95} ms, ` +
          `${statements ?? 'n/a'} statements, ${stats.errors} errors`,
      );
    }
  }
  return rows;
}

const ROW_HEADER = [
  '| Operation | Target | req/s | p50 ms | p95 ms | SQL statements / request | errors |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
const rowLine = (r: Row) =>
  `| ${r.operation} | ${r.target} | ${r.stats.rps.toFixed(1)} | ${r.stats.p50} | ${r.stats.p95} | ${r.statements ?? '–'} | ${r.stats.errors} |`;
const checkLine = (c: Check) =>
  `| ${c.label} | ${formatRatio(c.ratio)} | ${c.atLeast ? '≥' : '≤'} ${c.limit} | ${passes(c) ? 'PASS' : 'MISS'} |`;

function get(name: string, url: string, token: string | null, path: (i: number) => string): Target {
  return { name, url, method: 'GET', headers: token ? { authorization: `Bearer ${token}` } : {}, path };
}

/**
 * A warm-up request whose answer must be free of errors. A failure is retried once after a pause (a heavy request can
 * hit the statement timeout while the previous target's requests still run on the shared database), with the
 * server's log printed, so that a real error stops the run and says why.
 */
async function probeOnce(target: Target, i: number, apis: ApiProcess[]): Promise<void> {
  try {
    await probe(target, i);
  } catch (error) {
    const api = apis.find((a) => target.url.startsWith(a.url));
    log(`warm-up of ${target.name} failed, retrying in 15 s: ${String(error).slice(0, 300)}`);
    if (api) log(`its log:\n${api.logTail().slice(-1500)}`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    await probe(target, i);
  }
}

async function ensureNationalData(url: string, today: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.measure') IS NOT NULL AS ready`);
    if (rows[0].ready && (await client.query(`SELECT EXISTS (SELECT 1 FROM measure) AS any`)).rows[0].any) return;
  } finally {
    await client.end();
  }
  throw new Error(`no national data; run: npm run scale:generate -- --today ${today}`);
}

/**
 * The measured instance recomputes the maintained roll-ups for the benchmark's day when it starts (decision 0076):
 * on the national data that takes a while, and until it is done roll-ups are aggregated live. Wait for it.
 */
async function waitForMaintainedRollups(admin: Client, today: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { rows } = await admin.query(`SELECT as_of::text AS as_of FROM rollup_state`);
    if (rows[0]?.as_of === today) break;
    if (Date.now() - started > 15 * 60_000) throw new Error('the maintained roll-ups were not rebuilt in 15 minutes');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  log(`maintained roll-ups as of ${today} (waited ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Operations 1 and 2 against the floor, PostGraphile and the demo, cached and not. */
function listChecks(rows: Row[]): Check[] {
  const find = (op: string, target: string) =>
    rows.find((r) => r.operation.startsWith(op) && r.target === target)?.stats;
  const checks: Check[] = [];
  for (const op of ['1', '2']) {
    const m = find(op, 'Maßwerk');
    const f = find(op, 'floor');
    const p = find(op, 'PostGraphile');
    const d = find(op, 'Maßwerk (demo)');
    if (m && f)
      checks.push({ label: `op ${op}: throughput vs floor`, ratio: m.rps / f.rps, limit: 0.5, atLeast: true });
    if (m && p)
      checks.push({ label: `op ${op}: throughput vs PostGraphile`, ratio: m.rps / p.rps, limit: 1.0, atLeast: true });
    if (m && d)
      checks.push({ label: `op ${op}: p95 national vs demo`, ratio: m.p95 / d.p95, limit: 1.2, atLeast: false });
    const u = find(op, 'Maßwerk (no cache)');
    if (u && f)
      checks.push({
        label: `op ${op} without cache: throughput vs floor`,
        ratio: u.rps / f.rps,
        limit: 0.5,
        atLeast: true,
      });
    if (u && p)
      checks.push({
        label: `op ${op} without cache: throughput vs PostGraphile`,
        ratio: u.rps / p.rps,
        limit: 1.0,
        atLeast: true,
      });
  }
  return checks;
}

/** Issue 17: the roll-ups without the cache, in absolute time (the maintained sums, decision 0076). */
function rollupLimits(rows: Row[]): string[] {
  return (
    [
      ['3', 50],
      ['4a', 50],
      ['4b', 150],
    ] as const
  ).map(([op, limit]) => {
    const p95 =
      rows.find((r) => r.operation.startsWith(op) && r.target === 'Maßwerk (no cache)')?.stats.p95 ?? Number.NaN;
    const verdict = Number.isFinite(p95) && p95 <= limit ? 'PASS' : 'MISS';
    return `| op ${op} without cache: p95 (ms) | ${p95} | ≤ ${limit} | ${verdict} |`;
  });
}

/** Operations 3, 4a and 4b: the council overview, the cluster and the national roll-up. */
function rollupOps(
  urls: { national: string; uncached: string; floor: string },
  council: string,
  platform: string,
  ctx: { id: string; cluster_id: string },
  duration: number,
): { op: string; load: LoadOptions; targets: Target[] }[] {
  return [
    {
      op: '3 council overview',
      load: { connections: 4, durationSeconds: duration },
      targets: [
        graphql('Maßwerk', urls.national, council, MASSWERK_OVERVIEW, () => ({ project: ctx.id })),
        graphql('Maßwerk (no cache)', urls.uncached, council, MASSWERK_OVERVIEW, () => ({ project: ctx.id })),
        get('floor', urls.floor, null, () => '/overview'),
      ],
    },
    {
      op: '4a cluster roll-up',
      load: { connections: 4, durationSeconds: duration },
      targets: [
        graphql('Maßwerk', urls.national, council, MASSWERK_CLUSTER, () => ({ cluster: ctx.cluster_id })),
        graphql('Maßwerk (no cache)', urls.uncached, council, MASSWERK_CLUSTER, () => ({ cluster: ctx.cluster_id })),
        get('floor', urls.floor, null, () => '/cluster'),
      ],
    },
    {
      op: '4b national roll-up',
      // seconds per request without a cache: a fixed number of requests instead of a duration
      load: { connections: 2, amount: 6 },
      targets: [
        graphql('Maßwerk', urls.national, platform, MASSWERK_NATIONAL, () => ({})),
        graphql('Maßwerk (no cache)', urls.uncached, platform, MASSWERK_NATIONAL, () => ({})),
        get('floor', urls.floor, null, () => '/national'),
      ],
    },
  ];
}

async function demoToken(api: ApiProcess, email = 'betrieb@example.org'): Promise<string> {
  const signIn = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  const created = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-xsrf-token': csrf },
    body: JSON.stringify({
      query: 'mutation { createApiToken(input: { name: "Lasttest" }) { secret } }',
    }),
  });
  const body = (await created.json()) as { data?: { createApiToken: { secret: string } }; errors?: unknown };
  if (!body.data) throw new Error(`demo token: ${JSON.stringify(body.errors)}`);
  return body.data.createApiToken.secret;
}

async function main(): Promise<void> {
  const today = option('today', '2026-11-21');
  const duration = Number(option('duration', '10'));
  const only = option('only', 'all');
  if (!['all', 'reminders', 'first-read', 'public', 'rollups', 'lists'].includes(only))
    throw new Error(`--only takes "reminders", "first-read", "public", "rollups" or "lists" (got "${only}")`);
  const seed = DEFAULT_SEED;
  const started = Date.now();

  const build = spawnSync('npx', ['nx', 'run', 'api:build'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('API build failed');

  const db = await openScaleDatabase(log);
  const stops: (() => Promise<void>)[] = [async () => db.stop()];
  try {
    await ensureNationalData(db.url, today);
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    stops.unshift(async () => admin.end());
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').catch(() => undefined);
    const size = (await admin.query(`SELECT count(*)::int AS n FROM measure`)).rows[0].n as number;
    const ctx = (
      await admin.query(
        `SELECT p.id, p.code, p.cluster_id, (SELECT count(*)::int FROM measure m WHERE m.model_project_id = p.id) AS measures,
                array(SELECT id::text FROM model_project o WHERE o.cluster_id = p.cluster_id AND o.id <> p.id) AS peers,
                array(SELECT id::text FROM measure m WHERE m.model_project_id = p.id ORDER BY m.code LIMIT 200) AS sample
           FROM membership ms JOIN app_user u ON u.id = ms.user_id JOIN model_project p ON p.id = ms.model_project_id
          WHERE u.email = $1`,
        [BENCH_ACCOUNTS.projectManager],
      )
    ).rows[0];
    log(`national data: ${size} measures; bench project ${ctx.code} with ${ctx.measures} measures`);
    if (only === 'reminders') {
      const round = await benchReminderRound(admin, db.url, today, log);
      mkdirSync('tmp/bench', { recursive: true });
      writeFileSync('tmp/bench/reminders.md', round.lines.join('\n') + '\n');
      writeFileSync('tmp/bench/reminders.json', JSON.stringify({ size, ...round.results }, null, 2));
      console.log('\n' + round.lines.join('\n'));
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/reminders.md`);
      return;
    }

    // anonymous callers (operation 8) come from one address: no rate limit per address in the benchmark. No jobs in
    // the measured instances: a reminder round started with the server holds its event loop for up to a second at a
    // time and made every request measured meanwhile slow (operation 6 measures the round in a process of its own).
    const env = {
      MASSWERK_TODAY: today,
      DEMO_DATA: 'false',
      DB_POOL_SIZE: '10',
      PUBLIC_GRAPHQL_RATE_PER_MINUTE: '0',
      JOBS: 'false',
    };
    let national = await startApi('Maßwerk (national)', 3401, { ...env, DATABASE_URL: db.url });
    stops.unshift(async () => national.stop());
    log('Maßwerk on the national data is up');
    await waitForMaintainedRollups(admin, today);
    const startDemo = async () => {
      const api = await startApi('Maßwerk (demo)', 3402, {
        ...env,
        DEMO_DATA: 'true',
        // The benchmark runs the server with NODE_ENV=production, on a throwaway embedded database.
        DEMO_DATA_IN_PRODUCTION: 'true',
        EMBEDDED_PG_DIR: '.data/bench-demo',
        EMBEDDED_PG_PORT: '54620',
      });
      stops.unshift(async () => api.stop());
      log('Maßwerk on the demo data is up');
      return api;
    };
    /** Operation 7 on both data sets: the national project office files, its council reads; likewise on EIF. */
    const firstRead = async (
      demoApi: ApiProcess,
    ): Promise<{ national: FirstReadResult[]; demo: FirstReadResult[] }> => {
      const office = await demoToken(demoApi, 'admin.eif@example.org');
      const demoProject = (
        await probe(
          graphql(
            'demo',
            demoApi.url,
            office,
            `
              {
                modelProject(code: "EIF") {
                  id
                  measures(first: 1) {
                    nodes {
                      id
                    }
                  }
                }
              }
            `,
            () => ({}),
          ),
        )
      ).json as { data: { modelProject: { id: string; measures: { nodes: { id: string }[] } } } };
      const rounds = 20;
      const nationalResults = await measureFirstRead(
        {
          name: 'national',
          url: national.url,
          writer: benchToken(seed, 'projectManager'),
          reader: benchToken(seed, 'council'),
          projectId: ctx.id,
          measureId: (ctx.sample as string[])[0],
        },
        today,
        rounds,
      );
      const demoResults = await measureFirstRead(
        {
          name: 'demo',
          url: demoApi.url,
          writer: office,
          reader: await demoToken(demoApi, 'rat.eif@example.org'),
          projectId: demoProject.data.modelProject.id,
          measureId: demoProject.data.modelProject.measures.nodes[0].id,
        },
        today,
        rounds,
      );
      return { national: nationalResults, demo: demoResults };
    };
    const floorPool = new Pool({ connectionString: db.url, max: 10 });
    stops.unshift(async () => floorPool.end());
    const floor = createFloorServer(floorPool, {
      projectId: ctx.id,
      clusterProjectIds: ctx.peers,
      today,
    });
    const floorUrl = await listen(floor);
    stops.unshift(async () => {
      floor.close();
    });
    const released = (
      await admin.query(`SELECT count(*)::int AS n FROM measure_release WHERE model_project_id = $1`, [ctx.id])
    ).rows[0].n as number;
    if (!released && only !== 'first-read')
      throw new Error(`${ctx.code} has released no measure; run: npm run scale:generate -- --releases-only`);
    log(`${ctx.code} has released ${released} measures`);
    if (only === 'public') {
      const rows = await runOps(publicListOps(national.url, floorUrl, ctx.code, duration), admin, [national], duration);
      const { checks, lines: limits } = publicChecks(rows);
      const lines = [
        `National data: ${size} measures; public list of ${ctx.code} with ${released} released measures; ` +
          `${duration} s per run; Node ${process.version}; ${new Date().toISOString()}`,
        '',
        ...ROW_HEADER,
        ...rows.map(rowLine),
        '',
        '| Target | Ratio | Limit | Verdict |',
        '| --- | ---: | ---: | --- |',
        ...checks.map(checkLine),
        ...limits,
      ];
      mkdirSync('tmp/bench', { recursive: true });
      writeFileSync('tmp/bench/public.md', lines.join('\n') + '\n');
      writeFileSync('tmp/bench/public.json', JSON.stringify({ size, released, rows, checks }, null, 2));
      console.log('\n' + lines.join('\n'));
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/public.md`);
      return;
    }
    if (only === 'first-read') {
      const measured = await firstRead(await startDemo());
      const lines = firstReadReport(measured.national, measured.demo);
      mkdirSync('tmp/bench', { recursive: true });
      writeFileSync('tmp/bench/first-read.md', lines.join('\n') + '\n');
      console.log('\n' + lines.join('\n'));
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/first-read.md`);
      return;
    }
    const uncached = await startApi('Maßwerk (national, no cache)', 3403, {
      ...env,
      DATABASE_URL: db.url,
      READ_CACHE_MB: '0',
    });
    stops.unshift(async () => uncached.stop());
    if (only === 'rollups') {
      const ops = rollupOps(
        { national: national.url, uncached: uncached.url, floor: floorUrl },
        benchToken(seed, 'council'),
        benchToken(seed, 'platform'),
        ctx,
        duration,
      );
      const rows = await runOps(ops, admin, [national, uncached], duration);
      const lines = [
        `National data: ${size} measures; bench project ${ctx.code} with ${ctx.measures} measures; ${duration} s per run; ` +
          `Node ${process.version}; ${new Date().toISOString()}`,
        '',
        ...ROW_HEADER,
        ...rows.map(rowLine),
        '',
        '| Target | Value | Limit | Verdict |',
        '| --- | ---: | ---: | --- |',
        ...rollupLimits(rows),
      ];
      mkdirSync('tmp/bench', { recursive: true });
      writeFileSync('tmp/bench/rollups.md', lines.join('\n') + '\n');
      console.log('\n' + lines.join('\n'));
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/rollups.md`);
      return;
    }
    const demo = await startDemo();

    const peerPool = new Pool({ connectionString: db.url, max: 10 });
    stops.unshift(async () => peerPool.end());
    const peer = await createPeerServer(peerPool, today);
    const peerUrl = await listen(peer);
    // PostGraphile introspects the database in the background: wait for it, so its statements are not counted
    await probe(graphql('PostGraphile', peerUrl, null, '{ __typename }', () => ({})));
    stops.unshift(async () => {
      peer.close();
    });

    const pm = benchToken(seed, 'projectManager');
    const council = benchToken(seed, 'council');
    const platform = benchToken(seed, 'platform');
    const demoTok = await demoToken(demo);
    const demoCtx = (
      await probe(
        graphql(
          'demo',
          demo.url,
          demoTok,
          `
            {
              modelProject(code: "EIF") {
                id
                measures(first: 100) {
                  nodes {
                    id
                  }
                }
              }
            }
          `,
          () => ({}),
        ),
      )
    ).json as { data: { modelProject: { id: string; measures: { nodes: { id: string }[] } } } };
    const demoMeasures = demoCtx.data.modelProject.measures.nodes.map((n) => n.id);
    // the measure pages visited: as many distinct national measures as the demo project has, so that both runs
    // revisit pages alike and differ only in the size of the database
    const sample: string[] = (ctx.sample as string[]).slice(0, demoMeasures.length);

    const ops: { op: string; load: LoadOptions; targets: Target[] }[] = [
      {
        op: '1 measure list (50)',
        load: { connections: 8, durationSeconds: duration },
        targets: [
          graphql('Maßwerk', national.url, pm, MASSWERK_LIST, () => ({ project: ctx.id })),
          graphql('Maßwerk (no cache)', uncached.url, pm, MASSWERK_LIST, () => ({ project: ctx.id })),
          get('floor', floorUrl, null, () => '/list'),
          graphql('PostGraphile', peerUrl, null, PEER_LIST, () => ({ project: ctx.id })),
          graphql('Maßwerk (demo)', demo.url, demoTok, MASSWERK_LIST_ANY, () => ({})),
        ],
      },
      {
        op: '2 measure page',
        load: { connections: 8, durationSeconds: duration },
        targets: [
          graphql('Maßwerk', national.url, pm, MASSWERK_MEASURE, (i) => ({ id: sample[i % sample.length] })),
          graphql('Maßwerk (no cache)', uncached.url, pm, MASSWERK_MEASURE, (i) => ({ id: sample[i % sample.length] })),
          get('floor', floorUrl, null, (i) => `/measure?id=${sample[i % sample.length]}`),
          graphql('PostGraphile', peerUrl, null, PEER_MEASURE, (i) => ({ id: sample[i % sample.length] })),
          graphql('Maßwerk (demo)', demo.url, demoTok, MASSWERK_MEASURE, (i) => ({
            id: demoMeasures[i % demoMeasures.length],
          })),
        ],
      },
      ...rollupOps(
        { national: national.url, uncached: uncached.url, floor: floorUrl },
        council,
        platform,
        ctx,
        duration,
      ),
      ...publicListOps(national.url, floorUrl, ctx.code, duration),
    ];

    if (only === 'lists') {
      const rows = await runOps(
        ops.filter((o) => o.op.startsWith('1') || o.op.startsWith('2')),
        admin,
        [national, uncached, demo],
        duration,
      );
      const lines = [
        `National data: ${size} measures; bench project ${ctx.code} with ${ctx.measures} measures; ${duration} s per run; ` +
          `Node ${process.version}; ${new Date().toISOString()}`,
        '',
        ...ROW_HEADER,
        ...rows.map(rowLine),
        '',
        '| Target | Ratio | Limit | Verdict |',
        '| --- | ---: | ---: | --- |',
        ...listChecks(rows).map(checkLine),
      ];
      mkdirSync('tmp/bench', { recursive: true });
      writeFileSync('tmp/bench/lists.md', lines.join('\n') + '\n');
      console.log('\n' + lines.join('\n'));
      log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/lists.md`);
      return;
    }
    const rows = await runOps(ops, admin, [national, uncached, demo], duration);

    // 7: the first read after a change, on the servers of operations 1–4 (sequential, so after the load runs)
    const measuredFirstRead = await firstRead(demo);

    // 5: the export on a fresh process, so that its peak memory is the export's
    await national.stop();
    national = await startApi('Maßwerk (national, export)', 3401, { ...env, DATABASE_URL: db.url });
    const idle = national.peakMemoryMb();
    const statementPath = () => `/api/exports/projects/${ctx.code}/numerical-statement.xlsx?phase=B`;
    const exportTargets = [
      get('Maßwerk', national.url, pm, statementPath),
      get('floor', floorUrl, null, () => '/statement.xlsx'),
    ];
    let exportBytes = 0;
    for (const target of exportTargets) {
      const { bytes } = await probe(target);
      if (target.name === 'Maßwerk') exportBytes = bytes;
      const stats = await load(target, { connections: 1, amount: 5 });
      rows.push({ operation: '5 numerical statement XLSX', target: target.name, stats, statements: null });
      log(`export · ${target.name}: ${stats.rps.toFixed(2)} req/s, p50 ${stats.p50} ms, p95 ${stats.p95} ms`);
    }
    const peak = national.peakMemoryMb();
    log(
      `export: ${(exportBytes / 1e6).toFixed(1)} MB file; API process peak ${peak.toFixed(0)} MB (idle ${idle.toFixed(0)} MB)`,
    );
    // the same on a fresh process for the smallest project: a bounded export has the same peak whatever the size
    await national.stop();
    national = await startApi('Maßwerk (national, small export)', 3401, { ...env, DATABASE_URL: db.url });
    const small = (
      await admin.query(
        `SELECT p.code, count(m.id)::int AS measures FROM model_project p JOIN measure m ON m.model_project_id = p.id
          GROUP BY p.code ORDER BY 2, 1 LIMIT 1`,
      )
    ).rows[0] as { code: string; measures: number };
    const smallTarget = get(
      'Maßwerk',
      national.url,
      platform,
      () => `/api/exports/projects/${small.code}/numerical-statement.xlsx?phase=B`,
    );
    const smallBytes = (await probe(smallTarget)).bytes;
    await load(smallTarget, { connections: 1, amount: 5 });
    const smallPeak = national.peakMemoryMb();
    log(
      `export of ${small.code} (${small.measures} measures): ${(smallBytes / 1e6).toFixed(2)} MB file; peak ${smallPeak.toFixed(0)} MB`,
    );

    // 6: the daily reminder round, after every server but the database has stopped
    await national.stop();
    const round = await benchReminderRound(admin, db.url, today, log);

    const find = (op: string, target: string) =>
      rows.find((r) => r.operation.startsWith(op) && r.target === target)?.stats;
    const checks: Check[] = listChecks(rows);
    for (const op of ['3', '4a', '4b']) {
      const m = find(op, 'Maßwerk');
      const f = find(op, 'floor');
      if (m && f)
        checks.push({ label: `op ${op}: p95 vs raw aggregate SQL`, ratio: m.p95 / f.p95, limit: 1.5, atLeast: false });
      const u = find(op, 'Maßwerk (no cache)');
      if (u && f)
        checks.push({
          label: `op ${op} without cache: p95 vs raw aggregate SQL`,
          ratio: u.p95 / f.p95,
          limit: 1.5,
          atLeast: false,
        });
    }
    const publicTargets = publicChecks(rows);
    checks.push(...publicTargets.checks);
    const listStatements = rows.find((r) => r.operation.startsWith('1') && r.target === 'Maßwerk')?.statements ?? null;

    const lines = [
      `National data: ${size} measures; bench project ${ctx.code} with ${ctx.measures} measures; today ${today}; ` +
        `${duration} s per run; Node ${process.version}; ${new Date().toISOString()}`,
      '',
      ...ROW_HEADER,
      ...rows.map(rowLine),
      '',
      '| Target | Ratio | Limit | Verdict |',
      '| --- | ---: | ---: | --- |',
      ...checks.map(checkLine),
      ...rollupLimits(rows),
      ...publicTargets.lines,
      `| export peak memory (MB), ${ctx.code} (${ctx.measures} measures) | ${peak.toFixed(0)} | < 300 | ${peak < 300 ? 'PASS' : 'MISS'} |`,
      `| export peak memory (MB), ${small.code} (${small.measures} measures) | ${smallPeak.toFixed(0)} | < 300 | ${smallPeak < 300 ? 'PASS' : 'MISS'} |`,
      `| SQL statements per list request | ${listStatements ?? 'n/a'} | constant in page size | see foundation test |`,
      '',
      ...firstReadReport(measuredFirstRead.national, measuredFirstRead.demo),
      '',
      ...round.lines,
    ];
    mkdirSync('tmp/bench', { recursive: true });
    writeFileSync('tmp/bench/report.md', lines.join('\n') + '\n');
    writeFileSync(
      'tmp/bench/results.json',
      JSON.stringify(
        {
          today,
          size,
          project: ctx,
          rows,
          checks,
          peak,
          idle,
          small,
          smallPeak,
          firstRead: measuredFirstRead,
          reminderRound: round.results,
        },
        null,
        2,
      ),
    );
    console.log('\n' + lines.join('\n'));
    log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; report in tmp/bench/report.md`);
  } finally {
    for (const stop of stops) await stop().catch((e: unknown) => log(`stop: ${String(e)}`));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
