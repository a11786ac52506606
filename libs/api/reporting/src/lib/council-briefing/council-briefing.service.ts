import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  Cents,
  daysBetween,
  Health,
  IsoDate,
  MeasureStatus,
  Permission,
  Phase,
  TrafficLight,
} from '@masswerk/shared/domain';
import { Clock, LoaderRegistry } from '@masswerk/api/core';
import { FundingOverviewService } from '@masswerk/api/funding';
import { healthSql, MeasureFilter, milestonesPursuedSql } from '@masswerk/api/measure';
import { emptySummary, PortfolioSummary, RollupService, SummaryDimension } from '@masswerk/api/rollup';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService, ExportProject } from '../shared/export-access.service';
import { renderReport } from '../pdf/report-pdf';
import { narrativeMeasures } from '../narrative-report/narrative-report.service';
import { councilBriefingOptions, renderCouncilBriefing } from './council-briefing.pdf';

export interface LateMilestone {
  code: string;
  measureTitle: string;
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  daysOverdue: number;
}

/** A measure the council should hear about: critical (health off track) or late, with why and its risks. */
export interface AttentionMeasure {
  code: string;
  title: string;
  health: Health;
  /** Why the health is what it is, in German ("weil das geplante Ende seit 81 Tagen überschritten ist"). */
  healthReason: string;
  /** The reason the office gave when it set the health by hand. */
  manualHealthReason: string | null;
  /** Open milestones past their due date, the oldest first. */
  lateMilestones: { title: string; due: IsoDate; daysOverdue: number }[];
  /** Days past the planned end of an unfinished measure; null when not past it. */
  daysPastPlannedEnd: number | null;
  /** The latest status report, for its traffic light and risks. */
  latestReport: { reportDate: IsoDate; trafficLight: TrafficLight; risks: string } | null;
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
  /** Critical and late measures, the most pressing first (absent from briefings frozen before it existed). */
  attention?: AttentionMeasure[];
  attentionCount?: number;
  money: PhaseMoney[];
}

/** The briefing lists the most overdue milestones; the rest are counted. */
const LATE_MILESTONES_SHOWN = 15;
/** Likewise the critical and late measures. */
const ATTENTION_SHOWN = 12;

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
    const [summary, breakdown, fields, late, funding, attention] = await Promise.all([
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
      this.attention(project.id, today),
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
      attention: attention.measures,
      attentionCount: attention.count,
      money: funding.phases.map((p) => ({
        phase: p.phase,
        grantAmount: p.grant?.grantAmount ?? null,
        planned: p.planned.total,
        spent: p.actual.total,
        calledOff: p.calledOff,
      })),
    };
  }

  /**
   * The critical measures (health off track, computed or set by hand) and the late ones (an open milestone overdue, or
   * the planned end passed, while the measure is pursued), critical first, then by how long they are late. Their
   * reasons and latest reports come from the narrative's reading, so that the briefing and the Sachbericht agree.
   */
  private async attention(projectId: string, today: IsoDate): Promise<{ measures: AttentionMeasure[]; count: number }> {
    const late = `(${milestonesPursuedSql('m')} AND (m.earliest_open_milestone_due < $2::date
                     OR (m.planned_end < $2::date AND m.actual_end IS NULL)))`;
    const picked: { id: string; total: string }[] = await this.dataSource.query(
      `SELECT id, count(*) OVER () AS total FROM (
         SELECT m.id, m.code, ${healthSql('m', '$2::date')} = 'OFF_TRACK' AS critical,
                least(m.earliest_open_milestone_due, m.planned_end) AS since, ${late} AS late
           FROM measure m WHERE m.model_project_id = $1) x
        WHERE critical OR late
        ORDER BY critical DESC, since NULLS LAST, code
        LIMIT ${ATTENTION_SHOWN}`,
      [projectId, today],
    );
    if (!picked.length) return { measures: [], count: 0 };
    const measures = await narrativeMeasures(this.dataSource, {
      projectId,
      phase: null,
      measureIds: picked.map((p) => p.id),
      today,
      period: { from: null, to: null },
    });
    const order = new Map(picked.map((p, i) => [p.id, i]));
    return {
      count: Number(picked[0].total),
      measures: measures
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .map((m) => {
          const pursued = m.status === MeasureStatus.PLANNING || m.status === MeasureStatus.IN_PROGRESS;
          const pastEnd = pursued && !m.actualEnd && m.plannedEnd && m.plannedEnd < today;
          const report = m.reports[0];
          return {
            code: m.code,
            title: m.title,
            health: m.health,
            healthReason: m.healthReason,
            manualHealthReason: m.manualHealthReason,
            lateMilestones: m.late.map((ms) => {
              const due = ms.forecastDate ?? ms.baselineDate;
              return { title: ms.title, due, daysOverdue: daysBetween(due, today) };
            }),
            daysPastPlannedEnd: pastEnd ? daysBetween(m.plannedEnd as IsoDate, today) : null,
            latestReport: report
              ? { reportDate: report.reportDate, trafficLight: report.trafficLight, risks: report.risks }
              : null,
          };
        }),
    };
  }
}
