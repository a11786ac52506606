/**
 * When someone else saved first: what did they change, what did I change, where do we collide — and my changes
 * re-applied on top of theirs, so nobody's typing is lost. Pure, so it is tested case by case.
 */
export interface EditMerge<T> {
  /** Fields the other person changed since I started editing. */
  theirChanges: (keyof T)[];
  /** Fields I changed. */
  myChanges: (keyof T)[];
  /** Fields we both changed to different values. */
  collisions: (keyof T)[];
  /** Their record with my changes applied on top. */
  merged: T;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map(normalize).sort();
  if (value === undefined || value === '') return null;
  return value;
}

export function mergeEdits<T extends object>(base: T, mine: T, theirs: T): EditMerge<T> {
  const keys = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])] as (keyof T)[];
  const theirChanges = keys.filter((k) => !same(base[k], theirs[k]));
  const myChanges = keys.filter((k) => !same(base[k], mine[k]));
  const collisions = myChanges.filter((k) => theirChanges.includes(k) && !same(mine[k], theirs[k]));
  const merged = { ...theirs };
  for (const k of myChanges) merged[k] = mine[k];
  return { theirChanges, myChanges, collisions, merged };
}

/** Only the fields that differ from `base`, for sending a minimal update. */
export function changedFields<T extends object>(base: T, current: T): Partial<T> {
  const result: Partial<T> = {};
  for (const k of Object.keys(current) as (keyof T)[]) if (!same(base[k], current[k])) result[k] = current[k];
  return result;
}
