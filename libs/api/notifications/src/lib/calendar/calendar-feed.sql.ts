/** A grant (alias g) of a project (alias p) with the proofs recorded for it and its planned call-offs, as `GrantRow`. */
const GRANT_COLUMNS = `
  g.id, g.phase, g.commitment_date::text AS "commitmentDate", g.programme_id AS "programmeId",
  p.code AS "projectCode", p.name AS "projectName",
  coalesce((SELECT json_agg(json_build_object(
              'id', pr.id, 'kind', pr.kind, 'periodEnd', pr.period_end, 'submittedOn', pr.submitted_on))
              FROM proof pr WHERE pr.grant_id = g.id), '[]') AS proofs,
  coalesce((SELECT json_agg(json_build_object(
              'id', c.id, 'reference', c.reference, 'requestedOn', c.requested_on,
              'amountCents', c.amount_cents::text) ORDER BY c.requested_on, c.id)
              FROM call_off c WHERE c.grant_id = g.id AND c.status = 'DRAFT'), '[]') AS "plannedCallOffs"`;

/**
 * The open milestones of the measures a person reports on, by the editor rule of `Actor.canReportOn` read in SQL:
 * the project office (ADMIN) every measure of its project, an editor the measures assigned to them or led by their
 * municipality. Council members and funders report on nothing and get no milestones. Stopped measures are left out.
 * Memberships are read at request time, so a role taken away ends the entries in the next refresh.
 */
export const MILESTONES_SQL = `
  SELECT ms.id, ms.title, ms.baseline_date::text AS "baselineDate", ms.forecast_date::text AS "forecastDate",
         me.code AS "measureCode", me.title AS "measureTitle", p.code AS "projectCode", p.name AS "projectName"
    FROM membership mb
    JOIN model_project p ON p.id = mb.model_project_id
    JOIN measure me ON me.model_project_id = mb.model_project_id AND me.status <> 'STOPPED'
    JOIN milestone ms ON ms.measure_id = me.id AND ms.completed_on IS NULL
   WHERE mb.user_id = $1
     AND (mb.role = 'ADMIN'
          OR (mb.role = 'EDITOR'
              AND ((mb.territorial_unit_id IS NOT NULL AND mb.territorial_unit_id = me.lead_unit_id)
                   OR EXISTS (SELECT 1 FROM measure_assignee a WHERE a.measure_id = me.id AND a.user_id = mb.user_id))))
   ORDER BY coalesce(ms.forecast_date, ms.baseline_date), ms.id
   LIMIT 5000`;

/**
 * The grants of the projects whose proofs of use the person answers for or receives (project office and funder),
 * with the proofs recorded for them, for the deadlines worked out by the programme's rules, and the call-offs planned.
 */
export const GRANTS_SQL = `
  SELECT ${GRANT_COLUMNS}
    FROM membership mb
    JOIN model_project p ON p.id = mb.model_project_id
    JOIN "grant" g ON g.model_project_id = mb.model_project_id
   WHERE mb.user_id = $1 AND mb.role IN ('ADMIN', 'FUNDER')
   ORDER BY p.code, g.phase`;

/** Every grant with its recorded proofs, for the reminders of the project offices. */
export const GRANTS_FOR_REMINDERS_SQL = `
  SELECT p.id AS "projectId", ${GRANT_COLUMNS}
    FROM "grant" g
    JOIN model_project p ON p.id = g.model_project_id`;
