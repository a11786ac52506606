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
    if (selection.kind !== Kind.FIELD || selection.directives?.length || selection.arguments?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) {
      // the same leaf asked twice is answered once (GraphQL merges them); anything else to merge is Apollo's
      const earlier = fields.find((f) => f.key === key);
      if (earlier?.name === selection.name.value && !earlier.node.selectionSet && !selection.selectionSet) continue;
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
  objects: Record<string, (set: SelectionSetNode | undefined) => string | null> = {},
): string | null {
  const fields = plainFields(set);
  if (!fields) return null;
  const parts: string[] = [];
  for (const { key, name, node } of fields) {
    let sql: string | null;
    if (name === '__typename') sql = `'${typeName}'::text`;
    else if (name in columns) {
      const column = columns[name];
      sql = node.selectionSet ? null : typeof column === 'string' ? column : column();
    } else if (name in objects) sql = objects[name](node.selectionSet);
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
  return objectSql(set, 'Measure', MEASURE_COLUMNS, {
    progress: (s) => objectSql(s, 'MeasureProgress', { value: progressSql('n') }),
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
    modelProject: (s) => {
      const project = objectSql(s, 'ModelProject', { id: 'p.id', code: 'p.code', name: 'p.name' });
      return project && `(SELECT ${project} FROM model_project p WHERE p.id = n.model_project_id)`;
    },
    leadUnit: (s) => {
      const unit = objectSql(s, 'TerritorialUnit', {
        id: 'u.id',
        kind: 'u.kind',
        name: 'u.name',
        ars: 'u.ars',
        version: 'u.version',
      });
      return unit && `(SELECT ${unit} FROM territorial_unit u WHERE u.id = n.lead_unit_id)`;
    },
    budget: (s) => budgetSql(s, ctx),
  });
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
    { planned: shares('b.planned', 'b.planned_federal'), actual: shares('b.spent', 'b.spent_federal') },
  );
  if (!body) return null;
  return `(CASE WHEN ${ctx.money()} THEN (
    SELECT ${body}
      FROM (SELECT r.rate,
                   (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c WHERE c.measure_id = n.id) AS planned,
                   (SELECT coalesce(sum(federal_share(c.planned_cents, r.rate)), 0)
                      FROM cost_plan_entry c WHERE c.measure_id = n.id) AS planned_federal,
                   (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e WHERE e.measure_id = n.id) AS spent,
                   (SELECT coalesce(sum(federal_share(e.amount_cents, r.rate)), 0)
                      FROM expenditure e WHERE e.measure_id = n.id) AS spent_federal
              FROM (${ratesSql('p.id = n.model_project_id')}) r
             WHERE r.phase = n.phase) b) END)`;
}
