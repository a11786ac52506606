import { freshnessSql, healthSql, progressSql } from '@masswerk/api/measure';

/**
 * The five operations of the benchmark, each in three forms: the GraphQL a dashboard sends to Maßwerk, the GraphQL a
 * PostGraphile 4 client would send for the same data, and the hand-written SQL of the floor.
 */

export const MASSWERK_LIST = /* GraphQL */ `
  query BenchMeasureList($project: ID!) {
    measures(first: 50, filter: { modelProjectIds: [$project] }, orderBy: { field: CODE, direction: ASC }) {
      nodes {
        id
        code
        title
        status
        phase
        plannedStart
        plannedEnd
        progress {
          value
        }
        health {
          value
        }
        freshness {
          value
        }
        milestones {
          id
          title
          baselineDate
          forecastDate
          completedOn
          state
        }
        budget {
          planned {
            total
            federal
          }
          actual {
            total
          }
          remaining
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** The same list where one project has fewer than 50 measures (the demo data): the first 50 the viewer may read. */
export const MASSWERK_LIST_ANY = MASSWERK_LIST.replace('($project: ID!)', '').replace(
  'filter: { modelProjectIds: [$project] }, ',
  '',
);

/** The columns of a measure and of a status report, which both servers name alike. */
const MEASURE_COLUMNS = `id code title summary description status phase priority flagship plannedStart plannedEnd
  actualStart actualEnd responsibleUnit contactName partners tags`;
const REPORT_COLUMNS = 'id reportDate trafficLight progress achieved nextSteps risks';

export const MASSWERK_MEASURE = /* GraphQL */ `
  query BenchMeasurePage($id: ID!) {
    measure(id: $id) {
      ${MEASURE_COLUMNS}
      leadUnit {
        id
        name
      }
      participatingUnits {
        id
        name
      }
      fieldsOfAction {
        id
        name
      }
      goals {
        id
        title
      }
      progress {
        value
        source
      }
      health {
        value
        computed
        expectedProgress
      }
      freshness {
        value
        daysSinceLastReport
      }
      milestones {
        id
        title
        baselineDate
        forecastDate
        completedOn
        slippageDays
        state
        weight
      }
      statusReports(limit: 20) {
        ${REPORT_COLUMNS}
      }
      indicators {
        id
        name
        unit
        baselineValue
        targetValue
        values {
          measuredOn
          value
        }
      }
      budget {
        planned {
          total
          federal
          own
        }
        actual {
          total
          federal
          own
        }
        remaining
        byCategory {
          costCategoryId
          planned {
            total
          }
          actual {
            total
          }
          remaining
        }
      }
    }
  }
