import type { PublicPart } from '@masswerk/dashboard/shared/data-access';

/** Where a measure's public version stands, as the dashboard names it. */
export type ReleaseStanding = 'NOT_RELEASED' | 'CURRENT' | 'BEHIND';

export function releaseStanding(state: { released: boolean; differences: readonly PublicPart[] }): ReleaseStanding {
  if (!state.released) return 'NOT_RELEASED';
  return state.differences.length ? 'BEHIND' : 'CURRENT';
}

/** The measures a bulk release should offer by default: those never released or behind their internal version. */
export function releasable<T extends { state: { released: boolean; differences: readonly PublicPart[] } }>(
  rows: readonly T[],
): T[] {
  return rows.filter((row) => releaseStanding(row.state) !== 'CURRENT');
}
