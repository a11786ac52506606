import { FieldNode, GraphQLObjectType, GraphQLSchema, getNamedType, Kind, SelectionSetNode } from 'graphql';
import { MILESTONE_DUE_SOON_DAYS } from '@masswerk/shared/domain';
import { computedHealthSql, expectedProgressSql, freshnessSql, healthSql, progressSql } from '@masswerk/api/measure';
import { ratesSql } from '@masswerk/api/funding';

/**
 * The selection of a `measures` query compiled into the SQL that builds its JSON in PostgreSQL (decision 0077).
 * Each function returns an SQL expression for what is selected, or null when the selection holds anything this
 * compiler does not know; the caller then leaves the request to Apollo, which answers every query. So a field added
 * to the schema is never answered wrongly here: it is simply not compiled until someone teaches this file.
 *
 * Expressions refer to `n`, a `measure` row, `today` (an SQL expression of type date) and, for money, `money` (a
 * boolean SQL expression: the viewer may read the money of `n`'s project).
 */
export interface SqlContext {
  schema: GraphQLSchema;
  /** Each adds its parameters when first called: PostgreSQL refuses a parameter no expression uses. */
  today: () => string;
  money: () => string;
  /** A boolean SQL expression: the viewer may report on `n` (Actor.canReportOn). */
  canReport: () => string;
  /** The arguments of a field as GraphQL coerces them (variables and defaults applied). */
  argumentsOf: (typeName: string, node: FieldNode) => Record<string, unknown>;
  /** An SQL parameter holding `value`. */
  param: (value: unknown) => string;
}

/** An SQL expression, or how to make it once the field is selected. */
type Column = string | (() => string);

/** The fields of a selection set, or null when it has fragments, directives, arguments or a key to merge. */
export function plainFields(
  set: SelectionSetNode | undefined,
): { key: string; name: string; node: FieldNode }[] | null {
  if (!set) return null;
  const fields: { key: string; name: string; node: FieldNode }[] = [];
  const keys = new Set<string>();
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) {
      // the same leaf asked twice is answered once (GraphQL merges them); anything else to merge is Apollo's
      const earlier = fields.find((f) => f.key === key);
      const leaf = (f: FieldNode) => !f.selectionSet && !f.arguments?.length;
      if (earlier?.name === selection.name.value && leaf(earlier.node) && leaf(selection)) continue;
      return null;
    }
    keys.add(key);
    fields.push({ key, name: selection.name.value, node: selection });
  }
  // json_build_object takes at most 100 arguments
  return fields.length && fields.length <= 45 ? fields : null;
}

/** `json_build_object` of the selected fields of an object type, each from `columns` or `objects`. */
export function objectSql(
  set: SelectionSetNode | undefined,
  typeName: string,
  columns: Record<string, Column>,
  objects: Record<string, (set: SelectionSetNode | undefined, node: FieldNode) => string | null> = {},
  withArguments: readonly string[] = [],
): string | null {
  const fields = plainFields(set);
  if (!fields) return null;
  const parts: string[] = [];
  for (const { key, name, node } of fields) {
    let sql: string | null;
    if (node.arguments?.length && !withArguments.includes(name)) sql = null;
    else if (name === '__typename') sql = `'${typeName}'::text`;
    else if (name in columns) {
      const column = columns[name];
      sql = node.selectionSet ? null : typeof column === 'string' ? column : column();
    } else if (name in objects) sql = objects[name](node.selectionSet, node);
    else sql = null;
    if (sql === null) return null;
    parts.push(`'${key}', ${sql}`);
  }
  return `json_build_object(${parts.join(', ')})`;
}

/** The type a field of `typeName` returns, without lists and non-null. */
export function fieldType(schema: GraphQLSchema, typeName: string, field: string): string | null {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) return null;
  const def = type.getFields()[field];
  return def ? getNamedType(def.type).name : null;
}

/** Cents (an integral number) as the Money scalar writes them: "1234.50", "-0.05". */
export function moneySql(cents: string): string {
  return `((CASE WHEN (${cents}) < 0 THEN '-' ELSE '' END) || div(abs(${cents}), 100)::text || '.' ||
           lpad(mod(abs(${cents}), 100)::text, 2, '0'))`;
}

