import { computeFreshness, computeHealth, computeProgress, expectedProgress, IsoDate } from '@masswerk/shared/domain';
import { MeasureEntity } from './measure.entity';
import { Measure, MeasureFreshness, MeasureHealth, MeasureProgress } from './dtos/measure.dto';

/** What the computed fields are computed from. */
type MeasureRuleInputs = Pick<Measure, 'status' | 'plannedStart' | 'plannedEnd' | 'rules'>;

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
  });
  return {
    value: p.value,
    source: p.source,
    manualReason: m.rules.manualProgress !== null ? m.rules.manualProgressReason : null,
  };
}

export function healthOf(m: MeasureRuleInputs, today: IsoDate): MeasureHealth {
  const computed = computeHealth({
    status: m.status,
    plannedStart: m.plannedStart,
    plannedEnd: m.plannedEnd,
    progress: progressOf(m).value,
    earliestOpenMilestoneDue: m.rules.earliestOpenMilestoneDue,
    today,
  });
  return {
    value: m.rules.manualHealth ?? computed,
    computed,
    overridden: m.rules.manualHealth !== null,
    overrideReason: m.rules.manualHealth !== null ? m.rules.manualHealthReason : null,
    expectedProgress:
      m.plannedStart && m.plannedEnd && m.plannedEnd >= m.plannedStart
        ? expectedProgress(m.plannedStart, m.plannedEnd, today)
        : null,
  };
}

export function freshnessOf(m: MeasureRuleInputs, today: IsoDate): MeasureFreshness {
  const f = computeFreshness(m.rules.lastReportOn, today);
  return { value: f.freshness, daysSinceLastReport: f.daysSinceLastReport, lastReportOn: m.rules.lastReportOn };
}
