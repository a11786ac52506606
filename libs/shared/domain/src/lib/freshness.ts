import { daysBetween, IsoDate } from './dates';

/** How recent the latest status report of a measure is. */
export enum Freshness {
  /** A report within the last 30 days. */
  CURRENT = 'CURRENT',
  /** 31 to 60 days: an update is due. */
  DUE = 'DUE',
  /** 61 to 180 days. */
  STALE = 'STALE',
  /** More than 180 days. */
  VERY_STALE = 'VERY_STALE',
  /** Never reported. */
  NO_REPORT = 'NO_REPORT',
}

export const FRESHNESS_LABEL_DE: Record<Freshness, string> = {
  [Freshness.CURRENT]: 'aktuell (≤ 30 Tage)',
  [Freshness.DUE]: 'Bericht fällig (31–60 Tage)',
  [Freshness.STALE]: 'veraltet (> 60 Tage)',
  [Freshness.VERY_STALE]: 'stark veraltet (> 180 Tage)',
  [Freshness.NO_REPORT]: 'noch kein Bericht',
};

export const FRESHNESS_RULES = { currentMaxDays: 30, dueMaxDays: 60, staleMaxDays: 180 } as const;

export interface FreshnessResult {
  daysSinceLastReport: number | null;
  freshness: Freshness;
}

export function computeFreshness(lastReportOn: IsoDate | null, today: IsoDate): FreshnessResult {
  if (!lastReportOn) return { daysSinceLastReport: null, freshness: Freshness.NO_REPORT };
  const days = Math.max(0, daysBetween(lastReportOn, today));
  const freshness =
    days <= FRESHNESS_RULES.currentMaxDays
      ? Freshness.CURRENT
      : days <= FRESHNESS_RULES.dueMaxDays
        ? Freshness.DUE
        : days <= FRESHNESS_RULES.staleMaxDays
          ? Freshness.STALE
          : Freshness.VERY_STALE;
  return { daysSinceLastReport: days, freshness };
}

/** Stale in the sense of the dashboards: no report for more than 60 days (or never). */
export function isStale(freshness: Freshness): boolean {
  return freshness === Freshness.STALE || freshness === Freshness.VERY_STALE || freshness === Freshness.NO_REPORT;
}