const MEASURE_COLUMNS: Record<string, string> = {
  id: 'n.id',
  code: 'n.code',
  title: 'n.title',
  summary: 'n.summary',
  description: 'n.description',
  responsibleUnit: 'n.responsible_unit',
  contactName: 'n.contact_name',
  contactEmail: 'n.contact_email',
  partners: 'n.partners',
  priority: 'n.priority',
  flagship: 'n.flagship',
  phase: 'n.phase',
  strategyWork: 'n.strategy_work',
  plannedStart: 'n.planned_start',
  plannedEnd: 'n.planned_end',
  actualStart: 'n.actual_start',
  actualEnd: 'n.actual_end',
  status: 'n.status',
  continuationPlan: 'n.continuation_plan',
  budgetDeviationReason: 'n.budget_deviation_reason',
  tags: 'n.tags',
  published: 'n.published',
  version: 'n.version',
};

/** A measure `n` as its selection asks, or null. */
export function measureSql(set: SelectionSetNode | undefined, ctx: SqlContext): string | null {
  const { today } = ctx;
  return objectSql(
    set,
    'Measure',
    MEASURE_COLUMNS,
    {
      progress: (s) => objectSql(s, 'MeasureProgress', { value: progressSql('n'), source: PROGRESS_SOURCE }),
      // healthOf of the measure mapper: explainHealth expects progress only of a measure scheduled consistently
      health: (s) =>
        objectSql(s, 'MeasureHealth', {
          value: () => healthSql('n', today()),
          computed: () => computedHealthSql('n', today()),
          overridden: '(n.manual_health IS NOT NULL)',
          overrideReason: '(CASE WHEN n.manual_health IS NOT NULL THEN n.manual_health_reason END)',
          expectedProgress: () => `(CASE WHEN n.planned_start IS NOT NULL AND n.planned_end IS NOT NULL
                                        AND n.planned_end >= n.planned_start
                                       THEN ${expectedProgressSql('n', today())} END)::int`,
        }),
      freshness: (s) =>
        objectSql(s, 'MeasureFreshness', {
          value: () => freshnessSql('n', today()),
          lastReportOn: 'n.last_report_on',
          daysSinceLastReport: () => `(${today()} - n.last_report_on)`,
        }),
      milestones: (s) => milestonesSql(s, today),
      viewerCanReport: (s) => (s ? null : ctx.canReport()),
      participatingUnits: (s) => unitsSql(s, 'measure_participating_unit'),
      adopters: (s) => unitsSql(s, 'measure_adopter'),
      fieldsOfAction: (s) => {
        const field = objectSql(s, 'FieldOfAction', {
          id: 'f.id',
          code: 'f.code',
          name: 'f.name',
          description: 'f.description',
          sortOrder: 'f.sort_order',
          version: 'f.version',
        });
        // the resolver sorts by sort order, then code (codes are ASCII: C and locale order agree)
        return (
          field &&
          `(SELECT coalesce(json_agg(${field} ORDER BY f.sort_order, f.code COLLATE "C"), '[]'::json)
                          FROM measure_field_of_action l JOIN field_of_action f ON f.id = l.field_of_action_id
                         WHERE l.measure_id = n.id)`
        );
      },
      goals: (s) => {
        const goal = objectSql(s, 'Goal', {
          id: 'g.id',
          code: 'g.code',
          title: 'g.title',
          description: 'g.description',
          version: 'g.version',
        });
        return (
          goal &&
          `(SELECT coalesce(json_agg(${goal} ORDER BY g.code COLLATE "C"), '[]'::json)
                         FROM measure_goal l JOIN goal g ON g.id = l.goal_id WHERE l.measure_id = n.id)`
        );
      },
      statusReports: (s, node) => {
        const report = objectSql(s, 'StatusReport', {
          id: 'r.id',
          reportDate: 'r.report_date',
          trafficLight: 'r.traffic_light',
          progress: 'r.progress',
          achieved: 'r.achieved',
          nextSteps: 'r.next_steps',
          risks: 'r.risks',
          version: 'r.version',
        });
        const { limit } = ctx.argumentsOf('Measure', node);
        // the resolver refuses any other limit (BAD_USER_INPUT): Apollo answers those
        if (!report || typeof limit !== 'number' || limit < 1 || limit > 100) return null;
        return `(SELECT coalesce(json_agg(${report} ORDER BY r.report_date DESC, r.created_at DESC), '[]'::json)
                 FROM (SELECT * FROM status_report WHERE measure_id = n.id
                        ORDER BY report_date DESC, created_at DESC LIMIT ${ctx.param(limit)}::int) r)`;
      },
      indicators: (s) => indicatorsSql(s),
      modelProject: (s) => {
        const project = objectSql(s, 'ModelProject', { id: 'p.id', code: 'p.code', name: 'p.name' });
        return project && `(SELECT ${project} FROM model_project p WHERE p.id = n.model_project_id)`;
      },
      leadUnit: (s) => {
        const unit = objectSql(s, 'TerritorialUnit', UNIT_COLUMNS);
        return unit && `(SELECT ${unit} FROM territorial_unit u WHERE u.id = n.lead_unit_id)`;
      },
      budget: (s) => budgetSql(s, ctx),
    },
    ['statusReports'],
  );
}

