import { Injectable, Logger } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { Actor, IsoDate, Permission, Phase, sumCents } from '@masswerk/shared/domain';
import { Clock } from '@masswerk/api/core';
import { receiptFileNamesSql } from '@masswerk/api/documents';
import {
  AmountRow,
  calledOffCents,
  CallOffStatus,
  grantRemainingCents,
  ratesSql,
  SPENT_AMOUNTS_SQL,
} from '@masswerk/api/funding';
import type { NumericalStatementQuery } from '../dtos/export-query.dto';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService } from '../shared/export-access.service';
import { periodSuffix, reportPeriod, ReportPeriod } from '../shared/period';
import { ReportConnection } from '../shared/report-connection';
import { ReportDatabase } from '../shared/report-database';
import {
  MoneyCells,
  ReceiptLine,
  ReconciliationLine,
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

/**
 * The Belegliste: every expenditure of the phase in the period with its own federal share, in the order of the
 * receipts. Parameters: $1 project, $2 phase, $3 rate (basis points), $4/$5 first/last day of spending.
 */
const RECEIPTS_SQL = `
  SELECT to_char(e.spent_on, 'YYYY-MM-DD') AS "spentOn", e.document_reference AS "documentReference",
         e.description, cc.name AS category, m.code, m.title, ${receiptFileNamesSql('e.id')} AS documents,
         e.amount_cents::text AS amount, federal_share(e.amount_cents, $3::int)::text AS federal
    FROM expenditure e JOIN measure m ON m.id = e.measure_id JOIN cost_category cc ON cc.id = e.cost_category_id
   WHERE e.model_project_id = $1 AND m.phase = $2
     AND ($4::date IS NULL OR e.spent_on >= $4) AND ($5::date IS NULL OR e.spent_on <= $5)
   ORDER BY e.spent_on, m.code, e.document_reference, e.id`;

const PHASES = [Phase.A, Phase.B];

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
    let reconciliation: ReconciliationLine[];
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
      reconciliation = await this.reconciliation(connection, project.id, period);
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
    const receiptParams = [project.id, phase, header.rateBp, period.from, period.to];
    const receipts = async function* (): AsyncGenerator<ReceiptLine> {
      for await (const r of connection.rows<
        Omit<ReceiptLine, 'amount' | 'federal'> & { amount: string; federal: string }
      >(RECEIPTS_SQL, receiptParams)) {
        yield { ...r, amount: BigInt(r.amount), federal: BigInt(r.federal) };
      }
    };
    void writeStatementWorkbook(out, header, summary, reconciliation, lines, receipts).then(
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

  /**
   * Grant, call-offs and federal share of spending per phase, by the funding overview's own statement and rules:
   * spending limited to the period's days, call-offs counted whenever they were made (as the overview counts them).
   */
  private async reconciliation(
    connection: ReportConnection,
    projectId: string,
    period: ReportPeriod,
  ): Promise<ReconciliationLine[]> {
    // one after the other: a connection runs one statement at a time
    const spent = await connection.query<AmountRow>(SPENT_AMOUNTS_SQL, [[projectId], period.from, period.to]);
    const grants = await connection.query<{ phase: Phase; commitmentNumber: string; grant: string }>(
      `SELECT phase, commitment_number AS "commitmentNumber", grant_amount_cents::text AS "grant"
         FROM "grant" WHERE model_project_id = $1`,
      [projectId],
    );
    const callOffs = await connection.query<{ phase: Phase; status: CallOffStatus; amount: string }>(
      `SELECT g.phase, c.status, c.amount_cents::text AS amount
         FROM call_off c JOIN "grant" g ON g.id = c.grant_id WHERE c.model_project_id = $1`,
      [projectId],
    );
    return PHASES.map((phase) => {
      const grant = grants.find((g) => g.phase === phase);
      const spentFederal = sumCents(spent.filter((r) => r.phase === phase).map((r) => BigInt(r.federal)));
      const calledOff = calledOffCents(
        callOffs.filter((c) => c.phase === phase).map((c) => ({ status: c.status, amountCents: BigInt(c.amount) })),
      );
      const grantCents = grant ? BigInt(grant.grant) : null;
      return {
        phase,
        commitmentNumber: grant ? grant.commitmentNumber || '(ohne Nummer)' : null,
        grant: grantCents,
        calledOff,
        spentFederal,
        remaining: grantCents === null ? null : grantRemainingCents(grantCents, spentFederal),
      };
    });
  }
}
