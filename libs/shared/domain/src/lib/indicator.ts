/**
 * An indicator's value as a share of its target, in percent (unrounded): the dashboard's "vom Ziel" column and the
 * Sachbericht use this one rule. Values are the API's decimal strings; no target (or a target of 0) has no share.
 */
export function shareOfTarget(value: string | null, target: string | null): number | null {
  if (value === null || target === null) return null;
  const t = Number(target);
  const v = Number(value);
  if (!Number.isFinite(t) || !Number.isFinite(v) || t === 0) return null;
  return (v / t) * 100;
}
