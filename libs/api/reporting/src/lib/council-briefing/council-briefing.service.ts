import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Cents, IsoDate, Permission, Phase } from '@masswerk/shared/domain';
import { Clock, LoaderRegistry } from '@masswerk/api/core';
import { FundingOverviewService } from '@masswerk/api/funding';
import { MeasureFilter, milestonesPursuedSql } from '@masswerk/api/measure';
import { emptySummary, PortfolioSummary, RollupService, SummaryDimension } from '@masswerk/api/rollup';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService, ExportProject } from '../shared/export-access.service';
import { renderReport } from '../pdf/report-pdf';
import { councilBriefingOptions, renderCouncilBriefing } from './council-briefing.pdf';

export interface LateMilestone {
  code: string;
  measureTitle: string;
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  daysOverdue: number;
}

export interface PhaseMoney {
  phase: Phase;
  grantAmount: Cents | null;
  planned: Cents;
  spent: Cents;
  calledOff: Cents;
}

export interface CouncilBriefing {
  project: ExportProject;
  today: IsoDate;
  summary: PortfolioSummary;
  fields: { name: string; summary: PortfolioSummary }[];
  lateMilestones: LateMilestone[];
  lateMilestoneCount: number;
  money: PhaseMoney[];
}

/** The briefing lists the most overdue milestones; the rest are counted. */
const LATE_MILESTONES_SHOWN = 15;

/**
 * Kreistags-Briefing: one model project on a few pages for the county council. The figures come from the same
 * services as the dashboard (RollupService for the portfolio, FundingOverviewService for the money), so the paper and
 * the screen never disagree.
 */
@Injectable()
export class CouncilBriefingService {
  private readonly logger = new Logger(CouncilBriefingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExportAccessService,
    private readonly rollups: RollupService,
    private readonly funding: FundingOverviewService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor, code: string): Promise<Download> {
    const project = await this.access.project(actor, code, Permission.EXPORT_REPORTS);
    const briefing = await this.read(actor, project);
    const stream = await this.render(briefing);
    return {
      filename: `Kreistags-Briefing_${project.code}_${briefing.today}.pdf`,
      contentType: CONTENT_TYPES.pdf,
      stream,
    };
  }

  /** Renders a briefing (read now, or frozen by a reporting round) as a tagged PDF. */
  render(briefing: CouncilBriefing, createdAt?: Date): Promise<Readable> {
    return renderReport(
      { ...councilBriefingOptions(briefing), createdAt },
      (pdf) => renderCouncilBriefing(pdf, briefing),
      (error) => this.logger.warn(`Kreistags-Briefing ${briefing.project.code} abgebrochen: ${String(error)}`),
    );
  }

  /** The briefing of the project as the actor sees it today. */
  async read(actor: Actor, project: ExportProject): Promise<CouncilBriefing> {
    const today = this.clock.today();
    const filter = { modelProjectIds: [project.id] } as MeasureFilter;
    const [summary, breakdown, fields, late, funding] = await Promise.all([
      this.rollups.summary(actor, filter),
      this.rollups.breakdown(actor, filter, SummaryDimension.FIELD_OF_ACTION),
      this.dataSource.query(
        `SELECT id, name FROM field_of_action WHERE model_project_id = $1 ORDER BY sort_order, name`,
        [project.id],
      ) as Promise<{ id: string; name: string }[]>,
      this.dataSource.query(
        `SELECT m.code, m.title AS "measureTitle", ms.title, ms.baseline_date AS "baselineDate",
                ms.forecast_date AS "forecastDate",
                ($2::date - coalesce(ms.forecast_date, ms.baseline_date)) AS "daysOverdue",
                count(*) OVER () AS total
           FROM milestone ms JOIN measure m ON m.id = ms.measure_id
          WHERE ms.model_project_id = $1 AND ms.completed_on IS NULL AND ${milestonesPursuedSql('m')}
            AND coalesce(ms.forecast_date, ms.baseline_date) < $2::date
          ORDER BY coalesce(ms.forecast_date, ms.baseline_date), m.code, ms.title
          LIMIT ${LATE_MILESTONES_SHOWN}`,
        [project.id, today],
      ) as Promise<(LateMilestone & { total: string })[]>,
      this.funding.projectFundingLoader(new LoaderRegistry(), {}).load(project.id),
    ]);
    const byField = new Map(breakdown.map((b) => [b.key, b.summary]));
    return {
      project,
      today,
      summary,
      fields: fields.map((f) => ({ name: f.name, summary: byField.get(f.id) ?? emptySummary() })),
      lateMilestones: late.map((m) => ({
        code: m.code,
        measureTitle: m.measureTitle,
        title: m.title,
        baselineDate: m.baselineDate,
        forecastDate: m.forecastDate,
        daysOverdue: Number(m.daysOverdue),
      })),
      lateMilestoneCount: late.length ? Number(late[0].total) : 0,
      money: funding.phases.map((p) => ({
        phase: p.phase,
        grantAmount: p.grant?.grantAmount ?? null,
        planned: p.planned.total,
        spent: p.actual.total,
        calledOff: p.calledOff,
      })),
    };
  }
}
