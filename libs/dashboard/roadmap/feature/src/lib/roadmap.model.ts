import { Params } from '@angular/router';
import { ACTIVE_STATUSES, addDays, isStatusIn, IsoDate, maxDate, UNFINISHED_STATUSES } from '@masswerk/shared/domain';
import type { Health, MeasureStatus } from '@masswerk/dashboard/shared/data-access';
import type { PhaseSchedule, RoadmapField, RoadmapMeasure, RoadmapMilestone } from './roadmap.api';
import { Span, spanOf, TimeScale, xOf } from './roadmap.timeline';

export type RoadmapSort = 'start' | 'code' | 'slippage';

/** What the viewer filters and how rows are ordered; it lives in the URL so a view can be shared and printed. */
export interface RoadmapView {
  fieldOfActionId: string | null;
  statuses: MeasureStatus[];
  health: Health[];
  lateOnly: boolean;
  grouped: boolean;
  sort: RoadmapSort;
}

export const DEFAULT_VIEW: RoadmapView = {
  fieldOfActionId: null,
  statuses: [],
  health: [],
  lateOnly: false,
  grouped: true,
  sort: 'start',
};

const SORT_PARAM: Record<RoadmapSort, string> = { start: 'beginn', code: 'kennung', slippage: 'verschiebung' };
const list = (value: unknown): string[] => (typeof value === 'string' && value ? value.split(',') : []);

/** German, short query parameter names, as on the measure list (handlungsfeld, status, bewertung). */
export function viewFromParams(params: Params): RoadmapView {
  const sort = (Object.keys(SORT_PARAM) as RoadmapSort[]).find((s) => SORT_PARAM[s] === params['sortierung']);
  return {
    fieldOfActionId: params['handlungsfeld'] || null,
    statuses: list(params['status']) as MeasureStatus[],
    health: list(params['bewertung']) as Health[],
    lateOnly: params['verzug'] === 'ja',
    grouped: params['gruppierung'] !== 'keine',
    sort: sort ?? DEFAULT_VIEW.sort,
  };
}

/** Defaults stay out of the URL (null removes a parameter when navigating). */
export function viewToParams(view: RoadmapView): Params {
  return {
    handlungsfeld: view.fieldOfActionId,
    status: view.statuses.join(',') || null,
    bewertung: view.health.join(',') || null,
    verzug: view.lateOnly ? 'ja' : null,
    gruppierung: view.grouped ? null : 'keine',
    sortierung: view.sort === DEFAULT_VIEW.sort ? null : SORT_PARAM[view.sort],
  };
}

/**
 * The day the server counts with. The API computes milestone states and freshness with its own "today" (fixed in
 * demonstrations and tests), which may differ from the browser's clock; a report's age in days gives it away. Null
 * when no measure has a report older than today.
 */
export function serverToday(measures: readonly RoadmapMeasure[]): IsoDate | null {
  for (const m of measures) {
    const { lastReportOn, daysSinceLastReport } = m.freshness;
    // The API clamps the age of reports dated in the future to 0, so only a positive age is exact.
    if (lastReportOn && daysSinceLastReport) return addDays(lastReportOn, daysSinceLastReport);
  }
  return null;
}

/** Largest slippage of the measure's milestones in days (0 when none slipped). */
export function maxSlippage(measure: RoadmapMeasure): number {
  return Math.max(0, ...measure.milestones.map((m) => m.slippageDays));
}

/** When a running measure is expected to end: its plan, or later when open milestones are forecast later. */
export function forecastEnd(measure: RoadmapMeasure): IsoDate | null {
  const open = measure.milestones.filter((m) => !m.completedOn).map((m) => m.forecastDate ?? m.baselineDate);
  return maxDate(measure.plannedEnd, ...open);
}

/**
 * Late, as a council reads it: a milestone overdue or forecast after its baseline, or an unfinished measure past its
 * planned end. Milestones that were late but are done no longer count.
 */
export function isLate(measure: RoadmapMeasure, today: IsoDate): boolean {
  // a stopped or finished measure's open milestones are no longer pursued: they make nothing late (docs/rules.md)
  if (
    isStatusIn(ACTIVE_STATUSES, measure.status) &&
    measure.milestones.some((m) => m.state === 'OVERDUE' || (!m.completedOn && m.slippageDays > 0))
  )
    return true;
  return (
    isStatusIn(UNFINISHED_STATUSES, measure.status) &&
    !measure.actualEnd &&
    !!measure.plannedEnd &&
    measure.plannedEnd < today
  );
}

export function filterMeasures(
  measures: readonly RoadmapMeasure[],
  view: RoadmapView,
  today: IsoDate,
): RoadmapMeasure[] {
  return measures.filter(
    (m) =>
      (!view.fieldOfActionId || m.fieldsOfAction.some((f) => f.id === view.fieldOfActionId)) &&
      (!view.statuses.length || view.statuses.includes(m.status)) &&
      (!view.health.length || view.health.includes(m.health.value)) &&
      (!view.lateOnly || isLate(m, today)),
  );
}

