import { Phase } from '@masswerk/shared/domain';

/**
 * The statements behind the funding overview and the measure budgets: set-based, one statement per kind of figure for
 * all projects (or measures) of a request. Federal shares are `federal_share()` per plan entry and per expenditure,
 * summed, the same rule as `splitShares` in the shared domain library.
 */

/**
 * The effective funding rate per project and phase: the grant's rate where a grant exists, otherwise the rate of the
 * project's programme (MPSC: 90 % in budgetary emergency, else 65 %). `projects` is an SQL condition on `p.id`.
 */
export function ratesSql(projects = 'p.id = ANY($1::uuid[])'): string {
  return `
  SELECT p.id AS project_id, ph.phase,
         coalesce(g.funding_rate_bp, CASE WHEN p.budgetary_emergency THEN fp.emergency_rate_bp ELSE fp.standard_rate_bp END) AS rate
    FROM model_project p
    CROSS JOIN (VALUES ('A'), ('B')) ph(phase)
    JOIN funding_programme fp ON fp.id = p.funding_programme_id
    LEFT JOIN "grant" g ON g.model_project_id = p.id AND g.phase = ph.phase
   WHERE ${projects}`;
}

/** Planned or spent money of a project, per phase, kind of work, year and cost category. */
export interface AmountRow {
  projectId: string;
  phase: Phase;
  strategyWork: boolean;
  year: number;
  categoryId: string;
  total: string;
  federal: string;
}

/** Planned amounts of the projects `$1`, plans of the years `$2` to `$3` (each bound optional). */
export const PLANNED_AMOUNTS_SQL = `WITH r AS (${ratesSql()})
           SELECT m.model_project_id AS "projectId", m.phase, m.strategy_work AS "strategyWork", c.year, c.cost_category_id AS "categoryId",
                  sum(c.planned_cents)::text AS total, sum(federal_share(c.planned_cents, r.rate))::text AS federal
             FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase
            WHERE c.model_project_id = ANY($1::uuid[]) AND ($2::int IS NULL OR c.year >= $2) AND ($3::int IS NULL OR c.year <= $3)
            GROUP BY 1, 2, 3, 4, 5`;

/** Spent amounts of the projects `$1`, expenditures of the days `$2` to `$3` (each bound optional). */
export const SPENT_AMOUNTS_SQL = `WITH r AS (${ratesSql()})
           SELECT m.model_project_id AS "projectId", m.phase, m.strategy_work AS "strategyWork", extract(year FROM e.spent_on)::int AS year, e.cost_category_id AS "categoryId",
                  sum(e.amount_cents)::text AS total, sum(federal_share(e.amount_cents, r.rate))::text AS federal
             FROM expenditure e JOIN measure m ON m.id = e.measure_id JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase
            WHERE e.model_project_id = ANY($1::uuid[]) AND ($2::date IS NULL OR e.spent_on >= $2) AND ($3::date IS NULL OR e.spent_on <= $3)
            GROUP BY 1, 2, 3, 4, 5`;

/** A measure that spent more in a cost category than it planned. */
export interface OverspentRow {
  projectId: string;
  measureId: string;
  measureCode: string;
  phase: Phase;
  categoryId: string;
  planned: string;
  spent: string;
}

/** Overspent cells of the projects `$1`: plans of the years `$2` to `$3`, expenditures of the days `$4` to `$5`. */
export const OVERSPENT_SQL = `WITH p AS (SELECT measure_id, cost_category_id, sum(planned_cents) AS planned FROM cost_plan_entry
                   WHERE model_project_id = ANY($1::uuid[]) AND ($2::int IS NULL OR year >= $2) AND ($3::int IS NULL OR year <= $3)
                   GROUP BY 1, 2),
            s AS (SELECT measure_id, cost_category_id, sum(amount_cents) AS spent FROM expenditure
                   WHERE model_project_id = ANY($1::uuid[]) AND ($4::date IS NULL OR spent_on >= $4) AND ($5::date IS NULL OR spent_on <= $5)
                   GROUP BY 1, 2)
       SELECT m.model_project_id AS "projectId", m.id AS "measureId", m.code AS "measureCode", m.phase, s.cost_category_id AS "categoryId",
              coalesce(p.planned, 0)::text AS planned, s.spent::text AS spent
         FROM s LEFT JOIN p USING (measure_id, cost_category_id) JOIN measure m ON m.id = s.measure_id
        WHERE s.spent > coalesce(p.planned, 0)
        ORDER BY m.code`;

/** The money of a measure in one cost category (a measure without any has one row with a null category). */
export interface MeasureBudgetRow {
  measureId: string;
  rate: number;
  categoryId: string | null;
  planned: string;
  plannedFederal: string;
  spent: string;
  spentFederal: string;
}

/** One row per measure and cost category with money (one row with a null category for a measure without any). */
export const MEASURE_BUDGET_SQL = `
  WITH m AS (SELECT id, model_project_id, phase FROM measure WHERE id = ANY($1::uuid[])),
       r AS (${ratesSql('p.id IN (SELECT model_project_id FROM m)')}),
       -- every project has a programme, so every measure has its rate (the grant's or the programme's)
       mr AS (SELECT m.id, r.rate FROM m JOIN r ON r.project_id = m.model_project_id AND r.phase = m.phase),
       pl AS (SELECT c.measure_id, c.cost_category_id, sum(c.planned_cents) AS planned,
                     sum(federal_share(c.planned_cents, mr.rate)) AS planned_federal
                FROM cost_plan_entry c JOIN mr ON mr.id = c.measure_id GROUP BY 1, 2),
       sp AS (SELECT e.measure_id, e.cost_category_id, sum(e.amount_cents) AS spent,
                     sum(federal_share(e.amount_cents, mr.rate)) AS spent_federal
                FROM expenditure e JOIN mr ON mr.id = e.measure_id GROUP BY 1, 2),
       x AS (SELECT * FROM pl FULL JOIN sp USING (measure_id, cost_category_id))
  SELECT mr.id AS "measureId", mr.rate, x.cost_category_id AS "categoryId",
         coalesce(x.planned, 0)::text AS planned, coalesce(x.planned_federal, 0)::text AS "plannedFederal",
         coalesce(x.spent, 0)::text AS spent, coalesce(x.spent_federal, 0)::text AS "spentFederal"
    FROM mr LEFT JOIN x ON x.measure_id = mr.id LEFT JOIN cost_category cc ON cc.id = x.cost_category_id
   ORDER BY mr.id, cc.sort_order, cc.id`;
