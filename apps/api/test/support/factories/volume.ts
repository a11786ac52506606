import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';
import { unique } from './world';

/**
 * Test data written straight into the database, for scenarios that need volume (a hundred measures) rather than
 * the behaviour of the mutations (which other tests cover through GraphQL).
 */
export async function aProjectWithMeasures(
  db: Client,
  code: string,
  count: number,
): Promise<{ projectId: string; unitIds: string[]; fieldIds: string[] }> {
  const landId = randomUUID();
  const kreisId = randomUUID();
  const unitIds = [randomUUID(), randomUUID()];
  // unique within the test file (a random suffix collided now and then when a file built several projects)
  const suffix = String(100 + (Number(unique('')) % 900));
  await db.query(`INSERT INTO territorial_unit (id, kind, name) VALUES ($1, 'LAND', $2), ($3, 'LANDKREIS', $4)`, [
    landId,
    `Testland ${code}`,
    kreisId,
    `Testkreis ${code}`,
  ]);
  await db.query(
    `INSERT INTO territorial_unit (id, kind, name, parent_id, ags) VALUES ($1, 'GEMEINDE', $2, $3, $4), ($5, 'GEMEINDE', $6, $3, $7)`,
    [
      unitIds[0],
      `Testgemeinde A ${code}`,
      kreisId,
      `09${suffix}101`,
      unitIds[1],
      `Testgemeinde B ${code}`,
      `09${suffix}102`,
    ],
  );
  const projectId = randomUUID();
  await db.query(
    `INSERT INTO model_project (id, code, name, cohort_year, lead_unit_id) VALUES ($1, $2, $3, 2021, $4)`,
    [projectId, code, `Testprojekt ${code}`, kreisId],
  );
  await db.query(
    `INSERT INTO model_project_member (model_project_id, territorial_unit_id) SELECT $1, unnest($2::uuid[])`,
    [projectId, unitIds],
  );
  const strategyId = randomUUID();
  await db.query(`INSERT INTO strategy (id, model_project_id, title) VALUES ($1, $2, 'Teststrategie')`, [
    strategyId,
    projectId,
  ]);
  const fieldIds = [randomUUID(), randomUUID()];
  await db.query(
    `INSERT INTO field_of_action (id, model_project_id, strategy_id, code, name) VALUES ($1, $3, $4, 'HF1', 'Mobilität'), ($2, $3, $4, 'HF2', 'Bildung')`,
    [fieldIds[0], fieldIds[1], projectId, strategyId],
  );
  await db.query(
    `INSERT INTO measure (id, model_project_id, code, title, phase, status, lead_unit_id, planned_start, planned_end)
     SELECT gen_random_uuid(), $1, $2 || '-M' || lpad(i::text, 3, '0'), 'Maßnahme ' || i, 'B', 'IN_PROGRESS', $3, DATE '2026-01-01', DATE '2027-12-31'
       FROM generate_series(1, $4) i`,
    [projectId, code, unitIds[0], count],
  );
  await db.query(
    `INSERT INTO measure_field_of_action (measure_id, field_of_action_id) SELECT id, $2 FROM measure WHERE model_project_id = $1`,
    [projectId, fieldIds[0]],
  );
  await db.query(
    `INSERT INTO measure_participating_unit (measure_id, territorial_unit_id) SELECT id, $2 FROM measure WHERE model_project_id = $1`,
    [projectId, unitIds[1]],
  );
  await db.query(
    `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date, completed_on, weight)
     SELECT m.id, m.model_project_id, 'Meilenstein ' || k, DATE '2026-01-01' + k * 90, CASE WHEN k = 1 THEN DATE '2026-04-01' END, 1
       FROM measure m CROSS JOIN generate_series(1, 3) k WHERE m.model_project_id = $1`,
    [projectId],
  );
  await db.query(
    `INSERT INTO status_report (measure_id, model_project_id, report_date, traffic_light, progress, achieved)
     SELECT m.id, m.model_project_id, DATE '2026-10-01', 'GREEN', 30, 'Test' FROM measure m WHERE m.model_project_id = $1`,
    [projectId],
  );
  await db.query(REFRESH_MEASURE_METRICS_SQL, [null]);
  return { projectId, unitIds, fieldIds };
}

