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

/**
 * The public measures are the released public versions (`measure_release`, decision 0070), never the live records:
 * a change shows in the open data only once the project office releases it. Parts the project keeps internal are
 * absent from the released JSON and come out null.
 */
const RELEASED = `measure_release r`;

/** Count, latest release and fields of action of the released measures of the projects `$1`, one row per project. */
export const PUBLIC_MEASURE_SUMMARIES_SQL = `
  SELECT r.model_project_id AS "projectId", count(*)::int AS count,
         ${UTC_TIMESTAMP('max(r.updated_at)')} AS "lastModified",
         coalesce((SELECT array_agg(DISTINCT f.name ORDER BY f.name)
                     FROM measure_release x, jsonb_array_elements_text(x.content->'fieldsOfAction') f(name)
                    WHERE x.model_project_id = r.model_project_id), '{}') AS "fieldsOfAction"
    FROM ${RELEASED}
   WHERE r.model_project_id = ANY($1::uuid[])
   GROUP BY r.model_project_id`;

/** The released measures of the projects `$1`, in one statement, by project and code. */
export const PUBLIC_MEASURES_SQL = `
  SELECT r.model_project_id AS "projectId", r.content->>'code' AS code, r.content->>'title' AS title,
         r.content->'texts'->>'summary' AS summary, r.content->'texts'->>'description' AS description,
         r.content->'status'->>'status' AS status, (r.content->'progress'->>'percent')::int AS progress,
         coalesce(ARRAY(SELECT jsonb_array_elements_text(r.content->'fieldsOfAction')), '{}') AS "fieldsOfAction",
         coalesce((SELECT jsonb_agg(u ORDER BY u->>'ars' IS DISTINCT FROM r.content->'leadMunicipality'->>'ars',
                                               u->>'name')
                     FROM (SELECT DISTINCT u FROM jsonb_array_elements(
                             coalesce(r.content->'municipalities', '[]')
                             || CASE WHEN jsonb_typeof(r.content->'leadMunicipality') = 'object'
                                     THEN jsonb_build_array(r.content->'leadMunicipality') ELSE '[]' END) u) us),
                  '[]') AS municipalities,
         r.content->'status'->>'plannedStart' AS "plannedStart", r.content->'status'->>'plannedEnd' AS "plannedEnd",
         r.content->'status'->>'actualStart' AS "actualStart", r.content->'status'->>'actualEnd' AS "actualEnd",
         r.content->>'ossRepositoryUrl' AS "repositoryUrl", r.content->>'ossLicence' AS "licence",
         r.content->>'transferability' AS transferability,
         ${UTC_TIMESTAMP('r.updated_at')} AS "lastModified"
    FROM ${RELEASED}
   WHERE r.model_project_id = ANY($1::uuid[])
   ORDER BY r.model_project_id, r.content->>'code'`;
