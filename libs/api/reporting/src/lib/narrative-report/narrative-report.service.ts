import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import {
  Actor,
  computeProgress,
  explainHealth,
  Health,
  healthReasonDe,
  IsoDate,
  MeasureStatus,
  Permission,
  Phase,
  progressSourceDe,
  TrafficLight,
} from '@masswerk/shared/domain';
import { Clock, DomainError } from '@masswerk/api/core';
import { healthSql, milestonesPursuedSql, progressSql } from '@masswerk/api/measure';
import type { NarrativeReportQuery } from '../dtos/export-query.dto';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService, ExportProject } from '../shared/export-access.service';
import { periodSuffix, reportPeriod, ReportPeriod } from '../shared/period';
import { ReportDatabase } from '../shared/report-database';
import { renderReport } from '../pdf/report-pdf';
import { narrativeReportOptions, renderNarrativeReport } from './narrative-report.pdf';

export interface NarrativeMilestone {
  title: string;
  baselineDate: IsoDate;
  forecastDate: IsoDate | null;
  completedOn: IsoDate | null;
}

export interface NarrativeStatusReport {
  reportDate: IsoDate;
  trafficLight: TrafficLight;
  progress: number;
  achieved: string;
  nextSteps: string;
  risks: string;
}

/** An indicator with its latest value on or before the report's day. */
export interface NarrativeIndicator {
  name: string;
  unit: string;
  baselineValue: string | null;
  targetValue: string | null;
  targetDate: IsoDate | null;
  latestValue: string | null;
  latestOn: IsoDate | null;
}

export interface NarrativeGoal {
  code: string;
  title: string;
}

export interface NarrativeMeasure {
  id: string;
  code: string;
  title: string;
  summary: string;
  status: MeasureStatus;
  phase: Phase;
  fieldsOfAction: string[];
  leadUnit: string | null;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  progress: number;
  manualProgressReason: string | null;
  /** Where the progress comes from, in German ("laut Statusbericht vom 10.11.2026"). */
  progressSource: string;
  health: Health;
  manualHealthReason: string | null;
  /** The computed health and why ("weil das geplante Ende seit 81 Tagen überschritten ist"). */
  computedHealth: Health;
  healthReason: string;
  reached: NarrativeMilestone[];
  late: NarrativeMilestone[];
  reports: NarrativeStatusReport[];
  /** The goals of the strategy the measure serves. */
  goals: NarrativeGoal[];
  indicators: NarrativeIndicator[];
  /** The whole cost plan and the spending up to the report's day, in cents (decimal strings: JSON has no bigint). */
  plannedCents: string;
  spentCents: string;
  /** Why spending departs from the plan, as the editors recorded it ('' when they did not). */
  budgetDeviationReason: string;
  /** File names of the documents attached to the measure and its status reports (receipts are in the Belegliste). */
  documents: string[];
}

/** The maintained columns the rules read, to say where the figures come from. */
interface RuleInputs {
  manualProgress: number | null;
  milestoneProgress: number | null;
  lastReportProgress: number | null;
  lastReportOn: IsoDate | null;
  lastMilestoneCompletedOn: IsoDate | null;
  earliestOpenMilestoneDue: IsoDate | null;
}

export interface NarrativeReport {
  project: ExportProject;
  phases: Phase[];
  period: ReportPeriod;
  today: IsoDate;
  grants: { phase: Phase; commitmentNumber: string; commitmentDate: IsoDate | null }[];
  measures: NarrativeMeasure[];
}

/** Status reports per measure in the narrative: the latest three of the period. */
const REPORTS_PER_MEASURE = 3;

/**
 * The report is laid out in memory (twice, for the page numbers of the contents): about 0.1 MB and 10 ms per measure.
 * Beyond this many measures a Sachbericht is no longer a document anyone reads, and one request would hold hundreds of
 * megabytes; the measure export (CSV/JSON) serves such volumes.
 */
export const NARRATIVE_REPORT_MAX_MEASURES = 2000;

/**
 * Sachbericht: the narrative part of the proof of use, one section per measure. Read in four set-based statements
 * (measures, milestones, status reports, grants), whatever the number of measures; then rendered as a tagged PDF.
 */