`;

const SUMMARY_FIELDS = `measureCount averageProgress staleMeasures overdueMilestones milestonesDueSoon
  milestoneCount slippedMilestones averageSlippageDays byStatus { status count } byHealth { health count }`;

export const MASSWERK_OVERVIEW = /* GraphQL */ `
  query BenchOverview($project: ID!) {
    portfolioSummary(filter: { modelProjectIds: [$project] }) { ${SUMMARY_FIELDS} }
    byField: portfolioBreakdown(by: FIELD_OF_ACTION, filter: { modelProjectIds: [$project] }) {
      key summary { ${SUMMARY_FIELDS} }
    }
    byMunicipality: portfolioBreakdown(by: MUNICIPALITY, filter: { modelProjectIds: [$project] }) {
      key summary { ${SUMMARY_FIELDS} }
    }
  }`;

export const MASSWERK_CLUSTER = /* GraphQL */ `
  query BenchCluster($cluster: ID!) {
    cluster(id: $cluster) {
      id name
      summary { ${SUMMARY_FIELDS} }
      modelProjects { id code name summary { ${SUMMARY_FIELDS} } }
    }
  }`;

export const MASSWERK_NATIONAL = /* GraphQL */ `
  query BenchNational {
    portfolioSummary { ${SUMMARY_FIELDS} }
    byProject: portfolioBreakdown(by: MODEL_PROJECT) { key summary { ${SUMMARY_FIELDS} } }
  }`;

/** PostGraphile 4's generated schema for the same list: its connection, relations and computed columns. */
export const PEER_LIST = /* GraphQL */ `
  query BenchMeasureList($project: UUID!) {
    allMeasures(first: 50, condition: { modelProjectId: $project }, orderBy: CODE_ASC) {
      nodes {
        id
        code
        title
        status
        phase
        plannedStart
        plannedEnd
        benchProgress
        benchHealth
        benchFreshness
        milestonesByMeasureId(orderBy: [SORT_ORDER_ASC, BASELINE_DATE_ASC]) {
          nodes {
            id
            title
            baselineDate
            forecastDate
            completedOn
          }
        }
        benchPlannedCents
        benchActualCents
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const PEER_MEASURE = /* GraphQL */ `
  query BenchMeasurePage($id: UUID!) {
    measureById(id: $id) {
      ${MEASURE_COLUMNS}
      territorialUnitByLeadUnitId {
        id
        name
      }
      measureParticipatingUnitsByMeasureId {
        nodes {
          territorialUnitByTerritorialUnitId {
            id
            name
          }
        }
      }
      measureFieldOfActionsByMeasureId {
        nodes {
          fieldOfActionByFieldOfActionId {
            id
            name
          }
        }
      }
      measureGoalsByMeasureId {
        nodes {
          goalByGoalId {
            id
            title
          }
        }
      }
      benchProgress
      benchHealth
      benchFreshness
      milestonesByMeasureId(orderBy: [SORT_ORDER_ASC, BASELINE_DATE_ASC]) {
        nodes {
          id
          title
          baselineDate
          forecastDate
          completedOn
          weight
        }
      }
      statusReportsByMeasureId(first: 20, orderBy: REPORT_DATE_DESC) {
        nodes {
          ${REPORT_COLUMNS}
        }
      }
      indicatorsByMeasureId(orderBy: SORT_ORDER_ASC) {
        nodes {
          id
          name
          unit
          baselineValue
          targetValue
          indicatorValuesByIndicatorId(orderBy: MEASURED_ON_ASC) {
            nodes {
              measuredOn
              value
            }
          }
        }
      }
      benchPlannedCents
      benchActualCents
    }
  }
`;

/**
 * Computed columns for PostGraphile (functions named `measure_<field>` taking the row), with the same rule SQL as
 * Maßwerk, so that the peer answers the same question. Created in the load-test database only.
 */
export function peerFunctionsSql(today: string): string {
  const day = `DATE '${today}'`;
  return `
    CREATE OR REPLACE FUNCTION public.measure_bench_progress(m public.measure) RETURNS integer LANGUAGE sql STABLE AS
      $$ SELECT (${progressSql('m')})::int $$;
    CREATE OR REPLACE FUNCTION public.measure_bench_health(m public.measure) RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT ${healthSql('m', day)} $$;
    CREATE OR REPLACE FUNCTION public.measure_bench_freshness(m public.measure) RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT ${freshnessSql('m', day)} $$;
    CREATE OR REPLACE FUNCTION public.measure_bench_planned_cents(m public.measure) RETURNS bigint LANGUAGE sql STABLE AS
      $$ SELECT coalesce(sum(c.planned_cents), 0)::bigint FROM public.cost_plan_entry c WHERE c.measure_id = m.id $$;
    CREATE OR REPLACE FUNCTION public.measure_bench_actual_cents(m public.measure) RETURNS bigint LANGUAGE sql STABLE AS
      $$ SELECT coalesce(sum(e.amount_cents), 0)::bigint FROM public.expenditure e WHERE e.measure_id = m.id $$;`;
}

/** The floor's list: one statement, JSON built in PostgreSQL. `$1` project, `$2` today. */
export const FLOOR_LIST_SQL = `
  SELECT coalesce(json_agg(x ORDER BY x.code), '[]') AS nodes FROM (
    SELECT m.id, m.code, m.title, m.status, m.phase, m.planned_start, m.planned_end,
           ${progressSql('m')} AS progress, ${healthSql('m', '$2::date')} AS health,
           ${freshnessSql('m', '$2::date')} AS freshness,
           (SELECT coalesce(json_agg(json_build_object('id', ms.id, 'title', ms.title, 'baselineDate', ms.baseline_date,
                   'forecastDate', ms.forecast_date, 'completedOn', ms.completed_on) ORDER BY ms.sort_order, ms.baseline_date), '[]')
              FROM milestone ms WHERE ms.measure_id = m.id) AS milestones,
           (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c WHERE c.measure_id = m.id) AS planned_cents,
           (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e WHERE e.measure_id = m.id) AS actual_cents
      FROM measure m WHERE m.model_project_id = $1 ORDER BY m.code LIMIT 50) x`;

/** The floor's measure page: one statement. `$1` measure, `$2` today. */
export const FLOOR_MEASURE_SQL = `
  SELECT to_json(m) AS measure, ${progressSql('m')} AS progress, ${healthSql('m', '$2::date')} AS health,
         ${freshnessSql('m', '$2::date')} AS freshness,
         (SELECT json_build_object('id', u.id, 'name', u.name) FROM territorial_unit u WHERE u.id = m.lead_unit_id) AS lead_unit,
         (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name)), '[]') FROM measure_participating_unit pu
            JOIN territorial_unit u ON u.id = pu.territorial_unit_id WHERE pu.measure_id = m.id) AS participating_units,
         (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name)), '[]') FROM measure_field_of_action mf
            JOIN field_of_action f ON f.id = mf.field_of_action_id WHERE mf.measure_id = m.id) AS fields_of_action,
         (SELECT coalesce(json_agg(json_build_object('id', g.id, 'title', g.title)), '[]') FROM measure_goal mg
            JOIN goal g ON g.id = mg.goal_id WHERE mg.measure_id = m.id) AS goals,
         (SELECT coalesce(json_agg(ms ORDER BY ms.sort_order, ms.baseline_date), '[]') FROM milestone ms WHERE ms.measure_id = m.id) AS milestones,
         (SELECT coalesce(json_agg(r), '[]') FROM (SELECT * FROM status_report r WHERE r.measure_id = m.id
            ORDER BY r.report_date DESC, r.created_at DESC LIMIT 20) r) AS status_reports,
         (SELECT coalesce(json_agg(json_build_object('indicator', i, 'values',
                 (SELECT coalesce(json_agg(v ORDER BY v.measured_on), '[]') FROM indicator_value v WHERE v.indicator_id = i.id))), '[]')
            FROM indicator i WHERE i.measure_id = m.id) AS indicators,
         (SELECT coalesce(json_agg(b), '[]') FROM (
            SELECT k.id AS category, coalesce(p.planned, 0) AS planned, coalesce(a.actual, 0) AS actual FROM cost_category k
              LEFT JOIN (SELECT cost_category_id, sum(planned_cents) AS planned FROM cost_plan_entry WHERE measure_id = m.id GROUP BY 1) p
                ON p.cost_category_id = k.id
              LEFT JOIN (SELECT cost_category_id, sum(amount_cents) AS actual FROM expenditure WHERE measure_id = m.id GROUP BY 1) a
                ON a.cost_category_id = k.id
             WHERE p.planned IS NOT NULL OR a.actual IS NOT NULL) b) AS budget
    FROM measure m WHERE m.id = $1`;

/**
 * The floor's roll-up: the set-based aggregate Maßwerk's rules call for, written by hand. `$1` today, `$2` due-soon
 * window; `scope` selects the measures (with `$3` as its parameter), `groupKey`/`groupJoin` the breakdown.
 */
export function floorRollupSql(scope: string, groupKey: string, groupJoin = ''): string {
  return `
    WITH s AS (
      SELECT m.id, m.model_project_id, m.lead_unit_id, m.status, ${healthSql('m', '$1::date')} AS health,
             ${progressSql('m')} AS progress, ${freshnessSql('m', '$1::date')} AS freshness
        FROM measure m WHERE ${scope}),
    ms AS (
      SELECT ms.measure_id, count(*) AS total,
             count(*) FILTER (WHERE ms.completed_on IS NULL AND coalesce(ms.forecast_date, ms.baseline_date) < $1::date) AS overdue,
             count(*) FILTER (WHERE ms.completed_on IS NULL AND coalesce(ms.forecast_date, ms.baseline_date) BETWEEN $1::date AND $1::date + $2::int) AS due_soon,
             count(*) FILTER (WHERE coalesce(ms.completed_on, ms.forecast_date, ms.baseline_date) > ms.baseline_date) AS slipped,
             sum(coalesce(ms.completed_on, ms.forecast_date, ms.baseline_date) - ms.baseline_date) AS slippage_sum
        FROM milestone ms WHERE ms.measure_id IN (SELECT id FROM s) GROUP BY ms.measure_id)
    SELECT ${groupKey} AS key, count(*) AS measures,
           count(*) FILTER (WHERE s.status = 'IDEA') AS idea, count(*) FILTER (WHERE s.status = 'PLANNING') AS planning,
           count(*) FILTER (WHERE s.status = 'IN_PROGRESS') AS in_progress, count(*) FILTER (WHERE s.status = 'IMPLEMENTED') AS implemented,
           count(*) FILTER (WHERE s.status = 'CONTINUED') AS continued, count(*) FILTER (WHERE s.status = 'STOPPED') AS stopped,
           count(*) FILTER (WHERE s.health = 'ON_TRACK') AS on_track, count(*) FILTER (WHERE s.health = 'AT_RISK') AS at_risk,
           count(*) FILTER (WHERE s.health = 'OFF_TRACK') AS off_track, count(*) FILTER (WHERE s.health = 'NOT_ASSESSED') AS not_assessed,
           round(avg(s.progress) FILTER (WHERE s.status <> 'STOPPED')) AS average_progress,
           count(*) FILTER (WHERE s.status IN ('PLANNING','IN_PROGRESS') AND s.freshness IN ('STALE','VERY_STALE','NO_REPORT')) AS stale,
           coalesce(sum(ms.overdue), 0) AS overdue, coalesce(sum(ms.due_soon), 0) AS due_soon,
           coalesce(sum(ms.total), 0) AS milestones, coalesce(sum(ms.slipped), 0) AS slipped,
           round(sum(ms.slippage_sum)::numeric / nullif(sum(ms.total), 0), 1) AS average_slippage
      FROM s LEFT JOIN ms ON ms.measure_id = s.id ${groupJoin}
     GROUP BY 1`;
}

export const FLOOR_FIELD_JOIN = 'JOIN measure_field_of_action g ON g.measure_id = s.id';
export const FLOOR_MUNICIPALITY_JOIN = `JOIN LATERAL (SELECT s.lead_unit_id AS unit_id WHERE s.lead_unit_id IS NOT NULL
  UNION SELECT pu.territorial_unit_id FROM measure_participating_unit pu WHERE pu.measure_id = s.id) g ON TRUE`;

/** The floor's numerical statement: measure × year × category with planned and actual cents, streamed. `$1` project. */
export const FLOOR_STATEMENT_SQL = `
  SELECT m.code, m.title, k.name AS category, x.year, sum(x.planned) AS planned, sum(x.actual) AS actual
    FROM (SELECT measure_id, cost_category_id, year, planned_cents AS planned, 0 AS actual
            FROM cost_plan_entry WHERE model_project_id = $1
          UNION ALL
          SELECT measure_id, cost_category_id, extract(year FROM spent_on)::int, 0, amount_cents
            FROM expenditure WHERE model_project_id = $1) x
    JOIN measure m ON m.id = x.measure_id JOIN cost_category k ON k.id = x.cost_category_id
   GROUP BY m.code, m.title, k.name, k.sort_order, x.year
   ORDER BY x.year, m.code, k.sort_order`;

/**
 * Operation 8, the public measure list (decision 0074): a page of a project's released measures as the public site asks
 * for it, anonymously, as GET. Anonymous answers never come from the read cache; the load generator keeps no HTTP
 * cache, so every request does the full work.
 */
export const PUBLIC_LIST = /* GraphQL */ `
  query PublicMeasures($projectCode: String!, $first: Int!, $offset: Int!) {
    publicMeasures(projectCode: $projectCode, sort: CODE, first: $first, offset: $offset) {
      totalCount
      nodes {
        code
        title
        summary
        status
        progress
        fieldsOfAction
        leadMunicipality {
          name
        }
      }
    }
  }
`;

/** The floor of operation 8: the same page from `measure_release` in one statement, JSON built by PostgreSQL. */
export const FLOOR_PUBLIC_LIST_SQL = `
  SELECT (SELECT count(*)::int FROM measure_release WHERE model_project_id = $1) AS "totalCount",
         coalesce((SELECT json_agg(json_build_object(
                             'code', c->>'code', 'title', c->>'title', 'summary', c->'texts'->>'summary',
                             'status', c->'status'->>'status', 'progress', (c->'progress'->>'percent')::int,
                             'fieldsOfAction', c->'fieldsOfAction',
                             'leadMunicipality', CASE WHEN jsonb_typeof(c->'leadMunicipality') = 'object'
                                                      THEN json_build_object('name', c->'leadMunicipality'->>'name') END)
                           ORDER BY c->>'code')
                     FROM (SELECT content AS c FROM measure_release WHERE model_project_id = $1
                            ORDER BY content->>'code' LIMIT $2 OFFSET $3) page), '[]') AS nodes`;
