import { createHash } from 'node:crypto';
import { formatGermanDate, IsoDate, moneyToString } from '@masswerk/shared/domain';
import { MEASURES_SQL } from '../measure-export/measure-export.service';
import { LIST_SEPARATOR, MeasureExportRow, MeasureRecord, toMeasureRecord } from '../measure-export/measure-record';
import { yesNo } from '../shared/period';

/** Anything that runs SQL: the data source, a transaction's entity manager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** A milestone as the workbook holds it. */
export interface MilestoneState {
  id: string;
  code: string;
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  completedOn: IsoDate | null;
  weight: number;
  version: number;
}

/** One cell of a measure's cost plan. */
export interface CostPlanState {
  id: string;
  code: string;
  year: number;
  categoryId: string;
  categoryCode: string;
  categoryName: string;
  plannedCents: bigint;
  version: number;
}

/** A measure with everything the workbook carries of it, and the token of its importable state. */
export interface MeasureState {
  id: string;
  version: number;
  record: MeasureRecord;
  milestones: MilestoneState[];
  costPlan: CostPlanState[];
  token: string;
}

const MILESTONES_SQL = `
  SELECT ms.id, m.code, ms.title, ms.baseline_date AS "baselineDate", ms.forecast_date AS "forecastDate",
         ms.completed_on AS "completedOn", ms.weight, ms.version
    FROM milestone ms JOIN measure m ON m.id = ms.measure_id
   WHERE m.model_project_id = $1
   ORDER BY m.code, ms.sort_order, ms.baseline_date, ms.id`;

const COST_PLAN_SQL = `
  SELECT c.id, m.code, c.year, c.cost_category_id AS "categoryId", k.code AS "categoryCode", k.name AS "categoryName",
         c.planned_cents::text AS "plannedCents", c.version
    FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id JOIN cost_category k ON k.id = c.cost_category_id
   WHERE m.model_project_id = $1
   ORDER BY m.code, c.year, k.sort_order, k.name`;

/**
 * Every measure of a project with its milestones and cost plan, as the measure workbook exports them and the import
 * compares against. Read from the primary (not the replica): the token a workbook carries is compared with the
 * current state when it comes back, and a lagging replica would make fresh exports look stale.
 */
export async function loadMeasureStates(db: Queryable, projectId: string, today: IsoDate): Promise<MeasureState[]> {
  // one after the other: in a transaction they share one connection
  const [{ count: memberCount }] = (await db.query(
    `SELECT count(*)::int AS count FROM model_project_member WHERE model_project_id = $1`,
    [projectId],
  )) as { count: number }[];
  const rows = (await db.query(MEASURES_SQL, [projectId, today])) as MeasureExportRow[];
  const ids = (await db.query(`SELECT id, code, version FROM measure WHERE model_project_id = $1`, [projectId])) as {
    id: string;
    code: string;
    version: number;
  }[];
  const milestones = (await db.query(MILESTONES_SQL, [projectId])) as MilestoneState[];
  const costPlan = (await db.query(COST_PLAN_SQL, [projectId])) as (Omit<CostPlanState, 'plannedCents'> & {
    plannedCents: string;
  })[];
  const byCode = new Map(ids.map((r) => [r.code, r]));
  const group = <T extends { code: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.code, [...(map.get(item.code) ?? []), item]);
    return map;
  };
  const milestonesOf = group(
    milestones.map((m) => ({
      ...m,
      baselineDate: isoOf(m.baselineDate) as IsoDate,
      forecastDate: isoOf(m.forecastDate),
      completedOn: isoOf(m.completedOn),
    })),
  );
  const costsOf = group(costPlan.map((c) => ({ ...c, plannedCents: BigInt(c.plannedCents) })));
  return rows.map((row) => {
    const record = toMeasureRecord(row, memberCount);
    const own = byCode.get(row.code) as { id: string; version: number };
    const state = {
      id: own.id,
      version: own.version,
      record,
      milestones: milestonesOf.get(row.code) ?? [],
      costPlan: costsOf.get(row.code) ?? [],
    };
    return { ...state, token: stateToken(state) };
  });
}

/** pg returns `date` columns as text here (the type parser of the data source), but be safe with Date objects. */
function isoOf(value: string | Date | null): IsoDate | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The columns of the measure sheet the import reads (the others are computed and only informative). */
export const IMPORTABLE_MEASURE_KEYS = [
  'title',
  'fieldsOfAction',
  'status',
  'municipalities',
  'summary',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'phase',
  'flagship',
  'openSourceRepository',
  'licence',
  'documentation',
  'transferability',
  'adoptedBy',
  'keywords',
  'contact',
  'published',
] as const satisfies readonly (keyof MeasureRecord)[];

export type ImportableMeasureKey = (typeof IMPORTABLE_MEASURE_KEYS)[number];

/** A value of the measure sheet as text, the way the CSV writes it (dates German, yes/no in words, lists joined). */
export function cellText(record: MeasureRecord, key: ImportableMeasureKey): string {
  const value = record[key];
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'boolean') return yesNo(value);
  if (key === 'plannedStart' || key === 'plannedEnd' || key === 'actualStart' || key === 'actualEnd')
    return formatGermanDate(value as IsoDate | null);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The opaque "Version" of a measure in the workbook: a hash over its importable fields, its milestones and its cost
 * plan. Any change to what the import could overwrite changes it; changes to anything else (reports, expenditures,
 * progress overrides) do not, so they never make an edited workbook conflict.
 */
export function stateToken(state: Pick<MeasureState, 'record' | 'milestones' | 'costPlan'>): string {
  const content = {
    measure: IMPORTABLE_MEASURE_KEYS.map((key) => cellText(state.record, key)),
    milestones: state.milestones.map((m) => [m.id, m.title, m.baselineDate, m.forecastDate, m.completedOn, m.weight]),
    costPlan: state.costPlan.map((c) => [c.year, c.categoryId, moneyToString(c.plannedCents)]),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 16);
}

/** The names a workbook may use, with what they stand for in this project. */
export interface ProjectLookups {
  fieldsOfAction: { id: string; name: string; sortOrder: number }[];
  /** The lead body and the member municipalities: where a measure may be led or take part. */
  municipalities: { id: string; name: string; ars: string | null }[];
  costCategories: { id: string; code: string; name: string; active: boolean }[];
}

export async function loadLookups(db: Queryable, projectId: string): Promise<ProjectLookups> {
  const fieldsOfAction = (await db.query(
    `SELECT id, name, sort_order AS "sortOrder" FROM field_of_action WHERE model_project_id = $1 ORDER BY sort_order, name`,
    [projectId],
  )) as ProjectLookups['fieldsOfAction'];
  const municipalities = (await db.query(
    `SELECT u.id, u.name, u.ars FROM territorial_unit u
      WHERE u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1)
         OR u.id IN (SELECT territorial_unit_id FROM model_project_member WHERE model_project_id = $1)
      ORDER BY u.id = (SELECT lead_unit_id FROM model_project WHERE id = $1) DESC, u.name`,
    [projectId],
  )) as ProjectLookups['municipalities'];
  const costCategories = (await db.query(
    `SELECT id, code, name, active FROM cost_category ORDER BY sort_order, name`,
  )) as ProjectLookups['costCategories'];
  return { fieldsOfAction, municipalities, costCategories };
}