@Injectable()
export class NarrativeReportService {
  private readonly logger = new Logger(NarrativeReportService.name);

  constructor(
    private readonly database: ReportDatabase,
    private readonly access: ExportAccessService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor, code: string, query: NarrativeReportQuery): Promise<Download> {
    const period = reportPeriod(query.from, query.to);
    const project = await this.access.project(actor, code, Permission.EXPORT_REPORTS);
    const report = await this.load(project, query.phase ?? null, period);
    const stream = await this.render(report);
    return {
      filename: `Sachbericht_${project.code}${query.phase ? `_Phase-${query.phase}` : ''}${periodSuffix(period)}.pdf`,
      contentType: CONTENT_TYPES.pdf,
      stream,
    };
  }

  /** Renders a report model (read now, or frozen by a reporting round) as a tagged PDF. */
  render(report: NarrativeReport, createdAt?: Date): Promise<Readable> {
    if (report.measures.length > NARRATIVE_REPORT_MAX_MEASURES) throw tooManyMeasures(report.measures.length);
    return renderReport(
      { ...narrativeReportOptions(report), createdAt },
      (pdf, layout) => renderNarrativeReport(pdf, report, layout),
      (error) => this.logger.warn(`Sachbericht ${report.project.code} abgebrochen: ${String(error)}`),
    );
  }

