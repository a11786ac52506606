import { progressSql } from '@masswerk/api/measure';

const UTC_TIMESTAMP = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const UNIT_JSON = (u: string) =>
  `json_build_object('name', ${u}.name, 'ars', ${u}.ars, 'ags', ${u}.ags, 'kind', ${u}.kind)`;

/** The projects that switched open data on, or the one with the code `$1` (null: all), each with its units. */
export const OPEN_DATA_PROJECTS_SQL = `
  SELECT p.id, p.code, p.name, p.website_url AS "websiteUrl", ${UNIT_JSON('lu')} AS "leadUnit",
         coalesce((SELECT json_agg(${UNIT_JSON('u')} ORDER BY u.id <> p.lead_unit_id, u.name)
                     FROM territorial_unit u
                    WHERE u.id = p.lead_unit_id
                       OR u.id IN (SELECT pm.territorial_unit_id FROM model_project_member pm
                                    WHERE pm.model_project_id = p.id)), '[]') AS units,
         s.licence, s.contact_email AS "contactEmail",
         ${UTC_TIMESTAMP('coalesce(s.first_enabled_at, s.created_at)')} AS issued,
         ${UTC_TIMESTAMP('s.updated_at')} AS "settingsModified"
    FROM model_project p
    JOIN project_open_data_settings s ON s.model_project_id = p.id AND s.enabled
    JOIN territorial_unit lu ON lu.id = p.lead_unit_id
   WHERE ($1::text IS NULL OR p.code = $1)
   ORDER BY p.code`;

/** Which measures are public: for now the published ones (the release piece of issue 16 will change this). */
const isPublic = (m: string) => `${m}.published`;

/** Count, latest change and fields of action of the public measures of the projects `$1`, one row per project. */
export const PUBLIC_MEASURE_SUMMARIES_SQL = `
  SELECT m.model_project_id AS "projectId", count(*)::int AS count,
         ${UTC_TIMESTAMP('max(m.updated_at)')} AS "lastModified",
         coalesce((SELECT array_agg(DISTINCT f.name ORDER BY f.name)
                     FROM measure x
                     JOIN measure_field_of_action mf ON mf.measure_id = x.id
                     JOIN field_of_action f ON f.id = mf.field_of_action_id
                    WHERE x.model_project_id = m.model_project_id AND ${isPublic('x')}), '{}')
           AS "fieldsOfAction"
    FROM measure m
   WHERE m.model_project_id = ANY($1::uuid[]) AND ${isPublic('m')}
   GROUP BY m.model_project_id`;

/** The public measures of the projects `$1` with their lists, in one statement, by project and code. */
export const PUBLIC_MEASURES_SQL = `
  SELECT m.model_project_id AS "projectId", m.code, m.title, m.summary, m.description, m.status,
         ${progressSql('m')}::int AS progress,
         coalesce((SELECT array_agg(f.name ORDER BY f.sort_order, f.name)
                     FROM measure_field_of_action mf JOIN field_of_action f ON f.id = mf.field_of_action_id
                    WHERE mf.measure_id = m.id), '{}') AS "fieldsOfAction",
         coalesce((SELECT json_agg(json_build_object('name', u.name, 'ars', u.ars)
                                   ORDER BY u.id IS DISTINCT FROM m.lead_unit_id, u.name)
                     FROM territorial_unit u
                    WHERE u.id = m.lead_unit_id
                       OR u.id IN (SELECT pu.territorial_unit_id FROM measure_participating_unit pu
                                    WHERE pu.measure_id = m.id)), '[]') AS municipalities,
         m.planned_start::text AS "plannedStart", m.planned_end::text AS "plannedEnd",
         m.actual_start::text AS "actualStart", m.actual_end::text AS "actualEnd",
         m.oss_repository_url AS "repositoryUrl", m.oss_licence AS "licence", m.transferability,
         ${UTC_TIMESTAMP('m.updated_at')} AS "lastModified"
    FROM measure m
   WHERE m.model_project_id = ANY($1::uuid[]) AND ${isPublic('m')}
   ORDER BY m.model_project_id, m.code`;