/**
 * A fresh copy of a measure at version 1: same project, lead municipality, publication and assignees, with one open
 * milestone. For scenarios that change or delete a measure without touching the demo measure they stand for.
 */
export async function aCopyOfMeasure(
  db: Client,
  measureId: string,
): Promise<{ measureId: string; milestoneId: string }> {
  const {
    rows: [copy],
  } = await db.query(
    `INSERT INTO measure (model_project_id, code, title, phase, status, lead_unit_id, published, planned_start, planned_end)
     SELECT m.model_project_id,
            p.code || '-M' || to_char((SELECT coalesce(max(substring(x.code FROM '-M([0-9]+)$')::int), 0) + 1
                                         FROM measure x WHERE x.model_project_id = m.model_project_id), 'FM000'),
            'Kopie von ' || m.code, m.phase, m.status, m.lead_unit_id, m.published, m.planned_start, m.planned_end
       FROM measure m JOIN model_project p ON p.id = m.model_project_id WHERE m.id = $1
     RETURNING id`,
    [measureId],
  );
  if (!copy) throw new Error(`No measure ${measureId} to copy`);
  await db.query(
    `INSERT INTO measure_assignee (measure_id, user_id) SELECT $2, user_id FROM measure_assignee WHERE measure_id = $1`,
    [measureId, copy.id],
  );
  const {
    rows: [milestone],
  } = await db.query(
    `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date)
     SELECT id, model_project_id, 'Ausschreibung', DATE '2027-03-01' FROM measure WHERE id = $1 RETURNING id`,
    [copy.id],
  );
  return { measureId: copy.id, milestoneId: milestone.id };
}

/** Everything a change of a measure could have written, to show that a refused change wrote nothing. */
export async function measureFootprint(db: Client, measureId: string): Promise<Record<string, unknown>> {
  const { rows } = await db.query(
    `SELECT (SELECT row_to_json(m)::jsonb - 'updated_at' FROM measure m WHERE m.id = $1) AS measure,
            (SELECT coalesce(jsonb_agg(to_jsonb(ms) ORDER BY ms.id), '[]') FROM milestone ms WHERE ms.measure_id = $1) AS milestones,
            (SELECT count(*)::int FROM status_report WHERE measure_id = $1) AS reports,
            (SELECT coalesce(array_agg(user_id ORDER BY user_id), '{}') FROM measure_assignee WHERE measure_id = $1) AS assignees,
            (SELECT count(*)::int FROM audit_entry WHERE measure_id = $1 OR entity_id = $1) AS history`,
    [measureId],
  );
  return rows[0];
}

/** A model project with measures (one published) that belongs to no cluster: no member of another project sees it. */
export async function aProjectOutsideAnyCluster(
  db: Client,
  code: string,
): Promise<{ projectId: string; publishedId: string; unpublishedId: string }> {
  const { projectId } = await aProjectWithMeasures(db, code, 2);
  const { rows } = await db.query(`SELECT id FROM measure WHERE model_project_id = $1 ORDER BY code`, [projectId]);
  await db.query(`UPDATE measure SET published = true WHERE id = $1`, [rows[0].id]);
  return { projectId, publishedId: rows[0].id, unpublishedId: rows[1].id };
}

/**
 * A model project whose measures share nothing: each has its own lead and participating municipality (under its own
 * Verbandsgemeinde), adopter, field of action and goal, an assignee who also wrote its status reports and recorded
 * its expenditures, milestones, an indicator with values, a cost plan and history entries. A list that loads any of
 * these one measure at a time costs more statements for more measures, which is what the batching test looks for.
 */
