import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runningPostmaster } from '@masswerk/api/database';
import { createPlatformAdmin } from '@masswerk/api/identity';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { GraphqlClient } from '../support/graphql-client';
import { freePort, ServerProcess, startServerProcess } from '../support/server-process';
import { signInAt } from '../support/test-app';

/**
 * A crash needs nobody (issue #11, finding 9): the server is killed with SIGKILL in the middle of a stream of
 * changes, starts again by itself on the embedded PostgreSQL the killed run left behind, and every change it had
 * confirmed is there with its history, versions without gaps, and the maintained measure columns equal to a
 * recomputation. Also: what the server logs about bad input (finding 10).
 */

const PASSWORD = 'ein-langes-Passwort-2026';
const EMAIL = 'betrieb@crash.example.org';

async function buildWorld(client: GraphqlClient): Promise<{ measureId: string; milestoneId: string }> {
  const land = await client.data(`mutation { createTerritorialUnit(input: { kind: LAND, name: "Crashland" }) { id } }`);
  const kreis = await client.data(
    `mutation($p: ID!) { createTerritorialUnit(input: { kind: LANDKREIS, name: "Kreis Absturz", parentId: $p }) { id } }`,
    { p: land.createTerritorialUnit.id },
  );
  const project = await client.data(
    `mutation($u: ID!) { createModelProject(input: { code: "CRA", name: "Absturzsicher", cohortYear: 2021, leadUnitId: $u }) { id } }`,
    { u: kreis.createTerritorialUnit.id },
  );
  const measure = await client.data(
    `mutation($p: ID!) { createMeasure(input: { modelProjectId: $p, title: "Wiederanlauf ohne Hilfe", phase: B }) { id } }`,
    { p: project.createModelProject.id },
  );
  const milestone = await client.data(
    `mutation($m: ID!) { createMilestone(input: { measureId: $m, title: "Neustart", baselineDate: "2026-06-30" }) { id } }`,
    { m: measure.createMeasure.id },
  );
  return { measureId: measure.createMeasure.id, milestoneId: milestone.createMilestone.id };
}

describe('a crash needs nobody', () => {
  let dir: string;
  let server: ServerProcess | null = null;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'masswerk-crash-'));
    chmodSync(dir, 0o755); // as root, the embedded PostgreSQL runs as `postgres`, which must reach its folder
  });
  afterAll(async () => {
    await server?.stop('SIGTERM');
    // whatever happened above, no PostgreSQL outlives the test
    const left = runningPostmaster(join(dir, 'postgres'));
    if (left) process.kill(left, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts unattended after kill -9 during a stream of changes, and loses no confirmed change or its history', async () => {
    const dataDir = join(dir, 'postgres');
    const [apiPort, pgPort] = [await freePort(), await freePort()];
    const env = {
      NODE_ENV: 'production',
      PORT: String(apiPort),
      DATABASE_URL: '',
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    };
    const databaseUrl = `postgres://masswerk:masswerk-local@127.0.0.1:${pgPort}/masswerk`;

    server = await startServerProcess(env);
    await createPlatformAdmin(databaseUrl, { email: EMAIL, displayName: 'Betrieb', password: PASSWORD });
    const client = await signInAt(server.baseUrl, EMAIL, PASSWORD);
    const { measureId, milestoneId } = await buildWorld(client);

    // A stream of changes: three writers file status reports, one moves the milestone's forecast step by step.
    const confirmedReports: string[] = [];
    let confirmedVersion = 1;
    let running = true;
    const reporter = async (worker: number) => {
      for (let i = 0; running; i++) {
        const answer = await client
          .request<{
            createStatusReport: { id: string };
          }>(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`, {
            input: { measureId, trafficLight: 'GREEN', progress: (worker * 7 + i) % 100, achieved: `Lauf ${i}` },
          })
          .catch(() => null);
        if (answer?.data) confirmedReports.push(answer.data.createStatusReport.id);
      }
    };
    const planner = async () => {
      for (let day = 1; running; day++) {
        const answer = await client
          .request(`mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { version } }`, {
            input: {
              id: milestoneId,
              version: confirmedVersion,
              forecastDate: `2027-01-${String((day % 28) + 1).padStart(2, '0')}`,
            },
          })
          .catch(() => null);
        if (answer?.data) confirmedVersion += 1;
      }
    };
    const writers = [reporter(1), reporter(2), reporter(3), planner()];
    await new Promise((r) => setTimeout(r, 1500));
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    await server.stop('SIGKILL');
    running = false;
    await Promise.all(writers);
    expect(confirmedReports.length).toBeGreaterThan(0);
    expect(confirmedVersion).toBeGreaterThan(1);
    // the killed run left its PostgreSQL behind
    expect(() => process.kill(postmaster, 0)).not.toThrow();

    server = await startServerProcess(env);
    expect(server.output()).toContain('an earlier run left');
    const health = await fetch(`${server.baseUrl}/health`);
    expect(health.status).toBe(200);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      // every confirmed report is there, and every report there has exactly one history entry (and no entry lacks it)
      const { rows: reports } = await db.query(
        `SELECT r.id, (SELECT count(*)::int FROM audit_entry a WHERE a.entity_type = 'StatusReport' AND a.entity_id = r.id AND a.action = 'CREATE') AS entries
           FROM status_report r WHERE r.measure_id = $1`,
        [measureId],
      );
      const stored = new Set(reports.map((r) => r.id));
      for (const id of confirmedReports) expect(stored.has(id)).toBe(true);
      expect(reports.filter((r) => r.entries !== 1)).toEqual([]);
      const { rows: orphans } = await db.query(
        `SELECT count(*)::int AS n FROM audit_entry a WHERE a.entity_type = 'StatusReport'
            AND NOT EXISTS (SELECT 1 FROM status_report r WHERE r.id = a.entity_id)`,
      );
      expect(orphans[0].n).toBe(0);

      // the milestone's version counts its history: one entry per committed change, no gaps
      const { rows: milestone } = await db.query(
        `SELECT m.version, (SELECT count(*)::int FROM audit_entry a WHERE a.entity_type = 'Milestone' AND a.entity_id = m.id AND a.action = 'UPDATE') AS updates
           FROM milestone m WHERE m.id = $1`,
        [milestoneId],
      );
      expect(milestone[0].version).toBe(1 + milestone[0].updates);
      expect(milestone[0].version).toBeGreaterThanOrEqual(confirmedVersion);

      // the maintained columns of the measure equal a recomputation from its milestones and reports
      const maintained = `SELECT milestone_progress, milestone_count, earliest_open_milestone_due::text, last_report_on::text,
                                 last_report_progress, last_traffic_light FROM measure WHERE id = $1`;
      await db.query('BEGIN');
      const before = (await db.query(maintained, [measureId])).rows;
      await db.query(REFRESH_MEASURE_METRICS_SQL, [null]);
      const recomputed = (await db.query(maintained, [measureId])).rows;
      await db.query('ROLLBACK');
      expect(before).toEqual(recomputed);
    } finally {
      await db.end();
    }

    // and a clean stop leaves nothing behind
    expect(await server.stop('SIGTERM')).toBe(0);
    server = null;
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
