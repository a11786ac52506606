import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { REFRESH_MEASURE_METRICS_SQL } from '@masswerk/api/measure';

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
  const suffix = String(Math.floor(Math.random() * 900) + 100);
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

/** A model project with measures (one published) that belongs to no cluster: nobody of the Südwest-Cluster sees it. */
export async function aProjectOutsideAnyCluster(
  db: Client,
  code: string,
): Promise<{ projectId: string; publishedId: string; unpublishedId: string }> {
  const { projectId } = await aProjectWithMeasures(db, code, 2);
  const { rows } = await db.query(`SELECT id FROM measure WHERE model_project_id = $1 ORDER BY code`, [projectId]);
  await db.query(`UPDATE measure SET published = true WHERE id = $1`, [rows[0].id]);
  return { projectId, publishedId: rows[0].id, unpublishedId: rows[1].id };
}