export async function aProjectWithRichMeasures(
  db: Client,
  code: string,
  count: number,
  { clusterId = null }: { clusterId?: string | null } = {},
): Promise<{ projectId: string; measureIds: string[] }> {
  const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
  const index = Array.from({ length: count }, (_, i) => i + 1);
  const kreisId = randomUUID();
  const [vg, lead, participating, adopter, fields, goals, users, measures] = Array.from({ length: 8 }, () =>
    ids(count),
  );
  await db.query(`INSERT INTO territorial_unit (id, kind, name) VALUES ($1, 'LANDKREIS', $2)`, [
    kreisId,
    `Testkreis ${code}`,
  ]);
  await db.query(
    `INSERT INTO territorial_unit (id, kind, name, parent_id)
     SELECT vg, 'VERBANDSGEMEINDE', 'VG ' || i || ' ' || $2, $1 FROM unnest($3::uuid[], $4::int[]) AS x(vg, i)`,
    [kreisId, code, vg, index],
  );
  for (const [unitIds, label] of [
    [lead, 'Leitgemeinde'],
    [participating, 'Partnergemeinde'],
    [adopter, 'Nachnutzerin'],
  ] as const) {
    await db.query(
      `INSERT INTO territorial_unit (id, kind, name, parent_id)
       SELECT u, 'GEMEINDE', $1 || ' ' || i || ' ' || $2, vg FROM unnest($3::uuid[], $4::uuid[], $5::int[]) AS x(u, vg, i)`,
      [label, code, unitIds, vg, index],
    );
  }
  const projectId = randomUUID();
  await db.query(
    `INSERT INTO model_project (id, code, name, cohort_year, lead_unit_id, cluster_id) VALUES ($1, $2, $3, 2021, $4, $5)`,
    [projectId, code, `Testprojekt ${code}`, kreisId, clusterId],
  );
  await db.query(
    `INSERT INTO model_project_member (model_project_id, territorial_unit_id) SELECT $1, unnest($2::uuid[])`,
    [projectId, [...vg, ...lead, ...participating]],
  );
  const strategyId = randomUUID();
  await db.query(`INSERT INTO strategy (id, model_project_id, title) VALUES ($1, $2, 'Teststrategie')`, [
    strategyId,
    projectId,
  ]);
  await db.query(
    `INSERT INTO field_of_action (id, model_project_id, strategy_id, code, name, sort_order)
     SELECT f, $1, $2, 'HF' || i, 'Handlungsfeld ' || i, i FROM unnest($3::uuid[], $4::int[]) AS x(f, i)`,
    [projectId, strategyId, fields, index],
  );
  await db.query(
    `INSERT INTO goal (id, model_project_id, field_of_action_id, code, title)
     SELECT g, $1, f, 'Z' || i, 'Ziel ' || i FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS x(g, f, i)`,
    [projectId, goals, fields, index],
  );
  await db.query(
    `INSERT INTO app_user (id, email, display_name, password_hash)
     SELECT u, lower($1) || '.' || i || '@example.com', 'Bearbeitung ' || i || ' ' || $1, 'not-a-hash'
       FROM unnest($2::uuid[], $3::int[]) AS x(u, i)`,
    [code, users, index],
  );
  await db.query(
    `INSERT INTO membership (user_id, model_project_id, role, territorial_unit_id)
     SELECT u, $1, 'EDITOR', l FROM unnest($2::uuid[], $3::uuid[]) AS x(u, l)`,
    [projectId, users, lead],
  );
  await db.query(
    `INSERT INTO measure (id, model_project_id, code, title, phase, status, lead_unit_id, planned_start, planned_end, published)
     SELECT m, $1, $2 || '-M' || lpad(i::text, 3, '0'), 'Maßnahme ' || i, 'B', 'IN_PROGRESS', l,
            DATE '2026-01-01', DATE '2027-12-31', i % 2 = 0
       FROM unnest($3::uuid[], $4::uuid[], $5::int[]) AS x(m, l, i)`,
    [projectId, code, measures, lead, index],
  );
  const links: [string, string, string[]][] = [
    ['measure_field_of_action', 'field_of_action_id', fields],
    ['measure_goal', 'goal_id', goals],
    ['measure_participating_unit', 'territorial_unit_id', participating],
    ['measure_adopter', 'territorial_unit_id', adopter],
    ['measure_assignee', 'user_id', users],
  ];
  for (const [table, column, linked] of links) {
    await db.query(`INSERT INTO ${table} (measure_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      measures,
      linked,
    ]);
  }
  await db.query(
    `INSERT INTO milestone (measure_id, model_project_id, title, baseline_date, forecast_date, completed_on, weight)
     SELECT m, $1, 'Meilenstein ' || k, DATE '2026-01-01' + k * 90, CASE WHEN k = 3 THEN DATE '2026-12-20' END,
            CASE WHEN k = 1 THEN DATE '2026-04-01' END, k
       FROM unnest($2::uuid[]) m CROSS JOIN generate_series(1, 3) k`,
    [projectId, measures],
  );
  await db.query(
    `INSERT INTO status_report (measure_id, model_project_id, report_date, traffic_light, progress, achieved, author_id)
     SELECT m, $1, DATE '2026-11-01' - k * 30, (ARRAY['GREEN','YELLOW','RED'])[k], 40 - k * 10, 'Bericht ' || k, u
       FROM unnest($2::uuid[], $3::uuid[]) AS x(m, u) CROSS JOIN generate_series(1, 3) k`,
    [projectId, measures, users],
  );
  const indicators = ids(count);
  await db.query(
    `INSERT INTO indicator (id, measure_id, model_project_id, name, unit, baseline_value, target_value)
     SELECT ind, m, $1, 'Nutzende', 'Personen', 0, 1000 FROM unnest($2::uuid[], $3::uuid[]) AS x(ind, m)`,
    [projectId, indicators, measures],
  );
  await db.query(
    `INSERT INTO indicator_value (indicator_id, model_project_id, measured_on, value)
     SELECT ind, $1, DATE '2026-01-31' + k * 90, k * 100 FROM unnest($2::uuid[]) ind CROSS JOIN generate_series(1, 2) k`,
    [projectId, indicators],
  );
  await db.query(
    `INSERT INTO cost_plan_entry (model_project_id, measure_id, year, cost_category_id, planned_cents)
     SELECT $1, m, y, c.id, 1000000 FROM unnest($2::uuid[]) m CROSS JOIN (VALUES (2026), (2027)) v(y)
      CROSS JOIN (SELECT id FROM cost_category WHERE active ORDER BY sort_order LIMIT 2) c`,
    [projectId, measures],
  );
  await db.query(
    `INSERT INTO expenditure (model_project_id, measure_id, cost_category_id, spent_on, amount_cents, description, recorded_by)
     SELECT $1, m, (SELECT id FROM cost_category WHERE active ORDER BY sort_order LIMIT 1), DATE '2026-03-01' + k * 60,
            12345 * k, 'Rechnung ' || k, u
       FROM unnest($2::uuid[], $3::uuid[]) AS x(m, u) CROSS JOIN generate_series(1, 2) k`,
    [projectId, measures, users],
  );
  await db.query(
    `INSERT INTO audit_entry (actor_user_id, actor_name, model_project_id, measure_id, entity_type, entity_id, action, before, after)
     SELECT u, 'Bearbeitung', $1, m, 'Measure', m, a, CASE WHEN a = 'UPDATE' THEN '{"title":"alt"}'::jsonb END, '{"title":"neu"}'::jsonb
       FROM unnest($2::uuid[], $3::uuid[]) AS x(m, u) CROSS JOIN (VALUES ('CREATE'), ('UPDATE')) v(a)`,
    [projectId, measures, users],
  );
  await db.query(REFRESH_MEASURE_METRICS_SQL, [measures]);
  return { projectId, measureIds: measures };
}
