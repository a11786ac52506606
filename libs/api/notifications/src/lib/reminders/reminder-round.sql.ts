/**
 * The facts the daily reminder round works from, one statement each over a batch of projects (the last parameter:
 * their ids), so that the round holds one batch at a time whatever the size of the installation: what is due, and who
 * is responsible. Only enabled accounts are recipients.
 */

/** Open milestones of unfinished measures due within the lead time or late. $1: today, $2: the longest lead time. */
export const DUE_MILESTONES_SQL = `
  SELECT ms.id, ms.title, coalesce(ms.forecast_date, ms.baseline_date)::text AS due,
         me.id AS "measureId", me.code AS "measureCode", me.title AS "measureTitle", me.lead_unit_id AS "leadUnitId",
         p.id AS "projectId", p.code AS "projectCode", p.name AS "projectName"
    FROM milestone ms
    JOIN measure me ON me.id = ms.measure_id AND me.status = ANY($3::text[])
    JOIN model_project p ON p.id = me.model_project_id
   WHERE ms.completed_on IS NULL AND coalesce(ms.forecast_date, ms.baseline_date) <= $1::date + $2::int
     AND ms.model_project_id = ANY($4::uuid[])`;

/** Active measures with the day of their latest status report and of their next open milestone. $1: statuses. */
export const ACTIVE_MEASURES_SQL = `
  SELECT me.id, me.code, me.title, me.lead_unit_id AS "leadUnitId",
         p.id AS "projectId", p.code AS "projectCode", p.name AS "projectName",
         (SELECT max(r.report_date)::text FROM status_report r WHERE r.measure_id = me.id) AS "lastReportOn",
         (SELECT min(coalesce(ms.forecast_date, ms.baseline_date))::text FROM milestone ms
           WHERE ms.measure_id = me.id AND ms.completed_on IS NULL
             AND coalesce(ms.forecast_date, ms.baseline_date) >= $2::date) AS "nextOpenDue"
    FROM measure me
    JOIN model_project p ON p.id = me.model_project_id
   WHERE me.status = ANY($1::text[]) AND me.model_project_id = ANY($3::uuid[])`;

/** The people a reminder can go to: assignees per measure, and the members of each project with role and unit. */
export const ASSIGNEES_SQL = `
  SELECT a.measure_id AS "measureId", a.user_id AS "userId"
    FROM measure_assignee a JOIN app_user u ON u.id = a.user_id AND u.disabled_at IS NULL
    JOIN measure me ON me.id = a.measure_id AND me.model_project_id = ANY($1::uuid[])`;

export const MEMBERS_SQL = `
  SELECT m.model_project_id AS "projectId", m.user_id AS "userId", m.role, m.territorial_unit_id AS "unitId"
    FROM membership m JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
   WHERE m.model_project_id = ANY($1::uuid[])`;

export const OPT_OUTS_SQL = `SELECT user_id AS "userId", kind FROM notification_opt_out`;

/** Every project with its reminder settings (null where it has no row: the defaults). */
export const PROJECT_SETTINGS_SQL = `
  SELECT p.id AS "projectId", s.send_time AS "sendTime", s.disabled_kinds AS "disabledKinds",
         s.lead_days AS "leadDays", s.last_round_on::text AS "lastRoundOn"
    FROM model_project p LEFT JOIN project_reminder_settings s ON s.model_project_id = p.id`;

/** Records the day the round ran for projects, never moving it back. $1: project ids, $2: the day. */
export const RECORD_ROUND_SQL = `
  INSERT INTO project_reminder_settings (model_project_id, last_round_on)
  SELECT id, $2::date FROM unnest($1::uuid[]) AS id
  ON CONFLICT (model_project_id) DO UPDATE
     SET last_round_on = greatest(project_reminder_settings.last_round_on, excluded.last_round_on)`;

/** Writes the reminders that do not exist yet and returns those: the new ones of this round. $1: JSON rows. */
export const INSERT_NOTIFICATIONS_SQL = `
  INSERT INTO notification (user_id, model_project_id, kind, subject_id, stage, title, detail, params, link, due_on)
  SELECT r."userId", r."projectId", r.kind, r."subjectId", r.stage, r.title, r.detail, r.params, r.link, r."dueOn"
    FROM jsonb_to_recordset($1::jsonb) AS r("userId" uuid, "projectId" uuid, kind text, "subjectId" uuid, stage text,
                                             title text, detail text, params jsonb, link text, "dueOn" date)
  ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
  RETURNING id`;

/**
 * Reminders of the last week not mailed yet, with their recipient, for the digests; people who had a digest in the
 * last 20 hours wait for the next round (at most one reminder mail a day). Only people with something new in one of
 * the projects whose round this is get their digest now (with everything new of theirs); the others wait for the round
 * of their projects. $1: the kind of digest mails, $2: the projects of this round, $3: a batch of people (the round
 * goes through them in batches, `PEOPLE_WITH_UNMAILED_SQL`).
 */
export const UNMAILED_SQL = `
  SELECT n.id, n.user_id AS "userId", u.email, u.display_name AS "displayName", u.language, n.kind, n.title, n.detail,
         n.params, n.link, n.model_project_id AS "projectId"
    FROM notification n
    JOIN app_user u ON u.id = n.user_id AND u.disabled_at IS NULL
   WHERE n.mail_id IS NULL AND n.read_at IS NULL AND n.created_at > now() - interval '7 days'
     AND n.user_id = ANY($3::uuid[])
     AND EXISTS (SELECT 1 FROM notification o
                  WHERE o.user_id = n.user_id AND o.mail_id IS NULL AND o.read_at IS NULL
                    AND o.created_at > now() - interval '7 days' AND o.model_project_id = ANY($2::uuid[]))
     AND NOT EXISTS (SELECT 1 FROM mail_outbox o
                      WHERE o.to_address = u.email AND o.kind = $1 AND o.created_at > now() - interval '20 hours')
   ORDER BY u.id, n.due_on NULLS LAST, n.created_at, n.id`;

/**
 * Measures of open reporting rounds without the round's report yet (none dated since the round opened), whose due day
 * is at most 7 days ahead or past (decision 0060). $1: today.
 */
export const ROUND_REQUESTS_SQL = `
  SELECT rr.id AS "roundId", rr.name AS "roundName", rr.due_date::text AS due,
         me.id AS "measureId", me.code AS "measureCode", me.title AS "measureTitle", me.lead_unit_id AS "leadUnitId",
         p.id AS "projectId", p.code AS "projectCode", p.name AS "projectName"
    FROM reporting_round rr
    JOIN reporting_round_measure rm ON rm.round_id = rr.id
    JOIN measure me ON me.id = rm.measure_id
    JOIN model_project p ON p.id = rr.model_project_id
   WHERE rr.closed_on IS NULL AND rr.due_date <= $1::date + 7 AND rr.model_project_id = ANY($2::uuid[])
     AND NOT EXISTS (SELECT 1 FROM status_report s WHERE s.measure_id = me.id AND s.report_date >= rr.opened_on)`;

/** Everyone with reminders not mailed yet, in the order the digests go through them. */
export const PEOPLE_WITH_UNMAILED_SQL = `
  SELECT DISTINCT n.user_id AS "userId" FROM notification n
   WHERE n.mail_id IS NULL AND n.read_at IS NULL AND n.created_at > now() - interval '7 days'
   ORDER BY n.user_id`;