/** computeProgress's source, in the order of progressSql's cases. */
const PROGRESS_SOURCE = `(CASE WHEN n.manual_progress IS NOT NULL THEN 'MANUAL'
    WHEN n.status IN ('IMPLEMENTED','CONTINUED') THEN 'STATUS'
    WHEN n.last_report_progress IS NOT NULL AND NOT (n.milestone_progress IS NOT NULL
      AND coalesce(n.last_milestone_completed_on > n.last_report_on, false)) THEN 'STATUS_REPORT'
    WHEN n.milestone_progress IS NOT NULL THEN 'MILESTONES'
    ELSE 'NONE' END)`;

const UNIT_COLUMNS = { id: 'u.id', kind: 'u.kind', name: 'u.name', ars: 'u.ars', version: 'u.version' };

/** Municipalities linked to `n` through `table`, in the order of the links' ids (readLinks). */
function unitsSql(set: SelectionSetNode | undefined, table: string): string | null {
  const unit = objectSql(set, 'TerritorialUnit', UNIT_COLUMNS);
  return (
    unit &&
    `(SELECT coalesce(json_agg(${unit} ORDER BY u.id::text), '[]'::json)
                     FROM ${table} l JOIN territorial_unit u ON u.id = l.territorial_unit_id WHERE l.measure_id = n.id)`
  );
}

/** normalizeDecimal of the indicator mapper: a decimal without trailing zeros ("210", "1.5"). */
const decimal = (v: string) =>
  `(CASE WHEN ${v} IS NULL THEN NULL WHEN ${v}::text LIKE '%.%' THEN regexp_replace(${v}::text, '\\.?0+$', '') ELSE ${v}::text END)`;

/** The indicators of `n` (sort order, name) with their values (oldest first). */
function indicatorsSql(set: SelectionSetNode | undefined): string | null {
  const indicator = objectSql(
    set,
    'Indicator',
    {
      id: 'i.id',
      name: 'i.name',
      unit: 'i.unit',
      description: 'i.description',
      baselineValue: decimal('i.baseline_value'),
      targetValue: decimal('i.target_value'),
      targetDate: 'i.target_date',
      sortOrder: 'i.sort_order',
      version: 'i.version',
    },
    {
      values: (s) => {
        const value = objectSql(s, 'IndicatorValue', {
          id: 'v.id',
          measuredOn: 'v.measured_on',
          value: decimal('v.value'),
          note: 'v.note',
        });
        return (
          value &&
          `(SELECT coalesce(json_agg(${value} ORDER BY v.measured_on), '[]'::json)
                            FROM indicator_value v WHERE v.indicator_id = i.id)`
        );
      },
    },
  );
  return (
    indicator &&
    `(SELECT coalesce(json_agg(${indicator} ORDER BY i.sort_order, i.name), '[]'::json)
                          FROM indicator i WHERE i.measure_id = n.id)`
  );
}

