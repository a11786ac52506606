import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roll-ups kept up to date in the same transaction as every change (issue 17, decision 0076).
 *
 * - `measure_rollup`: one row per measure with what a roll-up counts of it (status, health, progress, staleness,
 *   milestone counters) and the groups it counts in (its fields of action, its municipalities), computed as of the day
 *   in `rollup_state.as_of`.
 * - `project_rollup`: the sums of those rows per model project, dimension (0 the project itself, 1 a field of action,
 *   2 a municipality), group and published flag. Every figure of `PortfolioSummary` is a sum or a quotient of sums.
 * - Statement triggers on `measure`, `milestone` and the two link tables call `rollup_refresh` with the measures a
 *   statement touched, also for changes made with plain SQL; it subtracts their old rows and adds their new ones.
 * - Health, freshness and the milestones due depend on the day. `rollup_rebuild(day)` recomputes everything for a
 *   new day (the API runs it once a day, on the first roll-up read after the date changed). Until then the API
 *   answers from the live aggregate SQL, which needs no maintained state.
 *
 * The rules below are those of `libs/api/measure/src/lib/measure-rules.sql.ts` as of this migration (progress,
 * health, freshness: docs/rules.md). A change to those rules needs a migration that replaces `rollup_facts`; the
 * property test `maintained-rollups.integration-spec.ts` compares the two and fails until it is written.
 */
