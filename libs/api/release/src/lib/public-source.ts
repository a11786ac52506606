import { narrativeMeasures, SqlRunner } from '@masswerk/api/reporting';
import {
  IsoDate,
  PublicIndicator,
  PublicMeasureSource,
  PublicMilestone,
  PublicMunicipality,
  Transferability,
} from '@masswerk/shared/domain';

/** What the narrative does not read: the description, the unit, the places and the open-source facts. */
const FACTS_SQL = `
  SELECT m.id, m.description, m.responsible_unit AS "responsibleUnit", m.oss_repository_url AS "ossRepositoryUrl",
         m.oss_licence AS "ossLicence", m.transferability,
         CASE WHEN lu.id IS NULL THEN NULL ELSE json_build_object('name', lu.name, 'ars', lu.ars) END
           AS "leadMunicipality",
         coalesce((SELECT json_agg(json_build_object('name', u.name, 'ars', u.ars) ORDER BY u.name)
                     FROM measure_participating_unit mm JOIN territorial_unit u ON u.id = mm.territorial_unit_id
                    WHERE mm.measure_id = m.id), '[]') AS municipalities
    FROM measure m LEFT JOIN territorial_unit lu ON lu.id = m.lead_unit_id
   WHERE m.id = ANY($1::uuid[])`;

/** Every milestone of the measures, in plan order (the narrative reads only those of its period). */
const MILESTONES_SQL = `
  SELECT ms.measure_id AS "measureId", ms.title, ms.baseline_date::text AS "baselineDate",
         ms.forecast_date::text AS "forecastDate", ms.completed_on::text AS "completedOn"
    FROM milestone ms WHERE ms.measure_id = ANY($1::uuid[])
   ORDER BY ms.sort_order, ms.baseline_date, ms.title`;

/**
 * Every indicator of the measures with its latest value and its values up to `today` (the latest 24, oldest first):
 * the public chart's line. The narrative reads only the latest. Numbers without trailing zeros ("210", not "210.0000").
 */
const INDICATORS_SQL = `
  SELECT i.measure_id AS "measureId", i.name, i.unit, trim_scale(i.baseline_value)::text AS "baselineValue",
         trim_scale(i.target_value)::text AS "targetValue", i.target_date::text AS "targetDate",
         (array_agg(trim_scale(v.value)::text ORDER BY v.measured_on DESC, v.created_at DESC) FILTER (WHERE v.id IS NOT NULL))[1]
           AS "latestValue",
         max(v.measured_on)::text AS "latestOn",
         coalesce((SELECT json_agg(json_build_object('measuredOn', x.measured_on::text, 'value', trim_scale(x.value)::text)
                                   ORDER BY x.measured_on, x.created_at)
                     FROM (SELECT w.measured_on, w.value, w.created_at FROM indicator_value w
                            WHERE w.indicator_id = i.id AND w.measured_on <= $2::date
                            ORDER BY w.measured_on DESC, w.created_at DESC LIMIT 24) x), '[]') AS "values"
    FROM indicator i
    LEFT JOIN indicator_value v ON v.indicator_id = i.id AND v.measured_on <= $2::date
   WHERE i.measure_id = ANY($1::uuid[])
   GROUP BY i.id
   ORDER BY i.sort_order, i.name, i.id`;

/**
 * The sources of the public versions of some measures of one project, keyed by measure id: a fixed number of
 * statements however many measures (the narrative's, and two of its own). Progress, indicators and money follow the
 * rules the dashboard and the reports use, on `today`.
 */
export async function publicSources(
  db: SqlRunner,
  projectId: string,
  measureIds: readonly string[],
  today: IsoDate,
): Promise<Map<string, PublicMeasureSource>> {
  if (!measureIds.length) return new Map();
  const ids = [...measureIds];
  const base = await narrativeMeasures(db, {
    projectId,
    phase: null,
    measureIds: ids,
    today,
    period: { from: null, to: null },
  });
  const facts = await db.query<{
    id: string;
    description: string;
    responsibleUnit: string;
    ossRepositoryUrl: string | null;
    ossLicence: string | null;
    transferability: Transferability;
    leadMunicipality: PublicMunicipality | null;
    municipalities: PublicMunicipality[];
  }>(FACTS_SQL, [ids]);
  const milestones = await db.query<PublicMilestone & { measureId: string }>(MILESTONES_SQL, [ids]);
  const indicators = await db.query<PublicIndicator & { measureId: string }>(INDICATORS_SQL, [ids, today]);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const milestonesOf = byMeasure(milestones);
  const indicatorsOf = byMeasure(indicators);
  const sources = new Map<string, PublicMeasureSource>();
  for (const m of base) {
    const f = factsOf.get(m.id);
    if (!f) continue;
    sources.set(m.id, {
      code: m.code,
      title: m.title,
      summary: m.summary,
      description: f.description,
      responsibleUnit: f.responsibleUnit,
      fieldsOfAction: m.fieldsOfAction,
      leadMunicipality: f.leadMunicipality,
      municipalities: f.municipalities,
      ossRepositoryUrl: f.ossRepositoryUrl,
      ossLicence: f.ossLicence,
      transferability: f.transferability,
      status: m.status,
      phase: m.phase,
      plannedStart: m.plannedStart,
      plannedEnd: m.plannedEnd,
      actualStart: m.actualStart,
      actualEnd: m.actualEnd,
      progress: Number(m.progress),
      progressReason: m.manualProgressReason,
      milestones: milestonesOf.get(m.id) ?? [],
      indicators: indicatorsOf.get(m.id) ?? [],
      plannedCents: m.plannedCents,
      spentCents: m.spentCents,
      reports: m.reports.map((r) => ({ reportDate: r.reportDate, achieved: r.achieved, nextSteps: r.nextSteps })),
    });
  }
  return sources;
}

function byMeasure<T extends { measureId: string }>(rows: readonly T[]): Map<string, Omit<T, 'measureId'>[]> {
  const map = new Map<string, Omit<T, 'measureId'>[]>();
  for (const { measureId, ...row } of rows) {
    const list = map.get(measureId);
    if (list) list.push(row);
    else map.set(measureId, [row]);
  }
  return map;
}
