import type { SqlRunner } from '@masswerk/api/reporting';
import type {
  IsoDate,
  PublicFieldOfAction,
  PublicPhase,
  PublicProjectFacts,
  PublicProjectPage,
  PublicStrategy,
} from '@masswerk/shared/domain';
import { Phase } from '@masswerk/shared/domain';

/**
 * The strategy as its current version states it (as the dashboard: the newest adopted version, else the newest draft);
 * never the version's internal notes.
 */
const STRATEGY_SQL = `
  SELECT s.title, v.label AS "versionLabel", v.vision, v.target_pictures AS "targetPictures", v."values",
         v.adopted_on::text AS "adoptedOn", v.resolution_reference AS "resolutionReference"
    FROM strategy s
    JOIN LATERAL (SELECT * FROM strategy_version sv WHERE sv.strategy_id = s.id
                   ORDER BY (sv.adopted_on IS NOT NULL) DESC, sv.version_number DESC LIMIT 1) v ON true
   WHERE s.model_project_id = $1`;

const FIELDS_SQL = `
  SELECT f.code, f.name, f.description,
         coalesce((SELECT json_agg(json_build_object('code', g.code, 'title', g.title, 'description', g.description)
                                   ORDER BY g.sort_order, g.code)
                     FROM goal g WHERE g.field_of_action_id = f.id), '[]') AS goals
    FROM field_of_action f
   WHERE f.model_project_id = $1
   ORDER BY f.sort_order, f.code`;

const PROJECT_SQL = `
  SELECT fp.name AS programme, p.cohort_year AS "cohortYear", p.website_url AS "websiteUrl",
         p.phase_a_planned_start::text AS "aPlannedStart", p.phase_a_planned_end::text AS "aPlannedEnd",
         p.phase_a_actual_start::text AS "aActualStart", p.phase_a_actual_end::text AS "aActualEnd",
         p.phase_b_planned_start::text AS "bPlannedStart", p.phase_b_planned_end::text AS "bPlannedEnd",
         p.phase_b_actual_start::text AS "bActualStart", p.phase_b_actual_end::text AS "bActualEnd"
    FROM model_project p JOIN funding_programme fp ON fp.id = p.funding_programme_id
   WHERE p.id = $1`;

type DateColumns = Record<`${'a' | 'b'}${'PlannedStart' | 'PlannedEnd' | 'ActualStart' | 'ActualEnd'}`, IsoDate | null>;

/**
 * What a release of a project's page would publish now (issue 16, decision 0075): the strategy's current version,
 * the fields of action with their goals, the programme and the phases. Three statements.
 */
export async function publicPageSource(db: SqlRunner, projectId: string): Promise<PublicProjectPage | null> {
  const [project] = await db.query<{ programme: string; cohortYear: number; websiteUrl: string | null } & DateColumns>(
    PROJECT_SQL,
    [projectId],
  );
  if (!project) return null;
  const [strategy] = await db.query<PublicStrategy>(STRATEGY_SQL, [projectId]);
  const fieldsOfAction = await db.query<PublicFieldOfAction>(FIELDS_SQL, [projectId]);
  const phase = (name: Phase, p: 'a' | 'b'): PublicPhase => ({
    phase: name,
    plannedStart: project[`${p}PlannedStart`],
    plannedEnd: project[`${p}PlannedEnd`],
    actualStart: project[`${p}ActualStart`],
    actualEnd: project[`${p}ActualEnd`],
  });
  const facts: PublicProjectFacts = {
    programme: project.programme,
    cohortYear: Number(project.cohortYear),
    websiteUrl: project.websiteUrl,
    phases: [phase(Phase.A, 'a'), phase(Phase.B, 'b')],
  };
  return { strategy: strategy ?? null, fieldsOfAction, project: facts };
}