export class MaintainedRollups1796770000000 implements MigrationInterface {
  name = 'MaintainedRollups1796770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rollup_state (id smallint PRIMARY KEY CHECK (id = 1), as_of date)`);
    await q.query(`INSERT INTO rollup_state VALUES (1, NULL)`);
    await q.query(`
      CREATE TABLE measure_rollup (
        measure_id uuid PRIMARY KEY,
        model_project_id uuid NOT NULL,
        published boolean NOT NULL,
        field_ids uuid[] NOT NULL,
        unit_ids uuid[] NOT NULL,
        status text NOT NULL,
        health text NOT NULL,
        progress int NOT NULL,
        stale boolean NOT NULL,
        milestones int NOT NULL,
        overdue int NOT NULL,
        due_soon int NOT NULL,
        slipped int NOT NULL,
        slippage bigint NOT NULL
      )`);
    await q.query(`
      CREATE TABLE project_rollup (
        model_project_id uuid NOT NULL,
        dimension smallint NOT NULL CHECK (dimension IN (0, 1, 2)),
        group_key uuid NOT NULL,
        published boolean NOT NULL,
        ${FIGURES.map((f) => `${f} ${f === 'progress_sum' || f === 'slippage' ? 'bigint' : 'int'} NOT NULL`).join(',\n        ')},
        PRIMARY KEY (model_project_id, dimension, group_key, published)
      )`);
    await q.query(`
      CREATE FUNCTION rollup_facts(ids uuid[], d date) RETURNS SETOF measure_rollup LANGUAGE sql STABLE AS $$
        SELECT m.id, m.model_project_id, m.published,
               coalesce((SELECT array_agg(DISTINCT f.field_of_action_id ORDER BY f.field_of_action_id)
                           FROM measure_field_of_action f WHERE f.measure_id = m.id), '{}'),
               coalesce((SELECT array_agg(u.id ORDER BY u.id)
                           FROM (SELECT m.lead_unit_id WHERE m.lead_unit_id IS NOT NULL
                                 UNION SELECT pu.territorial_unit_id FROM measure_participating_unit pu
                                        WHERE pu.measure_id = m.id) u(id)), '{}'),
               m.status,
               coalesce(m.manual_health, CASE
                 WHEN m.status IN ('IDEA','STOPPED') THEN 'NOT_ASSESSED'
                 WHEN m.status IN ('IMPLEMENTED','CONTINUED') THEN 'ON_TRACK'
                 WHEN m.planned_start IS NULL OR m.planned_end IS NULL OR m.planned_end < m.planned_start THEN 'NOT_ASSESSED'
                 WHEN d > m.planned_end THEN 'OFF_TRACK'
                 WHEN m.earliest_open_milestone_due < d - 90 THEN 'OFF_TRACK'
                 WHEN e.expected - p.progress > 25 THEN 'OFF_TRACK'
                 WHEN e.expected - p.progress > 10 OR m.earliest_open_milestone_due < d THEN 'AT_RISK'
                 ELSE 'ON_TRACK' END),
               p.progress,
               m.status IN ('PLANNING','IN_PROGRESS') AND (m.last_report_on IS NULL OR d - m.last_report_on > 60),
               coalesce(ms.total, 0), coalesce(ms.overdue, 0), coalesce(ms.due_soon, 0),
               coalesce(ms.slipped, 0), coalesce(ms.slippage, 0)
          FROM measure m
          CROSS JOIN LATERAL (SELECT CASE
                 WHEN m.manual_progress IS NOT NULL THEN m.manual_progress
                 WHEN m.status IN ('IMPLEMENTED','CONTINUED') THEN 100
                 WHEN m.last_report_progress IS NOT NULL AND NOT (m.milestone_progress IS NOT NULL
                      AND coalesce(m.last_milestone_completed_on > m.last_report_on, false)) THEN m.last_report_progress
                 WHEN m.milestone_progress IS NOT NULL THEN m.milestone_progress
                 ELSE 0 END::int AS progress) p
          CROSS JOIN LATERAL (SELECT CASE
                 WHEN s.span <= 0 THEN CASE WHEN d >= m.planned_end THEN 100 ELSE 0 END
                 ELSE (2 * (100 * least(s.span, greatest(0, d - m.planned_start)))::bigint + s.span::bigint)
                      / (2 * s.span::bigint) END AS expected
                 FROM (SELECT m.planned_end - m.planned_start AS span) s) e
          LEFT JOIN LATERAL (
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE m.status IN ('PLANNING','IN_PROGRESS') AND x.completed_on IS NULL
                                      AND coalesce(x.forecast_date, x.baseline_date) < d) AS overdue,
                   count(*) FILTER (WHERE m.status IN ('PLANNING','IN_PROGRESS') AND x.completed_on IS NULL
                                      AND coalesce(x.forecast_date, x.baseline_date) BETWEEN d AND d + 30) AS due_soon,
                   count(*) FILTER (WHERE coalesce(x.completed_on, x.forecast_date, x.baseline_date) > x.baseline_date) AS slipped,
                   sum(coalesce(x.completed_on, x.forecast_date, x.baseline_date) - x.baseline_date) AS slippage
              FROM milestone x WHERE x.measure_id = m.id) ms ON TRUE
         WHERE ids IS NULL OR m.id = ANY(ids)
      $$`);
    await q.query(`
      CREATE FUNCTION rollup_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d date;
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        -- a rebuild for a new day holds this row: wait for it, then maintain as of its day
        SELECT as_of INTO d FROM rollup_state WHERE id = 1 FOR SHARE;
        IF d IS NULL THEN RETURN; END IF;
        -- one transaction at a time per measure, so that each sees the other's rows
        PERFORM 1 FROM measure WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
        PERFORM 1 FROM measure_rollup WHERE measure_id = ANY(ids) ORDER BY measure_id FOR UPDATE;
        WITH gone AS (DELETE FROM measure_rollup WHERE measure_id = ANY(ids) RETURNING *)
        ${addContributions('gone', -1)};
        WITH fresh AS (INSERT INTO measure_rollup SELECT * FROM rollup_facts(ids, d) RETURNING *)
        ${addContributions('fresh', 1)};
      END $$`);
    await q.query(`
      CREATE FUNCTION rollup_rebuild(d date) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE rollup_state SET as_of = d WHERE id = 1;
        TRUNCATE measure_rollup;
        DELETE FROM project_rollup;
        WITH fresh AS (INSERT INTO measure_rollup SELECT * FROM rollup_facts(NULL, d) RETURNING *)
        ${addContributions('fresh', 1)};
      END $$`);
    await q.query(`
      CREATE FUNCTION rollup_on_measure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rollup_refresh(ARRAY(SELECT DISTINCT id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION rollup_on_measure_part() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rollup_refresh(ARRAY(SELECT DISTINCT measure_id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION rollup_on_measure_part_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rollup_refresh(ARRAY(SELECT measure_id FROM changed UNION SELECT measure_id FROM gone));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION rollup_invalidate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE rollup_state SET as_of = NULL WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of ROLLUP_TABLES) {
      const part = table !== 'measure';
      const fn = part ? 'rollup_on_measure_part' : 'rollup_on_measure';
      await q.query(`CREATE TRIGGER rollup_insert AFTER INSERT ON ${table}
                       REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER rollup_update AFTER UPDATE ON ${table}
                       REFERENCING ${part ? 'OLD TABLE AS gone ' : ''}NEW TABLE AS changed
                       FOR EACH STATEMENT EXECUTE FUNCTION ${part ? 'rollup_on_measure_part_update' : fn}()`);
      await q.query(`CREATE TRIGGER rollup_delete AFTER DELETE ON ${table}
                       REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER rollup_truncate AFTER TRUNCATE ON ${table}
                       FOR EACH STATEMENT EXECUTE FUNCTION rollup_invalidate()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        await q.query(`DROP TRIGGER rollup_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION rollup_on_measure(), rollup_on_measure_part(), rollup_on_measure_part_update(),
                     rollup_invalidate(), rollup_rebuild(date), rollup_refresh(uuid[]), rollup_facts(uuid[], date)`);
    await q.query(`DROP TABLE project_rollup, measure_rollup, rollup_state`);
  }
}

