import { narrativeMeasures, SqlRunner } from '@masswerk/api/reporting';
import {
  IsoDate,
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
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const milestonesOf = new Map<string, PublicMilestone[]>();
  for (const { measureId, ...milestone } of milestones) {
    const list = milestonesOf.get(measureId);
    if (list) list.push(milestone);
    else milestonesOf.set(measureId, [milestone]);
  }
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
      indicators: m.indicators.map((i) => ({ ...i })),
      plannedCents: m.plannedCents,
      spentCents: m.spentCents,
    });
  }
  return sources;
}
