import type { Client } from 'pg';
import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { IsoDate } from '@masswerk/shared/domain';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, benchToken, BenchRole, tokenHash } from '@masswerk/tools/support';
import { nationalProfile, ProjectPlan } from './national-profile';
import { releasePublished } from './releases';

export interface GenerateOptions {
  readonly seed: number;
  readonly scale: number;
  /** The day the data is generated for: statuses, overdue milestones and report ages are relative to it. */
  readonly today: IsoDate;
  readonly log: (message: string) => void;
}

export type Counts = Record<string, number>;

const FIELDS = [
  'Datenplattform & Verwaltung',
  'Mobilität & Energie',
  'Bildung & Arbeit',
  'Gesundheit & Pflege',
  'Beteiligung & Gemeinschaft',
];

const TOPICS = [
  'Digitales Bürgerbüro',
  'Open-Data-Portal',
  'LoRaWAN-Sensornetz',
  'Mitfahrbank digital',
  'Rufbus auf Bestellung',
  'Leerstandsplattform',
  'Smarte Straßenbeleuchtung',
  'Digitaler Dorfladen',
  'Coworking-Space',
  'Schul-WLAN',
  'Telemedizin-Sprechstunde',
  'Pflege-Assistenzsysteme',
  'Beteiligungsplattform',
  'Digitale Sprechstunde',
  'Hochwasser-Frühwarnung',
  'Parkraumsensorik',
  'E-Carsharing',
  'Digitallotsen für Ältere',
  'Vereinsplattform',
  'Energiemonitoring öffentlicher Gebäude',
  'Urbane Datenplattform',
  'Tourismus-App',
  'Ehrenamtsbörse',
  'Bodenfeuchte-Messnetz',
  'Digitale Bibliothek',
  'Ratsinformationssystem',
  'Breitband-Lückenschluss',
  'Mängelmelder',
  'Medienkompetenzzentrum',
  'Regionaler Online-Marktplatz',
];

const MILESTONES = [
  'Bedarfsanalyse abgeschlossen',
  'Konzept erstellt',
  'Ausschreibung veröffentlicht',
  'Auftrag vergeben',
  'Pilotbetrieb gestartet',
  'Pilot ausgewertet',
  'Ausrollung begonnen',
  'Ausrollung abgeschlossen',
  'Evaluation abgeschlossen',
  'Regelbetrieb',
];

/** Phase dates of a cohort (Staffel), as the programme ran them. */
const COHORT_PHASES_SQL = `
  CASE cohort WHEN 2019 THEN '2019-10-01'::date WHEN 2020 THEN '2021-01-01'::date ELSE '2022-01-01'::date END AS a_start,
  CASE cohort WHEN 2019 THEN '2021-09-30'::date WHEN 2020 THEN '2022-12-31'::date ELSE '2022-12-31'::date END AS a_end,
  CASE cohort WHEN 2019 THEN '2021-10-01'::date WHEN 2020 THEN '2023-04-01'::date ELSE '2023-01-01'::date END AS b_start,
  CASE cohort WHEN 2019 THEN '2026-09-30'::date WHEN 2020 THEN '2027-12-31'::date ELSE '2026-12-31'::date END AS b_end`;

/**
 * Writes the national profile into an empty, migrated database. Every step is one set-based statement over
 * `generate_series`; random numbers come from hashing (seed, row, purpose), so the data is the same on every machine
 * and whatever order PostgreSQL evaluates rows in. Identifiers are derived from the seed too.
 */