/** The tables whose rows a roll-up reads. */
const ROLLUP_TABLES = ['measure', 'milestone', 'measure_field_of_action', 'measure_participating_unit'];

const STATUSES = ['IDEA', 'PLANNING', 'IN_PROGRESS', 'IMPLEMENTED', 'CONTINUED', 'STOPPED'];
const HEALTHS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED'];

/** The columns of `project_rollup` after its key, each the sum over the measures of its group. */
const FIGURES = [
  'measures',
  ...STATUSES.map((s) => `status_${s.toLowerCase()}`),
  ...HEALTHS.map((h) => `health_${h.toLowerCase()}`),
  'progress_sum',
  'progress_count',
  'stale',
  'overdue',
  'due_soon',
  'milestones',
  'slipped',
  'slippage',
];

/** What one `measure_rollup` row `r` adds to each figure of its groups. */
const CONTRIBUTION: Record<string, string> = {
  measures: '1',
  ...Object.fromEntries(STATUSES.map((s) => [`status_${s.toLowerCase()}`, `(r.status = '${s}')::int`])),
  ...Object.fromEntries(HEALTHS.map((h) => [`health_${h.toLowerCase()}`, `(r.health = '${h}')::int`])),
  progress_sum: `CASE WHEN r.status <> 'STOPPED' THEN r.progress ELSE 0 END`,
  progress_count: `(r.status <> 'STOPPED')::int`,
  stale: 'r.stale::int',
  overdue: 'r.overdue',
  due_soon: 'r.due_soon',
  milestones: 'r.milestones',
  slipped: 'r.slipped',
  slippage: 'r.slippage',
};

/**
 * Adds the rows of `source` (a CTE of `measure_rollup` rows), times `sign`, to `project_rollup`: each row counts for
 * its project, for each of its fields of action and for each of its municipalities. Rows are upserted in key order,
 * the project's own row first, so that concurrent writers of one project queue on that row instead of deadlocking.
 */
function addContributions(source: string, sign: 1 | -1): string {
  const groups = `CROSS JOIN LATERAL (SELECT 0::smallint, r.model_project_id
                                       UNION ALL SELECT 1::smallint, unnest(r.field_ids)
                                       UNION ALL SELECT 2::smallint, unnest(r.unit_ids)) g(dimension, group_key)`;
  return `
    INSERT INTO project_rollup AS t (model_project_id, dimension, group_key, published, ${FIGURES.join(', ')})
    SELECT r.model_project_id, g.dimension, g.group_key, r.published,
           ${FIGURES.map((f) => `${sign} * sum(${CONTRIBUTION[f]})`).join(', ')}
      FROM ${source} r ${groups}
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (model_project_id, dimension, group_key, published) DO UPDATE SET
      ${FIGURES.map((f) => `${f} = t.${f} + EXCLUDED.${f}`).join(',\n      ')}`;
}
