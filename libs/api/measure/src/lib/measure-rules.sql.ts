import { FRESHNESS_RULES, HEALTH_RULES } from '@masswerk/shared/domain';

/**
 * The rules of `@masswerk/shared/domain` (computeProgress, computeHealth, computeFreshness) as SQL expressions over
 * a `measure` row, for filtering, sorting and rolling up many measures in the database. An integration test checks
 * that both give the same answer for every demo measure.
 *
 * `m` is the table alias, `today` an SQL expression of type date (a bound parameter).
 */

/**
 * `roundedQuotient` of the shared domain library in SQL: numerator ÷ denominator rounded to a whole number, halves
 * away from zero, in integer arithmetic (both cast to bigint, whose division truncates; the operands of the integer
 * division are never negative). The rules round only through this and `roundedQuotient`, so a half can never come
 * out differently in TypeScript and in SQL.
 */
export function roundedQuotientSql(numerator: string, denominator: string): string {
  const n = `(${numerator})::bigint`;
  const d = `(${denominator})::bigint`;
  return `(CASE WHEN ${n} < 0 THEN -((-2 * ${n} + ${d}) / (2 * ${d})) ELSE (2 * ${n} + ${d}) / (2 * ${d}) END)`;
}

/** The progress from weighted milestones (`milestoneProgress`), an aggregate over milestone rows `ms`; NULL without weight. */
export function milestoneProgressSql(ms: string): string {
  const total = `sum(${ms}.weight)`;
  const done = `coalesce(sum(${ms}.weight) FILTER (WHERE ${ms}.completed_on IS NOT NULL), 0)`;
  return `(CASE WHEN ${total} > 0 THEN ${roundedQuotientSql(`100 * ${done}`, total)} END)`;
}

/** `computeProgress`: manual, done, the latest report unless a milestone was reached after it, milestones, 0. */
export function progressSql(m: string): string {
  const reachedSinceReport = `(${m}.milestone_progress IS NOT NULL
      AND coalesce(${m}.last_milestone_completed_on > ${m}.last_report_on, false))`;
  return `(CASE WHEN ${m}.manual_progress IS NOT NULL THEN ${m}.manual_progress
    WHEN ${m}.status IN ('IMPLEMENTED','CONTINUED') THEN 100
    WHEN ${m}.last_report_progress IS NOT NULL AND NOT ${reachedSinceReport} THEN ${m}.last_report_progress
    WHEN ${m}.milestone_progress IS NOT NULL THEN ${m}.milestone_progress
    ELSE 0 END)`;
}

/**
 * Whether the open milestones of a measure can be overdue: only while the measure is active (in Planung, in
 * Umsetzung). A stopped or finished measure's open milestones are no longer pursued; an idea has no plan yet.
 */
export function milestonesPursuedSql(m: string): string {
  return `(${m}.status IN ('PLANNING','IN_PROGRESS'))`;
}

export function expectedProgressSql(m: string, today: string): string {
  const span = `(${m}.planned_end - ${m}.planned_start)`;
  const elapsed = `least(${span}, greatest(0, ${today} - ${m}.planned_start))`;
  return `(CASE WHEN ${span} <= 0 THEN (CASE WHEN ${today} >= ${m}.planned_end THEN 100 ELSE 0 END)
    ELSE ${roundedQuotientSql(`100 * ${elapsed}`, span)} END)`;
}

/** The computed health, ignoring a manual override. */
export function computedHealthSql(m: string, today: string): string {
  const gap = `(${expectedProgressSql(m, today)} - ${progressSql(m)})`;
  return `(CASE
    WHEN ${m}.status IN ('IDEA','STOPPED') THEN 'NOT_ASSESSED'
    WHEN ${m}.status IN ('IMPLEMENTED','CONTINUED') THEN 'ON_TRACK'
    WHEN ${m}.planned_start IS NULL OR ${m}.planned_end IS NULL OR ${m}.planned_end < ${m}.planned_start THEN 'NOT_ASSESSED'
    WHEN ${today} > ${m}.planned_end THEN 'OFF_TRACK'
    WHEN ${m}.earliest_open_milestone_due < ${today} - ${HEALTH_RULES.overdueMilestoneOffTrackDays} THEN 'OFF_TRACK'
    WHEN ${gap} > ${HEALTH_RULES.atRiskMaxGap} THEN 'OFF_TRACK'
    WHEN ${gap} > ${HEALTH_RULES.onTrackMaxGap} OR ${m}.earliest_open_milestone_due < ${today} THEN 'AT_RISK'
    ELSE 'ON_TRACK' END)`;
}

/** The health as shown: a manual override (with its reason) wins over the computed value. */
export function healthSql(m: string, today: string): string {
  return `coalesce(${m}.manual_health, ${computedHealthSql(m, today)})`;
}

export function freshnessSql(m: string, today: string): string {
  const days = `(${today} - ${m}.last_report_on)`;
  return `(CASE WHEN ${m}.last_report_on IS NULL THEN 'NO_REPORT'
    WHEN ${days} <= ${FRESHNESS_RULES.currentMaxDays} THEN 'CURRENT'
    WHEN ${days} <= ${FRESHNESS_RULES.dueMaxDays} THEN 'DUE'
    WHEN ${days} <= ${FRESHNESS_RULES.staleMaxDays} THEN 'STALE'
    ELSE 'VERY_STALE' END)`;
}

/**
 * Recomputes the maintained columns (milestone progress, earliest open milestone, latest report) of the given
 * measures, or of all measures when `$1` is NULL. Set-based: one statement however many measures.
 */
export const REFRESH_MEASURE_METRICS_SQL = `
  UPDATE measure m SET
    milestone_progress = agg.progress,
    milestone_count = agg.count,
    earliest_open_milestone_due = agg.earliest_open_due,
    last_milestone_completed_on = agg.last_completed_on,
    last_report_on = rep.report_date,
    last_report_progress = rep.progress,
    last_traffic_light = rep.traffic_light
  FROM (
    SELECT mm.id,
           count(ms.id)::int AS count,
           ${milestoneProgressSql('ms')}::smallint AS progress,
           min(coalesce(ms.forecast_date, ms.baseline_date)) FILTER (WHERE ms.completed_on IS NULL) AS earliest_open_due,
           max(ms.completed_on) AS last_completed_on
      FROM measure mm LEFT JOIN milestone ms ON ms.measure_id = mm.id
     WHERE $1::uuid[] IS NULL OR mm.id = ANY($1::uuid[])
     GROUP BY mm.id
  ) agg
  LEFT JOIN LATERAL (
    SELECT r.report_date, r.progress, r.traffic_light FROM status_report r
     WHERE r.measure_id = agg.id ORDER BY r.report_date DESC, r.created_at DESC LIMIT 1
  ) rep ON TRUE
  WHERE m.id = agg.id`;