const byCode = (a: RoadmapMeasure, b: RoadmapMeasure) =>
  a.code.localeCompare(b.code, 'de', { numeric: true, sensitivity: 'base' });

const COMPARE: Record<RoadmapSort, (a: RoadmapMeasure, b: RoadmapMeasure) => number> = {
  // Measures without a planned start go last.
  start: (a, b) => (a.plannedStart ?? '9999').localeCompare(b.plannedStart ?? '9999') || byCode(a, b),
  code: byCode,
  slippage: (a, b) => maxSlippage(b) - maxSlippage(a) || byCode(a, b),
};

export function sortMeasures(measures: readonly RoadmapMeasure[], sort: RoadmapSort): RoadmapMeasure[] {
  return [...measures].sort(COMPARE[sort]);
}

export interface MeasureGroup {
  /** Null for the ungrouped list and for measures without a field of action. */
  field: RoadmapField | null;
  measures: RoadmapMeasure[];
}

/**
 * Rows grouped by field of action, in the strategy's order. A measure serving several fields appears once: under
 * the field filtered for, else under its first field.
 */
export function groupMeasures(
  measures: readonly RoadmapMeasure[],
  fields: readonly RoadmapField[],
  view: RoadmapView,
): MeasureGroup[] {
  const sorted = sortMeasures(measures, view.sort);
  if (!view.grouped) return sorted.length ? [{ field: null, measures: sorted }] : [];
  const ordered = [...fields].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const rank = new Map(ordered.map((f, i) => [f.id, i]));
  const home = (m: RoadmapMeasure): string | null => {
    if (view.fieldOfActionId && m.fieldsOfAction.some((f) => f.id === view.fieldOfActionId))
      return view.fieldOfActionId;
    const known = m.fieldsOfAction.filter((f) => rank.has(f.id));
    known.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    return known[0]?.id ?? null;
  };
  const groups: MeasureGroup[] = [...ordered, null].map((field) => ({ field, measures: [] }));
  for (const m of sorted) {
    const id = home(m);
    groups[id === null ? ordered.length : (rank.get(id) ?? ordered.length)].measures.push(m);
  }
  return groups.filter((g) => g.measures.length);
}

/** Completed, overdue, or still open (planned or due soon): drawn as different shapes. */
export type MarkerKind = 'completed' | 'overdue' | 'open';

export interface MilestoneMark {
  milestone: RoadmapMilestone;
  kind: MarkerKind;
  /** Where the milestone now stands: completion, else forecast, else baseline. */
  x: number;
  /** The baseline, when the milestone moved away from it. */
  baselineX: number | null;
}

export interface RowGeometry {
  planned: Span | null;
  /** From the actual start to the actual end, or to today while the measure runs. */
  actual: Span | null;
  /** From today to the expected end of a running measure. */
  forecast: Span | null;
  milestones: MilestoneMark[];
}

export function markerKind(milestone: RoadmapMilestone): MarkerKind {
  if (milestone.state === 'COMPLETED') return 'completed';
  return milestone.state === 'OVERDUE' ? 'overdue' : 'open';
}

export function rowGeometry(measure: RoadmapMeasure, scale: TimeScale, today: IsoDate): RowGeometry {
  const running = !!measure.actualStart && !measure.actualEnd && measure.actualStart <= today;
  const actualTo = measure.actualEnd ?? (running ? today : null);
  const expectedEnd = running && isStatusIn(UNFINISHED_STATUSES, measure.status) ? forecastEnd(measure) : null;
  return {
    planned: spanOf(scale, measure.plannedStart, measure.plannedEnd),
    actual: spanOf(scale, measure.actualStart, actualTo),
    forecast: expectedEnd && expectedEnd > today ? spanOf(scale, addDays(today, 1), expectedEnd) : null,
    milestones: measure.milestones.map((m) => {
      const current = m.completedOn ?? m.forecastDate ?? m.baselineDate;
      return {
        milestone: m,
        kind: markerKind(m),
        x: xOf(scale, current),
        baselineX: current === m.baselineDate ? null : xOf(scale, m.baselineDate),
      };
    }),
  };
}

/** Every date the axis must show. */
export function scheduleDates(
  phases: readonly PhaseSchedule[],
  measures: readonly RoadmapMeasure[],
  today: IsoDate,
): (IsoDate | null)[] {
  return [
    today,
    ...phases.flatMap((p) => [p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd]),
    ...measures.flatMap((m) => [
      m.plannedStart,
      m.plannedEnd,
      m.actualStart,
      m.actualEnd,
      ...m.milestones.flatMap((ms) => [ms.baselineDate, ms.forecastDate, ms.completedOn]),
    ]),
  ];
}

/** A funding phase as it really ran where known, else as planned. */
export function phaseSpan(phase: PhaseSchedule, scale: TimeScale): Span | null {
  return spanOf(scale, phase.actualStart ?? phase.plannedStart, phase.actualEnd ?? phase.plannedEnd);
}
