import fc from 'fast-check';
import { MaintainedRollups, RollupService, SummaryDimension } from '@masswerk/api/rollup';
import { freshnessSql, healthSql, progressSql, REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { Actor, addDays, Role } from '@masswerk/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

/**
 * Decision 0076: the roll-ups kept by triggers (`project_rollup`) must always equal the roll-up computed from the
 * measures themselves. The property: after any sequence of changes made with plain SQL (as an import, a script or
 * the API's own statements make them), every summary and breakdown read from the maintained sums equals the live
 * aggregate, for a viewer who reads everything and for one who reads a peer's published measures only.
 *
 * The database carries over from one generated sequence to the next, so a sequence fast-check reports as failing
 * holds only together with the ones before it; the seed in the report replays all of them.
 */
const DIMENSIONS = ['NONE', ...Object.values(SummaryDimension)] as const;
const STATUSES = ['IDEA', 'PLANNING', 'IN_PROGRESS', 'IMPLEMENTED', 'CONTINUED', 'STOPPED'];
const HEALTHS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED'];

type Change =
  | { kind: 'status'; measure: number; status: number }
  | { kind: 'manualProgress'; measure: number; value: number | null }
  | { kind: 'manualHealth'; measure: number; value: number | null }
  | { kind: 'plan'; measure: number; start: number | null; length: number }
  | { kind: 'published'; measure: number }
  | {
      kind: 'addMilestone';
      measure: number;
      baseline: number;
      forecast: number | null;
      done: number | null;
      weight: number;
    }
  | { kind: 'moveMilestone'; milestone: number; forecast: number | null; done: number | null }
  | { kind: 'deleteMilestone'; milestone: number }
  | { kind: 'toggleField'; measure: number; field: number }
  | { kind: 'toggleUnit'; measure: number; unit: number }
  | { kind: 'leadUnit'; measure: number; unit: number | null }
  | { kind: 'report'; measure: number; day: number; progress: number }
  | { kind: 'copyMeasure'; measure: number }
  | { kind: 'deleteMeasure'; measure: number }
  | { kind: 'bulkStatus'; project: number; status: number }
  | { kind: 'refreshAll' };

const index = fc.nat({ max: 10_000 });
const day = fc.integer({ min: -400, max: 400 });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), measure: index, status: fc.nat({ max: 5 }) }),
  fc.record({
    kind: fc.constant('manualProgress' as const),
    measure: index,
    value: fc.option(fc.nat({ max: 100 })),
  }),
  fc.record({ kind: fc.constant('manualHealth' as const), measure: index, value: fc.option(fc.nat({ max: 3 })) }),
  fc.record({
    kind: fc.constant('plan' as const),
    measure: index,
    start: fc.option(day),
    length: fc.integer({ min: 0, max: 900 }),
  }),
  fc.record({ kind: fc.constant('published' as const), measure: index }),
  fc.record({
    kind: fc.constant('addMilestone' as const),
    measure: index,
    baseline: day,
    forecast: fc.option(day),
    done: fc.option(day),
    weight: fc.nat({ max: 5 }),
  }),
  fc.record({
    kind: fc.constant('moveMilestone' as const),
    milestone: index,
    forecast: fc.option(day),
    done: fc.option(day),
  }),
  fc.record({ kind: fc.constant('deleteMilestone' as const), milestone: index }),
  fc.record({ kind: fc.constant('toggleField' as const), measure: index, field: index }),
  fc.record({ kind: fc.constant('toggleUnit' as const), measure: index, unit: index }),
  fc.record({ kind: fc.constant('leadUnit' as const), measure: index, unit: fc.option(index) }),
  fc.record({ kind: fc.constant('report' as const), measure: index, day: day, progress: fc.nat({ max: 100 }) }),
  fc.record({ kind: fc.constant('copyMeasure' as const), measure: index }),
  fc.record({ kind: fc.constant('deleteMeasure' as const), measure: index }),
  fc.record({ kind: fc.constant('bulkStatus' as const), project: index, status: fc.nat({ max: 5 }) }),
  fc.constant({ kind: 'refreshAll' as const }),
);