/** The milestones of `n` in the order of the API (sort order, baseline, id), with their state as of today. */
function milestonesSql(set: SelectionSetNode | undefined, today: () => string): string | null {
  const due = 'coalesce(x.forecast_date, x.baseline_date)';
  const item = objectSql(set, 'Milestone', {
    id: 'x.id',
    title: 'x.title',
    description: 'x.description',
    baselineDate: 'x.baseline_date',
    forecastDate: 'x.forecast_date',
    completedOn: 'x.completed_on',
    weight: 'x.weight',
    sortOrder: 'x.sort_order',
    version: 'x.version',
    dueDate: 'coalesce(x.completed_on, x.forecast_date, x.baseline_date)',
    slippageDays: '(coalesce(x.completed_on, x.forecast_date, x.baseline_date) - x.baseline_date)',
    // milestoneState of the shared domain library
    state: () => `(CASE WHEN x.completed_on IS NOT NULL THEN 'COMPLETED'
                  WHEN ${due} < ${today()} THEN 'OVERDUE'
                  WHEN ${due} - ${today()} <= ${MILESTONE_DUE_SOON_DAYS} THEN 'DUE_SOON'
                  ELSE 'PLANNED' END)`,
  });
  if (!item) return null;
  return `(SELECT coalesce(json_agg(${item} ORDER BY x.sort_order, x.baseline_date, x.id), '[]'::json)
             FROM milestone x WHERE x.measure_id = n.id)`;
}

/**
 * The money of `n` (measureBudget of the funding library): plan and expenditures in all, their federal shares at the
 * rate of the measure's phase, what remains; null for a viewer who may not read the project's money.
 */
function budgetSql(set: SelectionSetNode | undefined, ctx: SqlContext): string | null {
  const shares = (total: string, federal: string) => (s: SelectionSetNode | undefined) =>
    objectSql(s, 'Shares', {
      total: moneySql(total),
      federal: moneySql(federal),
      own: moneySql(`(${total} - ${federal})`),
    });
  const body = objectSql(
    set,
    'MeasureBudget',
    { fundingRate: '(b.rate / 100.0)::float8', remaining: moneySql('(b.planned - b.spent)') },
    {
      planned: shares('b.planned', 'b.planned_federal'),
      actual: shares('b.spent', 'b.spent_federal'),
      byCategory: (s) => {
        const category = objectSql(
          s,
          'CategoryFunding',
          { costCategoryId: 'x.category', remaining: moneySql('(x.planned - x.spent)') },
          { planned: shares('x.planned', 'x.planned_federal'), actual: shares('x.spent', 'x.spent_federal') },
        );
        // the categories with a plan or an expenditure, in the categories' order (MEASURE_BUDGET_SQL)
        return (
          category &&
          `(SELECT coalesce(json_agg(${category} ORDER BY cc.sort_order, cc.id), '[]'::json)
              FROM (SELECT coalesce(pl.category, sp.category) AS category,
                           coalesce(pl.planned, 0) AS planned, coalesce(pl.planned_federal, 0) AS planned_federal,
                           coalesce(sp.spent, 0) AS spent, coalesce(sp.spent_federal, 0) AS spent_federal
                      FROM (SELECT c.cost_category_id AS category, sum(c.planned_cents) AS planned,
                                   sum(federal_share(c.planned_cents, b.rate)) AS planned_federal
                              FROM cost_plan_entry c WHERE c.measure_id = n.id GROUP BY 1) pl
                      FULL JOIN (SELECT e.cost_category_id AS category, sum(e.amount_cents) AS spent,
                                        sum(federal_share(e.amount_cents, b.rate)) AS spent_federal
                                   FROM expenditure e WHERE e.measure_id = n.id GROUP BY 1) sp
                        ON sp.category = pl.category) x
              LEFT JOIN cost_category cc ON cc.id = x.category)`
        );
      },
    },
  );
  if (!body) return null;
  return `(CASE WHEN ${ctx.money()} THEN (
    SELECT ${body}
      -- OFFSET 0 keeps the sums one subquery: pulled up, each use of b.planned would be a subquery of its own
      FROM (SELECT r.rate,
                   (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c WHERE c.measure_id = n.id) AS planned,
                   (SELECT coalesce(sum(federal_share(c.planned_cents, r.rate)), 0)
                      FROM cost_plan_entry c WHERE c.measure_id = n.id) AS planned_federal,
                   (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e WHERE e.measure_id = n.id) AS spent,
                   (SELECT coalesce(sum(federal_share(e.amount_cents, r.rate)), 0)
                      FROM expenditure e WHERE e.measure_id = n.id) AS spent_federal
              FROM (${ratesSql('p.id = n.model_project_id')}) r
             WHERE r.phase = n.phase
            OFFSET 0) b) END)`;
}
