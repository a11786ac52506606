import { computeFreshness, computeProgress, explainHealth, IsoDate, ProgressSource } from '@masswerk/shared/domain';
import { MeasureEntity } from './measure.entity';
import { Measure, MeasureFreshness, MeasureHealth, MeasureProgress } from './dtos/measure.dto';

/** What the computed fields are computed from. */
type MeasureRuleInputs = Pick<Measure, 'id' | 'status' | 'plannedStart' | 'plannedEnd' | 'rules'>;

/**
 * A measure for GraphQL. Progress, health and freshness are computed from the row here: plain fields instead of field
 * resolvers, so a list of 50 measures does not run Nest's resolver pipeline 150 more times.
 */
export function toMeasure(e: MeasureEntity, today: IsoDate): Measure {
  const measure: Omit<Measure, 'progress' | 'health' | 'freshness'> = {
    id: e.id,
    code: e.code,
    title: e.title,
    summary: e.summary,
    description: e.description,
    responsibleUnit: e.responsibleUnit,
    contactName: e.contactName,
    contactEmail: e.contactEmail,
    partners: e.partners,
    priority: e.priority,
    flagship: e.flagship,
    phase: e.phase,
    strategyWork: e.strategyWork,
    plannedStart: e.plannedStart,
    plannedEnd: e.plannedEnd,
    actualStart: e.actualStart,
    actualEnd: e.actualEnd,
    status: e.status,
    openSource: { repositoryUrl: e.ossRepositoryUrl, licence: e.ossLicence, documentationUrl: e.ossDocumentationUrl },
    transferability: { level: e.transferability, notes: e.transferabilityNotes },
    continuationPlan: e.continuationPlan,
    budgetDeviationReason: e.budgetDeviationReason,
    tags: e.tags,
    published: e.published,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
    modelProjectId: e.modelProjectId,
    leadUnitId: e.leadUnitId,
    rules: {
      manualProgress: e.manualProgress,
      manualProgressReason: e.manualProgressReason,
      manualHealth: e.manualHealth,
      manualHealthReason: e.manualHealthReason,
      milestoneProgress: e.milestoneProgress,
      milestoneCount: e.milestoneCount,
      earliestOpenMilestoneDue: e.earliestOpenMilestoneDue,
      lastMilestoneCompletedOn: e.lastMilestoneCompletedOn,
      lastReportOn: e.lastReportOn,
      lastReportProgress: e.lastReportProgress,
    },
  };
  return Object.assign(measure, {
    progress: progressOf(measure),
    health: healthOf(measure, today),
    freshness: freshnessOf(measure, today),
  });
}

export function progressOf(m: MeasureRuleInputs): MeasureProgress {
  const p = computeProgress({
    status: m.status,
    manualProgress: m.rules.manualProgress,
    milestoneProgress: m.rules.milestoneProgress,
    latestReportProgress: m.rules.lastReportProgress,
    latestReportOn: m.rules.lastReportOn,
    lastMilestoneCompletedOn: m.rules.lastMilestoneCompletedOn,
  });
  return {
    value: p.value,
    source: p.source,
    manualReason: m.rules.manualProgress !== null ? m.rules.manualProgressReason : null,
    reportedOn: p.source === ProgressSource.STATUS_REPORT ? m.rules.lastReportOn : null,
    milestones: m.rules.milestoneProgress,
  };
}

export function healthOf(m: MeasureRuleInputs, today: IsoDate): MeasureHealth {
  const why = explainHealth({
    status: m.status,
    plannedStart: m.plannedStart,
    plannedEnd: m.plannedEnd,
    progress: progressOf(m).value,
    earliestOpenMilestoneDue: m.rules.earliestOpenMilestoneDue,
    today,
  });
  return {
    value: m.rules.manualHealth ?? why.health,
    computed: why.health,
    overridden: m.rules.manualHealth !== null,
    overrideReason: m.rules.manualHealth !== null ? m.rules.manualHealthReason : null,
    expectedProgress: why.expectedProgress,
    reason: {
      rule: why.rule,
      expectedProgress: why.expectedProgress,
      progress: why.progress,
      lag: why.lag,
      plannedEnd: m.plannedEnd,
      daysPastPlannedEnd: why.daysPastPlannedEnd,
      overdueMilestoneDue: why.overdueMilestoneDue,
      overdueMilestoneDays: why.overdueMilestoneDays,
      measureId: m.id,
    },
  };
}

export function freshnessOf(m: MeasureRuleInputs, today: IsoDate): MeasureFreshness {
  const f = computeFreshness(m.rules.lastReportOn, today);
  return { value: f.freshness, daysSinceLastReport: f.daysSinceLastReport, lastReportOn: m.rules.lastReportOn };
}
