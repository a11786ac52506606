import { Injectable, Logger } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { Actor, IsoDate, Permission, Phase } from '@masswerk/shared/domain';
import { Clock } from '@masswerk/api/core';
import { ratesSql } from '@masswerk/api/funding';
import type { NumericalStatementQuery } from '../dtos/export-query.dto';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService } from '../shared/export-access.service';
import { periodSuffix, reportPeriod, ReportPeriod } from '../shared/period';
import { ReportDatabase } from '../shared/report-database';
import {
  MoneyCells,
  StatementHeader,
  StatementLine,
  SummaryLine,
  writeStatementWorkbook,
} from './numerical-statement.workbook';

interface MoneyRow {
  planned: string;
  plannedFederal: string;
  spent: string;
  spentFederal: string;
}

/**
 * Plan and actual per year × measure × cost category of one project and phase. Federal shares are rounded per plan
 * entry and per expenditure (`federal_share`) and then summed, exactly as the funding overview does: plans filtered
 * by year, expenditures by day. Parameters: $1 project, $2 phase, $3 rate (basis points), $4/$5 first/last plan year,
 * $6/$7 first/last day of spending.
 */
const CELLS = `
  WITH plan AS (
    SELECT c.year::int AS year, c.measure_id, c.cost_category_id,
           sum(c.planned_cents) AS total, sum(federal_share(c.planned_cents, $3::int)) AS federal
      FROM cost_plan_entry c JOIN measure m ON m.id = c.measure_id
     WHERE c.model_project_id = $1 AND m.phase = $2
       AND ($4::int IS NULL OR c.year >= $4) AND ($5::int IS NULL OR c.year <= $5)
     GROUP BY 1, 2, 3),
  spent AS (
    SELECT extract(year FROM e.spent_on)::int AS year, e.measure_id, e.cost_category_id,
           sum(e.amount_cents) AS total, sum(federal_share(e.amount_cents, $3::int)) AS federal
      FROM expenditure e JOIN measure m ON m.id = e.measure_id
     WHERE e.model_project_id = $1 AND m.phase = $2
       AND ($6::date IS NULL OR e.spent_on >= $6) AND ($7::date IS NULL OR e.spent_on <= $7)
     GROUP BY 1, 2, 3),
  cell AS (
    SELECT year, measure_id, cost_category_id,
           coalesce(plan.total, 0) AS planned, coalesce(plan.federal, 0) AS planned_federal,
           coalesce(spent.total, 0) AS spent, coalesce(spent.federal, 0) AS spent_federal
      FROM plan FULL JOIN spent USING (year, measure_id, cost_category_id))`;

const MONEY_COLUMNS = `planned::text AS planned, planned_federal::text AS "plannedFederal",
       spent::text AS spent, spent_federal::text AS "spentFederal"`;

const SUMMARY_SQL = `${CELLS}
  SELECT c.year, cc.name AS category,
         sum(c.planned)::text AS planned, sum(c.planned_federal)::text AS "plannedFederal",
         sum(c.spent)::text AS spent, sum(c.spent_federal)::text AS "spentFederal"
    FROM cell c JOIN cost_category cc ON cc.id = c.cost_category_id
   GROUP BY c.year, cc.id, cc.name, cc.sort_order
   ORDER BY c.year, cc.sort_order, cc.name`;

const LINES_SQL = `${CELLS}
  SELECT c.year, m.code, m.title, cc.name AS category, ${MONEY_COLUMNS}
    FROM cell c JOIN measure m ON m.id = c.measure_id JOIN cost_category cc ON cc.id = c.cost_category_id
   ORDER BY c.year, m.code, cc.sort_order, cc.name`;

const toCells = (r: MoneyRow): MoneyCells => ({
  planned: BigInt(r.planned),
  plannedFederal: BigInt(r.plannedFederal),
  spent: BigInt(r.spent),
  spentFederal: BigInt(r.spentFederal),
});

function cellParams(projectId: string, phase: Phase, rate: number, period: ReportPeriod): unknown[] {
  const year = (d: IsoDate | null) => (d ? Number(d.slice(0, 4)) : null);
  return [projectId, phase, rate, year(period.from), year(period.to), period.from, period.to];
}

/** Zahlenmäßiger Nachweis: the numerical statement of one phase as an Excel workbook, streamed while it is written. */
@Injectable()
export class NumericalStatementService {
  private readonly logger = new Logger(NumericalStatementService.name);

  constructor(
    private readonly database: ReportDatabase,
    private readonly access: ExportAccessService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor, code: string, query: NumericalStatementQuery): Promise<Download> {
    const period = reportPeriod(query.from, query.to);
    const project = await this.access.project(actor, code, Permission.EXPORT_REPORTS);
    const phase = query.phase;

    // Everything that can fail does so before the first byte is sent, as a proper HTTP error.
    const connection = await this.database.open({ snapshot: true });
    let header: StatementHeader;
    let summary: SummaryLine[];
    let params: unknown[];
    try {
      const [rate] = await connection.query<{ rate: number }>(
        `SELECT r.rate FROM (${ratesSql('p.id = $1')}) r WHERE r.phase = $2`,
        [project.id, phase],
      );
      const [grant] = await connection.query<{ commitmentNumber: string; commitmentDate: IsoDate | null }>(
        `SELECT commitment_number AS "commitmentNumber", commitment_date AS "commitmentDate"
           FROM "grant" WHERE model_project_id = $1 AND phase = $2`,
        [project.id, phase],
      );
      header = { project, phase, period, rateBp: rate.rate, grant: grant ?? null, today: this.clock.today() };
      params = cellParams(project.id, phase, rate.rate, period);
      summary = (await connection.query<MoneyRow & { year: number; category: string }>(SUMMARY_SQL, params)).map(
        (r) => ({ year: r.year, category: r.category, ...toCells(r) }),
      );
    } catch (error) {
      await connection.close(error);
      throw error;
    }

    const out = new PassThrough();
    const lines = (async function* () {
      for await (const r of connection.rows<MoneyRow & Omit<StatementLine, keyof MoneyCells>>(LINES_SQL, params)) {
        yield { year: r.year, code: r.code, title: r.title, category: r.category, ...toCells(r) };
      }
    })();
    void writeStatementWorkbook(out, header, summary, lines).then(
      () => connection.close(),
      async (error: unknown) => {
        this.logger.warn(`Zahlenmäßiger Nachweis ${project.code} abgebrochen: ${String(error)}`);
        await connection.close(error);
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return {
      filename: `Zahlenmäßiger-Nachweis_${project.code}_Phase-${phase}${periodSuffix(period)}.xlsx`,
      contentType: CONTENT_TYPES.xlsx,
      stream: out,
    };
  }
}