describe('maintained roll-ups (decision 0076)', () => {
  let t: TestApp;
  let rollups: RollupService;
  let maintained: MaintainedRollups;
  let projects: string[];
  let viewers: { name: string; actor: Actor }[];
  let copies = 0;

  const ids = async (sql: string, params: unknown[] = []): Promise<string[]> =>
    (await t.db.query<{ id: string }>(sql, params)).rows.map((r) => r.id);
  const pick = (list: string[], i: number): string | undefined => list[i % Math.max(1, list.length)];
  const date = (offset: number | null): string | null => (offset === null ? null : addDays(TEST_TODAY, offset));

  async function apply(c: Change): Promise<void> {
    const measures = await ids('SELECT id FROM measure ORDER BY id');
    const m = 'measure' in c ? pick(measures, c.measure) : undefined;
    if ('measure' in c && !m) return;
    switch (c.kind) {
      case 'status':
        await t.db.query('UPDATE measure SET status = $2 WHERE id = $1', [m, STATUSES[c.status]]);
        return;
      case 'manualProgress':
        await t.db.query(
          `UPDATE measure SET manual_progress = $2::smallint, manual_progress_reason = CASE WHEN $2::smallint IS NULL THEN NULL ELSE 'Test' END WHERE id = $1`,
          [m, c.value],
        );
        return;
      case 'manualHealth':
        await t.db.query(
          `UPDATE measure SET manual_health = $2, manual_health_reason = CASE WHEN $2::text IS NULL THEN NULL ELSE 'Test' END WHERE id = $1`,
          [m, c.value === null ? null : HEALTHS[c.value]],
        );
        return;
      case 'plan':
        await t.db.query('UPDATE measure SET planned_start = $2, planned_end = $3 WHERE id = $1', [
          m,
          date(c.start),
          c.start === null ? null : date(c.start + c.length),
        ]);
        return;
      case 'published':
        await t.db.query('UPDATE measure SET published = NOT published WHERE id = $1', [m]);
        return;
      case 'addMilestone':
        await t.db.query(
          `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date, forecast_date, completed_on, weight)
           SELECT id, model_project_id, 'Meilenstein (Test)', $2, $3, $4, $5 FROM measure WHERE id = $1`,
          [m, date(c.baseline), date(c.forecast), date(c.done), c.weight],
        );
        return;
      case 'moveMilestone': {
        const milestone = pick(await ids('SELECT id FROM milestone ORDER BY id'), c.milestone);
        await t.db.query('UPDATE milestone SET forecast_date = $2, completed_on = $3 WHERE id = $1', [
          milestone,
          date(c.forecast),
          date(c.done),
        ]);
        return;
      }
      case 'deleteMilestone': {
        const milestone = pick(await ids('SELECT id FROM milestone ORDER BY id'), c.milestone);
        await t.db.query('DELETE FROM milestone WHERE id = $1', [milestone]);
        return;
      }
      case 'toggleField': {
        const field = pick(
          await ids(
            'SELECT f.id FROM field_of_action f JOIN measure m ON m.model_project_id = f.model_project_id WHERE m.id = $1 ORDER BY f.id',
            [m],
          ),
          c.field,
        );
        if (!field) return;
        const { rowCount } = await t.db.query(
          'DELETE FROM measure_field_of_action WHERE measure_id = $1 AND field_of_action_id = $2',
          [m, field],
        );
        if (!rowCount)
          await t.db.query('INSERT INTO measure_field_of_action (measure_id, field_of_action_id) VALUES ($1, $2)', [
            m,
            field,
          ]);
        return;
      }
      case 'toggleUnit': {
        const unit = pick(await ids(`SELECT id FROM territorial_unit ORDER BY id`), c.unit);
        const { rowCount } = await t.db.query(
          'DELETE FROM measure_participating_unit WHERE measure_id = $1 AND territorial_unit_id = $2',
          [m, unit],
        );
        if (!rowCount)
          await t.db.query('INSERT INTO measure_participating_unit (measure_id, territorial_unit_id) VALUES ($1, $2)', [
            m,
            unit,
          ]);
        return;
      }
      case 'leadUnit': {
        const unit = c.unit === null ? null : pick(await ids(`SELECT id FROM territorial_unit ORDER BY id`), c.unit);
        await t.db.query('UPDATE measure SET lead_unit_id = $2 WHERE id = $1', [m, unit]);
        return;
      }
      case 'report':
        // what the API does when a report is filed: the report, then the measure's maintained columns
        await t.db.query(
          `INSERT INTO status_report (measure_id, model_project_id, report_date, traffic_light, progress)
           SELECT id, model_project_id, $2, 'GREEN', $3 FROM measure WHERE id = $1`,
          [m, date(c.day), c.progress],
        );
        await t.db.query(REFRESH_MEASURE_METRICS_SQL, [[m]]);
        return;
      case 'copyMeasure': {
        const columns = (
          await t.db.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = 'measure' AND is_generated = 'NEVER'
              ORDER BY ordinal_position`,
          )
        ).rows.map((r) => r.name);
        const copy = columns.map((col) =>
          col === 'id' ? 'gen_random_uuid()' : col === 'code' ? `'K${++copies}'` : col,
        );
        await t.db.query(
          `WITH n AS (INSERT INTO measure (${columns.join(', ')}) SELECT ${copy.join(', ')} FROM measure WHERE id = $1 RETURNING id)
           INSERT INTO milestone (measure_id, model_project_id, title, baseline_date, forecast_date, completed_on, weight)
           SELECT n.id, s.model_project_id, s.title, s.baseline_date, s.forecast_date, s.completed_on, s.weight
             FROM n, milestone s WHERE s.measure_id = $1`,
          [m],
        );
        return;
      }
      case 'deleteMeasure':
        await t.db.query('DELETE FROM measure WHERE id = $1', [m]);
        return;
      case 'bulkStatus':
        await t.db.query(`UPDATE measure SET status = $2 WHERE model_project_id = $1 AND status <> 'IDEA'`, [
          pick(projects, c.project),
          STATUSES[c.status],
        ]);
        return;
      case 'refreshAll':
        await t.db.query(REFRESH_MEASURE_METRICS_SQL, [null]);
        return;
    }
  }

  /** Every summary and breakdown, maintained and live, for every viewer: equal. */
  async function expectMaintainedEqualsLive(): Promise<void> {
    for (const { name, actor } of viewers) {
      for (const dimension of DIMENSIONS) {
        for (const perProject of [false, true]) {
          if (perProject && dimension === 'NONE') continue;
          const kept = await maintained.read(actor, undefined, dimension, perProject);
          expect({ name, dimension, perProject, fresh: kept !== null }).toEqual({
            name,
            dimension,
            perProject,
            fresh: true,
          });
          const live = await rollups.live(actor, undefined, dimension, perProject);
          expect({ name, dimension, perProject, rows: sorted(kept ?? []) }).toEqual({
            name,
            dimension,
            perProject,
            rows: sorted(live),
          });
        }
      }
      const some = { modelProjectIds: projects.slice(0, 2), published: true };
      expect(sorted((await maintained.read(actor, some, 'NONE', false)) ?? [])).toEqual(
        sorted(await rollups.live(actor, some, 'NONE', false)),
      );
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    rollups = t.app.get(RollupService);
    maintained = t.app.get(MaintainedRollups);
    projects = await ids('SELECT id FROM model_project ORDER BY code');
    viewers = [
      { name: 'platform administrator', actor: new Actor(null, 'Betrieb', true, [], []) },
      {
        name: 'council of one project, peer of the others',
        actor: new Actor(
          '00000000-0000-4000-8000-000000000001',
          'Rat',
          false,
          [{ projectId: projects[0], role: Role.COUNCIL, unitId: null }],
          projects.slice(1),
        ),
      },
    ];
  });
  afterAll(() => t.close());

  it('starts from sums kept as of today', async () => {
    const [{ as_of }] = (await t.db.query(`SELECT as_of::text FROM rollup_state`)).rows;
    expect(as_of).toBe(TEST_TODAY);
    await expectMaintainedEqualsLive();
  });

  it('equals the live roll-up after any sequence of changes made with plain SQL', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
        for (const c of changes) await apply(c).catch(unlessRefused);
        await expectMaintainedEqualsLive();
      }),
      { numRuns: 60 },
    );
  });

  it('equals it after one statement changes many measures at once, and after TRUNCATE and a rebuild', async () => {
    await t.db.query(`UPDATE milestone SET forecast_date = baseline_date + 45 WHERE completed_on IS NULL`);
    await t.db.query(`UPDATE measure SET published = NOT published`);
    await expectMaintainedEqualsLive();
    await t.db.query('TRUNCATE measure_participating_unit');
    expect(await maintained.read(viewers[0].actor, undefined, 'NONE', false)).toBeNull();
    await maintained.rebuild();
    await expectMaintainedEqualsLive();
  });

  it('answers from the live statement when its sums are of another day, until they are recomputed', async () => {
    await t.db.query(`SELECT rollup_rebuild($1::date)`, [addDays(TEST_TODAY, -1)]);
    expect(await maintained.read(viewers[0].actor, undefined, 'NONE', false)).toBeNull();
    const live = await rollups.summary(viewers[0].actor, undefined);
    await waitFor(async () => (await t.db.query(`SELECT as_of::text FROM rollup_state`)).rows[0].as_of === TEST_TODAY);
    expect(await rollups.summary(viewers[0].actor, undefined)).toEqual(live);
    await expectMaintainedEqualsLive();
  });

  it('judges every measure on every third day of two years as the live rules do', async () => {
    // the rules frozen in the migration against those of measure-rules.sql.ts: a rule changed there without a
    // migration that replaces rollup_facts fails here
    const { rows } = await t.db.query(
      `SELECT d::date::text AS day, f.measure_id, f.health, f.progress, f.stale,
              l.health AS live_health, l.progress AS live_progress, l.stale AS live_stale
         FROM generate_series($1::date - 400, $1::date + 400, interval '3 days') d
        CROSS JOIN LATERAL rollup_facts(NULL, d::date) f
         JOIN LATERAL (SELECT ${healthSql('m', 'd::date')} AS health, ${progressSql('m')}::int AS progress,
                              m.status IN ('PLANNING','IN_PROGRESS')
                                AND ${freshnessSql('m', 'd::date')} IN ('STALE','VERY_STALE','NO_REPORT') AS stale
                         FROM measure m WHERE m.id = f.measure_id) l ON TRUE`,
      [TEST_TODAY],
    );
    expect(rows.length).toBeGreaterThan(200 * 60);
    const differing = rows.filter(
      (r) => r.health !== r.live_health || r.progress !== r.live_progress || r.stale !== r.live_stale,
    );
    expect(differing.slice(0, 5)).toEqual([]);
    expect(new Set(rows.map((r) => r.health)).size).toBe(HEALTHS.length);
  });

  it('leaves filters it cannot answer to the live statement', async () => {
    const actor = viewers[0].actor;
    for (const filter of [{ flagship: false }, { mine: true }, { statuses: ['PLANNING' as never] }, { search: 'x' }])
      expect(await maintained.read(actor, filter, 'NONE', false)).toBeNull();
    for (const filter of [{ mine: false }, { statuses: [] }, { search: '  ' }, { published: false }])
      expect(await maintained.read(actor, filter, 'NONE', false)).not.toBeNull();
  });
});

/** A change the database refuses (a check, a key) changes nothing: the sequence goes on without it. */
function unlessRefused(error: { code?: string }): void {
  if (!error.code?.startsWith('23')) throw error;
}

function sorted<T extends { group_key: string | null }>(rows: T[]): T[] {
  return [...rows]
    .map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'fresh')) as T)
    .sort((a, b) => String(a.group_key).localeCompare(String(b.group_key)));
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 5 s');
}