  private async load(project: ExportProject, phase: Phase | null, period: ReportPeriod): Promise<NarrativeReport> {
    const today = this.clock.today();
    const connection = await this.database.open({ snapshot: true });
    try {
      const [{ count }] = await connection.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM measure WHERE model_project_id = $1 AND ($2::text IS NULL OR phase = $2)`,
        [project.id, phase],
      );
      if (count > NARRATIVE_REPORT_MAX_MEASURES) throw tooManyMeasures(count);
      const measures = await narrativeMeasures(connection, {
        projectId: project.id,
        phase,
        measureIds: null,
        today,
        period,
      });
      const grants = await narrativeGrants(connection, project.id, phase);
      await connection.close();
      return { project, phases: phase ? [phase] : [Phase.A, Phase.B], period, today, grants, measures };
    } catch (error) {
      await connection.close(error);
      throw error;
    }
  }
}

function tooManyMeasures(count: number): DomainError {
  return DomainError.badInput(
    'phase',
    `Der Sachbericht umfasst höchstens ${NARRATIVE_REPORT_MAX_MEASURES.toLocaleString('de-DE')} Maßnahmen, ` +
      `gewählt sind ${count.toLocaleString('de-DE')}. Bitte mit „phase“ auf eine Phase eingrenzen oder die ` +
      `Maßnahmen als CSV exportieren.`,
  );
}

/** Which measures a narrative covers: a project (or one phase of it), or the given measures of it. */
export interface NarrativeScope {
  projectId: string;
  phase: Phase | null;
  measureIds: readonly string[] | null;
  today: IsoDate;
  period: ReportPeriod;
}

/** Anything that runs SQL: a report connection, or a TypeORM entity manager inside a transaction. */
export interface SqlRunner {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export async function narrativeGrants(
  db: SqlRunner,
  projectId: string,
  phase: Phase | null,
): Promise<NarrativeReport['grants']> {
  return db.query<NarrativeReport['grants'][number]>(
    `SELECT phase, commitment_number AS "commitmentNumber", commitment_date::text AS "commitmentDate"
       FROM "grant" WHERE model_project_id = $1 AND ($2::text IS NULL OR phase = $2) ORDER BY phase`,
    [projectId, phase],
  );
}

/**
 * The measures of a narrative with their milestones, status reports, goals, indicators and documents, read in six set-based
 * statements whatever their number, and the figures explained by the same rules as the dashboard.
 */
export async function narrativeMeasures(db: SqlRunner, scope: NarrativeScope): Promise<NarrativeMeasure[]> {
  const { projectId, phase, today, period } = scope;
  const ids = scope.measureIds ? [...scope.measureIds] : null;
  const measures = await db.query<
    Omit<
      NarrativeMeasure,
      | 'reached'
      | 'late'
      | 'reports'
      | 'progressSource'
      | 'computedHealth'
      | 'healthReason'
      | 'goals'
      | 'indicators'
      | 'documents'
    > &
      RuleInputs
  >(
    `SELECT m.id, m.code, m.title, m.summary, m.status, m.phase,
            coalesce((SELECT array_agg(f.name ORDER BY f.sort_order, f.name)
                        FROM measure_field_of_action mf JOIN field_of_action f ON f.id = mf.field_of_action_id
                       WHERE mf.measure_id = m.id), '{}') AS "fieldsOfAction",
            lu.name AS "leadUnit",
            m.planned_start::text AS "plannedStart", m.planned_end::text AS "plannedEnd",
            m.actual_start::text AS "actualStart", m.actual_end::text AS "actualEnd",
            ${progressSql('m')} AS progress,
            CASE WHEN m.manual_progress IS NOT NULL THEN m.manual_progress_reason END AS "manualProgressReason",
            ${healthSql('m', '$2::date')} AS health,
            CASE WHEN m.manual_health IS NOT NULL THEN m.manual_health_reason END AS "manualHealthReason",
            m.manual_progress AS "manualProgress", m.milestone_progress AS "milestoneProgress",
            m.last_report_progress AS "lastReportProgress", m.last_report_on::text AS "lastReportOn",
            m.last_milestone_completed_on::text AS "lastMilestoneCompletedOn",
            m.earliest_open_milestone_due::text AS "earliestOpenMilestoneDue",
            m.budget_deviation_reason AS "budgetDeviationReason",
            (SELECT coalesce(sum(c.planned_cents), 0) FROM cost_plan_entry c WHERE c.measure_id = m.id)::text
              AS "plannedCents",
            (SELECT coalesce(sum(e.amount_cents), 0) FROM expenditure e
              WHERE e.measure_id = m.id AND e.spent_on <= $2::date)::text AS "spentCents"
       FROM measure m LEFT JOIN territorial_unit lu ON lu.id = m.lead_unit_id
      WHERE m.model_project_id = $1 AND ($3::text IS NULL OR m.phase = $3) AND ($4::uuid[] IS NULL OR m.id = ANY($4))
      ORDER BY m.code`,
    [projectId, today, phase, ids],
  );
  const milestones = await db.query<NarrativeMilestone & { measureId: string }>(
    `SELECT ms.measure_id AS "measureId", ms.title, ms.baseline_date::text AS "baselineDate",
            ms.forecast_date::text AS "forecastDate", ms.completed_on::text AS "completedOn"
       FROM milestone ms JOIN measure m ON m.id = ms.measure_id
      WHERE ms.model_project_id = $1 AND ($3::text IS NULL OR m.phase = $3) AND ($6::uuid[] IS NULL OR m.id = ANY($6))
        AND ((ms.completed_on IS NOT NULL AND ms.completed_on <= $2::date
              AND ($4::date IS NULL OR ms.completed_on >= $4) AND ($5::date IS NULL OR ms.completed_on <= $5))
          OR (ms.completed_on IS NULL AND ${milestonesPursuedSql('m')}
              AND coalesce(ms.forecast_date, ms.baseline_date) < $2::date))
      ORDER BY coalesce(ms.completed_on, ms.forecast_date, ms.baseline_date), ms.sort_order, ms.title`,
    [projectId, today, phase, period.from, period.to, ids],
  );
  const reports = await db.query<NarrativeStatusReport & { measureId: string }>(
    `SELECT "measureId", "reportDate", "trafficLight", progress, achieved, "nextSteps", risks FROM (
       SELECT r.measure_id AS "measureId", r.report_date::text AS "reportDate", r.traffic_light AS "trafficLight",
              r.progress, r.achieved, r.next_steps AS "nextSteps", r.risks,
              row_number() OVER (PARTITION BY r.measure_id ORDER BY r.report_date DESC, r.created_at DESC) AS n
         FROM status_report r JOIN measure m ON m.id = r.measure_id
        WHERE r.model_project_id = $1 AND ($2::text IS NULL OR m.phase = $2) AND ($5::uuid[] IS NULL OR m.id = ANY($5))
          AND ($3::date IS NULL OR r.report_date >= $3) AND ($4::date IS NULL OR r.report_date <= $4)) latest
      WHERE n <= ${REPORTS_PER_MEASURE}
      ORDER BY "reportDate" DESC`,
    [projectId, phase, period.from, period.to, ids],
  );

  const goals = await db.query<NarrativeGoal & { measureId: string }>(
    `SELECT mg.measure_id AS "measureId", g.code, g.title
       FROM measure_goal mg JOIN goal g ON g.id = mg.goal_id JOIN measure m ON m.id = mg.measure_id
      WHERE m.model_project_id = $1 AND ($2::text IS NULL OR m.phase = $2) AND ($3::uuid[] IS NULL OR m.id = ANY($3))
      ORDER BY g.sort_order, g.code`,
    [projectId, phase, ids],
  );
  const indicators = await db.query<NarrativeIndicator & { measureId: string }>(
    `SELECT i.measure_id AS "measureId", i.name, i.unit, i.baseline_value::text AS "baselineValue",
            i.target_value::text AS "targetValue", i.target_date::text AS "targetDate",
            latest.value::text AS "latestValue", latest.measured_on::text AS "latestOn"
       FROM indicator i JOIN measure m ON m.id = i.measure_id
       LEFT JOIN LATERAL (SELECT v.value, v.measured_on FROM indicator_value v
                           WHERE v.indicator_id = i.id AND v.measured_on <= $2::date
                           ORDER BY v.measured_on DESC LIMIT 1) latest ON true
      WHERE i.model_project_id = $1 AND ($3::text IS NULL OR m.phase = $3) AND ($4::uuid[] IS NULL OR m.id = ANY($4))
      ORDER BY i.sort_order, i.name`,
    [projectId, today, phase, ids],
  );
  const documents = await db.query<{ measureId: string; fileName: string }>(
    `SELECT d.measure_id AS "measureId", d.file_name AS "fileName"
       FROM document d JOIN measure m ON m.id = d.measure_id
      WHERE d.model_project_id = $1 AND d.owner_type IN ('MEASURE', 'STATUS_REPORT')
        AND ($2::text IS NULL OR m.phase = $2) AND ($3::uuid[] IS NULL OR m.id = ANY($3))
      ORDER BY d.uploaded_at, d.file_name`,
    [projectId, phase, ids],
  );

  const byMeasure = <T extends { measureId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const { measureId, ...row } of rows) map.set(measureId, [...(map.get(measureId) ?? []), row as T]);
    return map;
  };
  const milestonesOf = byMeasure(milestones);
  const reportsOf = byMeasure(reports);
  const goalsOf = byMeasure(goals);
  const indicatorsOf = byMeasure(indicators);
  const documentsOf = byMeasure(documents);
  return measures.map(
    ({
      manualProgress,
      milestoneProgress,
      lastReportProgress,
      lastReportOn,
      lastMilestoneCompletedOn,
      earliestOpenMilestoneDue,
      ...m
    }) => {
      const own = milestonesOf.get(m.id) ?? [];
      const late = own.filter((ms) => !ms.completedOn);
      // the same rules as the figures above (SQL), here with their reasons
      const progress = computeProgress({
        status: m.status,
        manualProgress,
        milestoneProgress,
        latestReportProgress: lastReportProgress,
        latestReportOn: lastReportOn,
        lastMilestoneCompletedOn,
      });
      const why = explainHealth({
        status: m.status,
        plannedStart: m.plannedStart,
        plannedEnd: m.plannedEnd,
        progress: progress.value,
        earliestOpenMilestoneDue,
        today,
      });
      const overdue = late.find((ms) => (ms.forecastDate ?? ms.baselineDate) === why.overdueMilestoneDue);
      return {
        ...m,
        progress: Number(m.progress),
        progressSource: progressSourceDe(progress.source, lastReportOn),
        computedHealth: why.health,
        healthReason: healthReasonDe(why, overdue?.title ?? null),
        reached: own.filter((ms) => ms.completedOn),
        late,
        reports: reportsOf.get(m.id) ?? [],
        goals: goalsOf.get(m.id) ?? [],
        indicators: indicatorsOf.get(m.id) ?? [],
        documents: (documentsOf.get(m.id) ?? []).map((d) => d.fileName),
      };
    },
  );
}