export async function generateNational(client: Client, options: GenerateOptions): Promise<Counts> {
  const { seed, today, log } = options;
  const profile = nationalProfile({ seed, scale: options.scale });
  const step = async (name: string, sql: string, params: unknown[] = []): Promise<number> => {
    const started = Date.now();
    const result = await client.query(sql, params);
    log(`${name}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result.rowCount ?? 0;
  };

  const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM measure')).rows;
  if (n > 0) throw new Error('The database already holds measures; generate into an empty database (use --reset).');

  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  // Uniform [0, 1) from a 64-bit hash of (salt, key); the salt separates purposes and carries the seed.
  await client.query(`
    CREATE FUNCTION pg_temp.rnd(salt bigint, k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (hashint8extended(k, salt) & 4503599627370495)::float8 / 4503599627370496.0 $$`);
  await client.query(`
    CREATE FUNCTION pg_temp.urnd(salt bigint, u uuid) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (uuid_hash_extended(u, salt) & 4503599627370495)::float8 / 4503599627370496.0 $$`);
  // A stable id from a text: its MD5 shaped as a version-4 UUID (version and variant bits set), because the API
  // validates ids in its inputs as UUIDs and a bare MD5 is not always one.
  await client.query(`
    CREATE FUNCTION pg_temp.hid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3)
               || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18, 15))::uuid
         FROM (SELECT md5(t) AS h) x $$`);
  // A stable id from the seed and a name.
  await client.query(`
    CREATE FUNCTION pg_temp.sid(seed int, name text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT pg_temp.hid(seed::text || ':' || name) $$`);
  const salt = (purpose: number) => seed * 1000 + purpose;
  const counts: Counts = {};

  await client.query('BEGIN');
  try {
    // Bulk load: the rows are consistent by construction, so foreign keys are not checked row by row (where the role
    // may switch that off), and secondary indexes are built once at the end instead of row by row.
    await client.query('SAVEPOINT replica');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT replica');
      log('foreign keys stay checked (the database role may not change session_replication_role)');
    }
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes i
        WHERE schemaname = current_schema() AND tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [BULK_TABLES],
    );
    for (const { indexname } of indexes) await client.query(`DROP INDEX ${client.escapeIdentifier(indexname)}`);
    const u = profile.units;
    counts['territorialUnits'] = await step(
      'territorial units',
      `INSERT INTO territorial_unit (id, kind, name, ars, ags, parent_id)
       SELECT pg_temp.sid($1, 'u:' || ars), kind, name, ars, ags,
              CASE WHEN parent IS NULL THEN NULL ELSE pg_temp.sid($1, 'u:' || parent) END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(kind, name, ars, ags, parent)`,
      [
        seed,
        u.map((x) => x.kind),
        u.map((x) => x.name),
        u.map((x) => x.ars),
        u.map((x) => x.ags),
        u.map((x) => x.parentArs),
      ],
    );
    counts['clusters'] = await step(
      'clusters',
      `INSERT INTO cluster (id, name, description)
       SELECT pg_temp.sid($1, 'c:' || name), name, 'Modellprojekte eines Landes (Lastprofil, erfunden).'
         FROM unnest($2::text[]) AS t(name)`,
      [seed, profile.clusters],
    );
    const run: Run = { client, seed, today, salt, step, counts };
    await projects(run, profile.projects);
    await strategies(run);
    await measures(run);
    await milestonesAndReports(run);
    await money(run);
    counts['auditEntries'] = await step(
      'history (one entry per measure)',
      `INSERT INTO audit_entry (occurred_at, actor_name, model_project_id, measure_id, entity_type, entity_id, action, after)
       SELECT coalesce(m.planned_start, $1::date)::timestamptz, 'Lastprofil-Import', m.model_project_id, m.id,
              'Measure', m.id, 'CREATE', jsonb_build_object('code', m.code, 'title', m.title, 'status', m.status)
         FROM measure m ORDER BY m.planned_start, m.id`,
      [today],
    );
    const indexStart = Date.now();
    for (const { indexdef } of indexes) await client.query(indexdef);
    log(`${indexes.length} secondary indexes rebuilt in ${((Date.now() - indexStart) / 1000).toFixed(1)} s`);
    await step('maintained measure columns', REFRESH_MEASURE_METRICS_SQL, [null]);
    counts['benchAccounts'] = await benchAccounts(client, seed, profile.projects);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  const started = Date.now();
  await client.query('VACUUM ANALYZE');
  log(`vacuum analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // the bulk load ran without triggers: the maintained roll-ups (decision 0076) are computed once, as of `today`
  const rollups = Date.now();
  await client.query('SELECT rollup_rebuild($1::date)', [today]);
  log(`maintained roll-ups: ${((Date.now() - rollups) / 1000).toFixed(1)} s`);
  counts['measureReleases'] = await releasePublished(client, { today, log });
  return counts;
}

/** The tables that grow with the number of measures. */
const BULK_TABLES = [
  'measure',
  'milestone',
  'status_report',
  'cost_plan_entry',
  'expenditure',
  'audit_entry',
  'indicator',
  'indicator_value',
  'measure_field_of_action',
  'measure_goal',
  'measure_participating_unit',
];

type Step = (name: string, sql: string, params?: unknown[]) => Promise<number>;

/** What every stage of the load works with: the connection, the seed and its salts, the day, and the running counts. */
interface Run {
  client: Client;
  seed: number;
  today: IsoDate;
  salt: (purpose: number) => number;
  step: Step;
  counts: Counts;
}

async function projects({ client, seed, step, counts }: Run, plans: readonly ProjectPlan[]) {
  counts['modelProjects'] = await step(
    'model projects',
    `INSERT INTO model_project (id, code, name, cohort_year, lead_unit_id, cluster_id, office_name, office_email,
                                budgetary_emergency, phase_a_planned_start, phase_a_planned_end, phase_a_actual_start,
                                phase_a_actual_end, phase_b_planned_start, phase_b_planned_end, phase_b_actual_start)
     SELECT pg_temp.sid($1, 'p:' || code), code, name, cohort, pg_temp.sid($1, 'u:' || lead),
            pg_temp.sid($1, 'c:' || cluster), 'Projektbüro ' || name, lower(code) || '@example.org', emergency,
            a_start, a_end, a_start, a_end + 60, b_start, b_end, b_start + 30
       FROM (SELECT *, ${COHORT_PHASES_SQL}
               FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::bool[])
                    AS t(code, name, cohort, lead, cluster, emergency)) x`,
    [
      seed,
      plans.map((p) => p.code),
      plans.map((p) => p.name),
      plans.map((p) => p.cohortYear),
      plans.map((p) => p.leadArs),
      plans.map((p) => p.clusterName),
      plans.map((p) => p.budgetaryEmergency),
    ],
  );
  const pairs = plans.flatMap((p) => p.memberArs.map((ars) => [p.code, ars] as const));
  counts['projectMembers'] = await step(
    'member municipalities',
    `INSERT INTO model_project_member (model_project_id, territorial_unit_id)
     SELECT pg_temp.sid($1, 'p:' || code), pg_temp.sid($1, 'u:' || ars) FROM unnest($2::text[], $3::text[]) AS t(code, ars)`,
    [seed, pairs.map(([code]) => code), pairs.map(([, ars]) => ars)],
  );
  // Working table: where each project's measures start in the global numbering, and who can lead them.
  let offset = 0;
  const firsts = plans.map((p) => {
    const first = offset;
    offset += p.measureCount;
    return first;
  });
  await client.query(
    `CREATE TEMP TABLE scale_project ON COMMIT DROP AS
     SELECT p.id, p.code, p.lead_unit_id, t.measure_count, t.first_measure,
            p.phase_a_planned_start AS a_start, p.phase_a_planned_end AS a_end,
            p.phase_b_planned_start AS b_start, p.phase_b_planned_end AS b_end,
            coalesce((SELECT array_agg(mm.territorial_unit_id ORDER BY u.ars) FROM model_project_member mm
                        JOIN territorial_unit u ON u.id = mm.territorial_unit_id WHERE mm.model_project_id = p.id),
                     ARRAY[p.lead_unit_id]) AS units
       FROM unnest($1::text[], $2::int[], $3::bigint[]) AS t(code, measure_count, first_measure)
       JOIN model_project p ON p.code = t.code`,
    [plans.map((p) => p.code), plans.map((p) => p.measureCount), firsts],
  );
}

async function strategies({ seed, step, counts }: Run) {
  await step(
    'strategies',
    `INSERT INTO strategy (id, model_project_id, title)
     SELECT pg_temp.sid($1, 's:' || code), id, 'Smart-City-Strategie ' || code FROM scale_project`,
    [seed],
  );
  await step(
    'strategy versions',
    `INSERT INTO strategy_version (strategy_id, model_project_id, version_number, label, vision, adopted_on,
                                   resolution_reference, accepted_by_funder_on)
     SELECT pg_temp.sid($1, 's:' || code), id, 1, 'Fassung 1', 'Gleichwertige Lebensverhältnisse durch Digitalisierung.',
            a_end - 30, 'KT-' || code, a_end + 14 FROM scale_project`,
    [seed],
  );
  counts['fieldsOfAction'] = await step(
    'fields of action',
    `INSERT INTO field_of_action (id, model_project_id, strategy_id, code, name, sort_order)
     SELECT pg_temp.sid($1, 'f:' || p.code || ':' || f.i), p.id, pg_temp.sid($1, 's:' || p.code), 'HF' || f.i, f.name, f.i
       FROM scale_project p, unnest($2::text[]) WITH ORDINALITY AS f(name, i)`,
    [seed, FIELDS],
  );
  counts['goals'] = await step(
    'goals',
    `INSERT INTO goal (id, model_project_id, field_of_action_id, code, title, sort_order)
     SELECT pg_temp.sid($1, 'g:' || p.code || ':' || f || ':' || g), p.id, pg_temp.sid($1, 'f:' || p.code || ':' || f),
            'Z' || f || '.' || g, 'Ziel ' || g || ' im Handlungsfeld ' || f, g
       FROM scale_project p, generate_series(1, ${FIELDS.length}) f, generate_series(1, 2) g`,
    [seed],
  );
}

async function measures({ seed, today, salt, step, counts }: Run) {
  counts['measures'] = await step(
    'measures',
    `INSERT INTO measure (id, model_project_id, code, title, summary, lead_unit_id, responsible_unit, priority, flagship,
                          phase, planned_start, planned_end, actual_start, actual_end, status, transferability, tags,
                          published, partners)
     SELECT id, project_id, code, topic || ' ' || lead_name, 'Lastprofil-Maßnahme ' || code || ' (erfunden).', lead_id,
            'Projektbüro', priority, flagship, phase, planned_start, planned_end, actual_start,
            CASE WHEN status IN ('IMPLEMENTED','CONTINUED')
                 THEN greatest(least(planned_end + (r6 * 150)::int - 30, $2::date), actual_start) END,
            status, transferability, ARRAY[tag], r7 < 0.7, '{}'
       FROM (
        SELECT *,
               CASE WHEN status IN ('IN_PROGRESS','IMPLEMENTED','CONTINUED','STOPPED')
                    THEN least(planned_start + (r5 * 60)::int - 10, $2::date) END AS actual_start
         FROM (
         SELECT *,
                CASE
                  WHEN planned_start > $2::date + 60 THEN CASE WHEN r4 < 0.33 THEN 'IDEA' ELSE 'PLANNING' END
                  WHEN planned_end < $2::date THEN CASE WHEN r4 < 0.55 THEN 'IMPLEMENTED' WHEN r4 < 0.8 THEN 'CONTINUED'
                                                        WHEN r4 < 0.9 THEN 'STOPPED' ELSE 'IN_PROGRESS' END
                  WHEN planned_start > $2::date THEN 'PLANNING'
                  ELSE CASE WHEN r4 < 0.9 THEN 'IN_PROGRESS' WHEN r4 < 0.96 THEN 'PLANNING' ELSE 'STOPPED' END
                END AS status
           FROM (
             SELECT *, least(planned_start + 180 + (r3 * 900)::int, phase_end) AS planned_end
               FROM (
                 -- The agenda is renewed every year: new measures start throughout the phase.
                 SELECT *, phase_start + (r2 * 0.85 * (phase_end - phase_start))::int AS planned_start
                   FROM (
                     SELECT pg_temp.sid($1, 'm:' || p.code || ':' || i) AS id, p.id AS project_id,
                            p.code || '-M' || lpad(i::text, 4, '0') AS code,
                            t.topic, t.tag, lu.id AS lead_id, lu.name AS lead_name, x.*,
                            CASE WHEN x.r1 < 0.12 THEN 'A' ELSE 'B' END AS phase,
                            CASE WHEN x.r1 < 0.12 THEN p.a_start ELSE p.b_start END AS phase_start,
                            CASE WHEN x.r1 < 0.12 THEN p.a_end ELSE p.b_end END AS phase_end,
                            CASE WHEN x.r8 < 0.2 THEN 'HIGH' WHEN x.r8 < 0.8 THEN 'MEDIUM' ELSE 'LOW' END AS priority,
                            x.r8 < 0.04 AS flagship,
                            CASE WHEN x.r6 < 0.3 THEN 'NOT_ASSESSED' WHEN x.r6 < 0.55 THEN 'LOW'
                                 WHEN x.r6 < 0.85 THEN 'MEDIUM' ELSE 'HIGH' END AS transferability
                       FROM scale_project p
                       CROSS JOIN LATERAL generate_series(1, p.measure_count) i
                       CROSS JOIN LATERAL (SELECT p.first_measure + i AS g) gg
                       CROSS JOIN LATERAL (
                         SELECT pg_temp.rnd(${salt(1)}, gg.g) AS r1, pg_temp.rnd(${salt(2)}, gg.g) AS r2,
                                pg_temp.rnd(${salt(3)}, gg.g) AS r3, pg_temp.rnd(${salt(4)}, gg.g) AS r4,
                                pg_temp.rnd(${salt(5)}, gg.g) AS r5, pg_temp.rnd(${salt(6)}, gg.g) AS r6,
                                pg_temp.rnd(${salt(7)}, gg.g) AS r7, pg_temp.rnd(${salt(8)}, gg.g) AS r8,
                                pg_temp.rnd(${salt(9)}, gg.g) AS r9, pg_temp.rnd(${salt(10)}, gg.g) AS r10) x
                       JOIN LATERAL (
                         SELECT ($3::text[])[1 + floor(x.r9 * ${TOPICS.length})::int] AS topic,
                                lower(split_part(($3::text[])[1 + floor(x.r9 * ${TOPICS.length})::int], ' ', 1)) AS tag) t ON TRUE
                       JOIN territorial_unit lu ON lu.id = CASE WHEN x.r10 < 0.2 THEN p.lead_unit_id
                                     ELSE p.units[1 + floor((x.r10 - 0.2) / 0.8 * cardinality(p.units))::int] END
                 ) a
             ) b
         ) c
       ) d
       ) e`,
    [seed, today, TOPICS],
  );
  await step(
    'measure ↔ field of action',
    `INSERT INTO measure_field_of_action (measure_id, field_of_action_id)
     SELECT m.id, pg_temp.sid($1, 'f:' || p.code || ':' || (1 + floor(pg_temp.urnd(${salt(20)}, m.id) * ${FIELDS.length})::int))
       FROM measure m JOIN scale_project p ON p.id = m.model_project_id`,
    [seed],
  );
  await step(
    'measure ↔ goal',
    `INSERT INTO measure_goal (measure_id, goal_id)
     SELECT m.id, pg_temp.sid($1, 'g:' || p.code || ':' || (1 + floor(pg_temp.urnd(${salt(20)}, m.id) * ${FIELDS.length})::int)
                                  || ':' || (1 + floor(pg_temp.urnd(${salt(21)}, m.id) * 2)::int))
       FROM measure m JOIN scale_project p ON p.id = m.model_project_id`,
    [seed],
  );
  await step(
    'participating municipalities',
    `INSERT INTO measure_participating_unit (measure_id, territorial_unit_id)
     SELECT DISTINCT m.id, x.unit
       FROM measure m JOIN scale_project p ON p.id = m.model_project_id
       CROSS JOIN LATERAL (
         SELECT m.lead_unit_id AS unit
         UNION ALL
         SELECT p.units[1 + floor(pg_temp.urnd(${salt(22)}, m.id) * cardinality(p.units))::int]
          WHERE pg_temp.urnd(${salt(23)}, m.id) < 0.3) x
      WHERE x.unit IS NOT NULL`,
  );
}

async function milestonesAndReports({ today, salt, step, counts }: Run) {
  // A quarter of the measures are troubled: their milestones slip by one to seven months.
  counts['milestones'] = await step(
    'milestones (ten per measure)',
    `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date, forecast_date, completed_on, weight, sort_order)
     SELECT measure_id, model_project_id, ($2::text[])[k], baseline,
            CASE WHEN done IS NULL AND abs(slip) > 14 THEN baseline + slip END, done, CASE WHEN k = 10 THEN 2 ELSE 1 END, k
       FROM (
         SELECT *,
                CASE
                  WHEN status IN ('IMPLEMENTED','CONTINUED') THEN least(baseline + slip, coalesce(actual_end, $1::date), $1::date)
                  WHEN status IN ('IN_PROGRESS','STOPPED') AND baseline + slip <= $1::date AND r < 0.9
                    THEN greatest(baseline + slip, coalesce(actual_start, baseline))
                END AS done
           FROM (
             SELECT m.id AS measure_id, m.model_project_id, m.status, m.actual_start, m.actual_end, k,
                    m.planned_start + ((m.planned_end - m.planned_start) * k / 10) AS baseline,
                    CASE WHEN pg_temp.urnd(${salt(30)}, m.id) < 0.25
                         THEN 30 + (pg_temp.rnd(${salt(31)}, uuid_hash_extended(m.id, 0) # k) * 200)::int
                         ELSE (pg_temp.rnd(${salt(31)}, uuid_hash_extended(m.id, 0) # k) * 25)::int - 8 END AS slip,
                    pg_temp.rnd(${salt(32)}, uuid_hash_extended(m.id, 0) # k) AS r
               FROM measure m, generate_series(1, 10) k
           ) a
       ) b`,
    [today, MILESTONES],
  );
  counts['statusReports'] = await step(
    'status reports',
    `INSERT INTO status_report (measure_id, model_project_id, report_date, traffic_light, progress, achieved, next_steps, risks)
     SELECT id, model_project_id, report_date,
            CASE WHEN troubled THEN (CASE WHEN r < 0.5 THEN 'RED' ELSE 'YELLOW' END)
                 ELSE (CASE WHEN r < 0.8 THEN 'GREEN' ELSE 'YELLOW' END) END,
            greatest(0, least(100, (CASE WHEN status IN ('IMPLEMENTED','CONTINUED') THEN 100 ELSE 20 + (r * 60)::int END) - n * 10)),
            'Arbeiten planmäßig weitergeführt (Lastprofil).', 'Nächsten Meilenstein vorbereiten.',
            CASE WHEN troubled THEN 'Verzögerung beim Auftragnehmer (Lastprofil).' ELSE '' END
       FROM (
         SELECT m.id, m.model_project_id, m.status, m.actual_end, n,
                pg_temp.urnd(${salt(30)}, m.id) < 0.25 AS troubled,
                pg_temp.rnd(${salt(41)}, uuid_hash_extended(m.id, 1) # n) AS r,
                -- Reports stop a few weeks after a measure ends; troubled measures also report less often.
                least($1::date, m.actual_end + 20)
                  - (CASE WHEN pg_temp.urnd(${salt(30)}, m.id) < 0.25 THEN 60 + (pg_temp.urnd(${salt(42)}, m.id) * 240)::int
                          ELSE 3 + (pg_temp.urnd(${salt(42)}, m.id) * 70)::int END) - n * 91 AS report_date,
                m.actual_start
           FROM measure m, generate_series(0, 5) n
          WHERE m.actual_start IS NOT NULL AND n < 1 + floor(pg_temp.urnd(${salt(40)}, m.id) * 6)
       ) x
      WHERE report_date >= actual_start`,
    [today],
  );
  counts['indicators'] = await step(
    'indicators (every fifth measure)',
    `INSERT INTO indicator (id, measure_id, model_project_id, name, unit, baseline_value, target_value, target_date, sort_order)
     SELECT pg_temp.hid(m.id::text || ':i'), m.id, m.model_project_id, 'Nutzende', 'Personen', 0,
            100 + floor(pg_temp.urnd(${salt(50)}, m.id) * 900), m.planned_end, 1
       FROM measure m WHERE pg_temp.urnd(${salt(51)}, m.id) < 0.2`,
  );
  await step(
    'indicator values',
    `INSERT INTO indicator_value (indicator_id, model_project_id, measured_on, value)
     SELECT i.id, i.model_project_id, m.actual_start + q * 182, round(i.target_value * least(1, q * 0.25))
       FROM indicator i JOIN measure m ON m.id = i.measure_id, generate_series(1, 4) q
      WHERE m.actual_start IS NOT NULL AND m.actual_start + q * 182 <= $1::date`,
    [today],
  );
}

async function money({ client, seed, today, salt, step, counts }: Run) {
  // A measure's budget: 2,000 to 40,000 € (most are small), spread over its years and one or two cost categories.
  await client.query(`
    CREATE TEMP TABLE scale_budget ON COMMIT DROP AS
    SELECT m.id, m.model_project_id, m.phase, m.actual_start, m.actual_end, m.status,
           (200000 * exp(pg_temp.urnd(${salt(60)}, m.id) * 3.0))::bigint AS budget_cents,
           extract(year FROM m.planned_start)::int AS y0,
           least(extract(year FROM m.planned_end)::int, extract(year FROM m.planned_start)::int + 3) AS y1,
           (SELECT array_agg(id ORDER BY sort_order) FROM cost_category) AS categories,
           1 + floor(pg_temp.urnd(${salt(61)}, m.id) * 5)::int AS c1,
           CASE WHEN pg_temp.urnd(${salt(62)}, m.id) < 0.5 THEN 1 + floor(pg_temp.urnd(${salt(63)}, m.id) * 5)::int END AS c2
      FROM measure m`);
  counts['costPlanEntries'] = await step(
    'cost plan entries',
    `INSERT INTO cost_plan_entry (model_project_id, measure_id, year, cost_category_id, planned_cents)
     SELECT b.model_project_id, b.id, y, b.categories[c], round(b.budget_cents::numeric / ((b.y1 - b.y0 + 1) * cardinality(cs.list)), -2)::bigint
       FROM scale_budget b
       CROSS JOIN LATERAL (SELECT ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[b.c1, b.c2]) x WHERE x IS NOT NULL) AS list) cs
       CROSS JOIN LATERAL unnest(cs.list) c
       CROSS JOIN LATERAL generate_series(b.y0, b.y1) y`,
  );
  counts['expenditures'] = await step(
    'expenditures',
    `INSERT INTO expenditure (model_project_id, measure_id, cost_category_id, spent_on, amount_cents, description, document_reference)
     SELECT b.model_project_id, b.id, b.categories[CASE WHEN b.c2 IS NOT NULL AND n % 2 = 0 THEN b.c2 ELSE b.c1 END],
            b.actual_start + (pg_temp.rnd(${salt(71)}, uuid_hash_extended(b.id, 2) # n) * greatest(1, least($1::date, coalesce(b.actual_end, $1::date)) - b.actual_start))::int,
            greatest(100, (b.budget_cents * (0.3 + pg_temp.urnd(${salt(72)}, b.id) * 0.6) / k.count
                          * (0.6 + pg_temp.rnd(${salt(73)}, uuid_hash_extended(b.id, 3) # n) * 0.8))::bigint),
            'Rechnung ' || n || ' (Lastprofil)', 'BEL-' || substr(b.id::text, 1, 8) || '-' || n
       FROM scale_budget b
       CROSS JOIN LATERAL (SELECT 2 + floor(pg_temp.urnd(${salt(70)}, b.id) * 9)::int AS count) k
       CROSS JOIN LATERAL generate_series(1, k.count) n
      WHERE b.actual_start IS NOT NULL AND b.actual_start < $1::date`,
    [today],
  );
  counts['grants'] = await step(
    'grants',
    `WITH plan AS (
       SELECT e.model_project_id, m.phase, round(sum(e.planned_cents) * 1.05, -4)::bigint AS eligible
         FROM cost_plan_entry e JOIN measure m ON m.id = e.measure_id GROUP BY 1, 2)
     INSERT INTO "grant" (id, model_project_id, programme_id, phase, commitment_number, commitment_date, period_start,
                          period_end, funding_rate_bp, eligible_costs_cents, grant_amount_cents, own_share_cents)
     SELECT pg_temp.sid($1, 'gr:' || p.code || ':' || ph.phase), p.id, fp.id, ph.phase,
            'KfW-436-' || p.code || '-' || ph.phase, ph.start - 60, ph.start, ph.finish, rate, s.eligible,
            least(federal_share(s.eligible, rate), cap), s.eligible - least(federal_share(s.eligible, rate), cap)
       FROM scale_project p
       JOIN model_project mp ON mp.id = p.id
       JOIN funding_programme fp ON fp.id = mp.funding_programme_id
       CROSS JOIN LATERAL (VALUES ('A', p.a_start, p.a_end, fp.phase_a_cap_cents),
                                  ('B', p.b_start, p.b_end, fp.phase_b_cap_cents)) ph(phase, start, finish, cap)
       CROSS JOIN LATERAL (SELECT CASE WHEN mp.budgetary_emergency THEN fp.emergency_rate_bp ELSE fp.standard_rate_bp END AS rate) r
       JOIN plan s ON s.model_project_id = p.id AND s.phase = ph.phase
      WHERE s.eligible > 0`,
    [seed],
  );
  counts['callOffs'] = await step(
    'call-offs (half-yearly)',
    `INSERT INTO call_off (model_project_id, grant_id, requested_on, amount_cents, period_start, period_end, status, paid_on, reference)
     SELECT g.model_project_id, g.id, h.period_end + 10, greatest(100, g.grant_amount_cents / 12), h.period_start, h.period_end,
            CASE WHEN h.period_end + 40 <= $1::date THEN 'PAID' ELSE 'SUBMITTED' END,
            CASE WHEN h.period_end + 40 <= $1::date THEN h.period_end + 40 END, 'MA-' || g.commitment_number || '-' || h.n
       FROM "grant" g
       CROSS JOIN LATERAL (
         SELECT n, (g.period_start + make_interval(months => 6 * (n - 1)))::date AS period_start,
                (g.period_start + make_interval(months => 6 * n))::date - 1 AS period_end
           FROM generate_series(1, 12) n) h
      WHERE h.period_end < least(g.period_end, $1::date)`,
    [today],
  );
  counts['proofs'] = await step(
    'interim proofs (yearly)',
    `INSERT INTO proof (model_project_id, grant_id, kind, period_start, period_end, submitted_on)
     SELECT g.model_project_id, g.id, 'INTERIM', greatest(g.period_start, make_date(y, 1, 1)), make_date(y, 12, 31),
            make_date(y + 1, 4, 15)
       FROM "grant" g CROSS JOIN LATERAL generate_series(extract(year FROM g.period_start)::int, extract(year FROM $1::date)::int - 1) y
      WHERE make_date(y, 1, 1) <= g.period_end`,
    [today],
  );
}

/** Accounts for the benchmark: the platform operator, and the office and council of the largest project. */
async function benchAccounts(client: Client, seed: number, plans: readonly ProjectPlan[]): Promise<number> {
  const largest = plans.reduce((a, b) => (b.measureCount > a.measureCount ? b : a));
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const roles: Record<BenchRole, { name: string; role: string | null }> = {
    platform: { name: 'Plattformbetrieb (Lasttest)', role: null },
    projectManager: { name: 'Projektbüro (Lasttest)', role: 'ADMIN' },
    council: { name: 'Kreistag (Lasttest)', role: 'COUNCIL' },
  };
  for (const [key, { name, role }] of Object.entries(roles) as [BenchRole, { name: string; role: string | null }][]) {
    const email = BENCH_ACCOUNTS[key];
    const userId = md5Uuid(seed, `user:${email}`);
    await client.query(
      `INSERT INTO app_user (id, email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4, $5)`,
      [userId, email, name, hash, role === null],
    );
    const token = benchToken(seed, key);
    await client.query(
      `INSERT INTO api_token (user_id, name, token_hash, token_prefix) VALUES ($1, 'Lasttest', $2, $3)`,
      [userId, tokenHash(token), token.slice(0, 10)],
    );
    if (role)
      await client.query(
        `INSERT INTO membership (user_id, model_project_id, role) SELECT $1, id, $2 FROM model_project WHERE code = $3`,
        [userId, role, largest.code],
      );
  }
  return Object.keys(roles).length;
}

function md5Uuid(seed: number, name: string): string {
  const hex = createHash('md5').update(`${seed}:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
