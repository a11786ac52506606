import { ASSESSED_HEALTHS, moneyToString, parseMoney } from '@masswerk/shared/domain';
import type { Health } from '@masswerk/dashboard/shared/data-access';
import type { UiLanguage } from '@masswerk/dashboard/shared/util';
import type { ClusterComparison, ClusterProject, ClusterSummary } from './cluster.api';

export function healthCount(summary: ClusterSummary, health: Health): number {
  return summary.byHealth.find((h) => h.health === health)?.count ?? 0;
}

/** Whole percentages of the parts that add up to exactly 100 (largest remainder); null when there is no whole. */
export function wholeShares(counts: readonly number[]): number[] | null {
  const total = counts.reduce((s, c) => s + c, 0);
  if (!total) return null;
  const exact = counts.map((c) => (100 * c) / total);
  const shares = exact.map(Math.floor);
  let missing = 100 - shares.reduce((s, v) => s + v, 0);
  const byRemainder = exact
    .map((v, i) => ({ i, rest: v - Math.floor(v) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

export interface HealthShares {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  assessed: number;
  notAssessed: number;
}

/** On track, at risk and off track as shares of the assessed measures (as the project overview counts them). */
export function healthShares(summary: ClusterSummary): HealthShares | null {
  const counts = ASSESSED_HEALTHS.map((h) => healthCount(summary, h));
  const shares = wholeShares(counts);
  if (!shares) return null;
  const [onTrack, atRisk, offTrack] = shares;
  return {
    onTrack,
    atRisk,
    offTrack,
    assessed: counts.reduce((s, c) => s + c, 0),
    notAssessed: healthCount(summary, 'NOT_ASSESSED'),
  };
}

/** Spent as a share of planned, in percent with one decimal, computed exactly on cents; null without a plan. */
export function spentShare(spent: string, planned: string): number | null {
  const plan = parseMoney(planned);
  if (plan <= 0n) return null;
  // Tenths of a percent, rounded half up.
  const tenths = (parseMoney(spent) * 2000n + plan) / (2n * plan);
  return Number(tenths) / 10;
}

export interface ProjectMoney {
  planned: string;
  spent: string;
  calledOff: string;
  spentShare: number | null;
}

export interface ComparisonRow {
  id: string;
  code: string;
  name: string;
  cohortYear: number;
  /** Only a cluster partner here: published measures only, no money. */
  peer: boolean;
  summary: ClusterSummary;
  shares: HealthShares | null;
  /** Null when the viewer may not see the project's money. */
  money: ProjectMoney | null;
}

function moneyOf(project: ClusterProject): ProjectMoney | null {
  const f = project.funding;
  if (!f) return null;
  return {
    planned: f.plannedTotal.total,
    spent: f.actualTotal.total,
    calledOff: f.calledOffTotal,
    spentShare: spentShare(f.actualTotal.total, f.plannedTotal.total),
  };
}

/** One row per project, in name order. */
export function comparisonRows(cluster: ClusterComparison): ComparisonRow[] {
  return [...cluster.modelProjects]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      cohortYear: p.cohortYear,
      peer: p.viewerRole === null,
      summary: p.summary,
      shares: healthShares(p.summary),
      money: moneyOf(p),
    }));
}

const sum = (values: readonly string[]) => values.reduce((s, v) => s + parseMoney(v), 0n);

/** The money of the whole cluster: only when the viewer sees every project's money, else a sum would mislead. */
export function totalMoney(rows: readonly ComparisonRow[]): ProjectMoney | null {
  const money = rows.map((r) => r.money);
  if (!money.length || money.some((m) => m === null)) return null;
  const visible = money as ProjectMoney[];
  const planned = moneyToString(sum(visible.map((m) => m.planned)));
  const spent = moneyToString(sum(visible.map((m) => m.spent)));
  return {
    planned,
    spent,
    calledOff: moneyToString(sum(visible.map((m) => m.calledOff))),
    spentShare: spentShare(spent, planned),
  };
}

const LOCALE: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * Amounts in millions of euros with one decimal ("15,9"), the unit stated once in the column header, so that a
 * dozen columns fit beside each other; the exact figures are on each project's funding page.
 */
export function formatMillions(euros: string, language: UiLanguage = 'de'): string {
  return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Number(euros) / 1_000_000,
  );
}

/** A share in percent with at most one decimal ("77,9 %", "77.9%"); "–" when there is none. */
export function formatShare(percent: number | null, language: UiLanguage = 'de'): string {
  if (percent === null) return '–';
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
