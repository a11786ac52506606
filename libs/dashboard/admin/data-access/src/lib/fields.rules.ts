import type { FieldOfActionView } from './admin.api';
import { trimmed } from './form-text';
import { nextInSeries } from './series';

// The fields tab: fields of action (Handlungsfelder) and their goals (Ziele).

/** Suggests the next code of a field of action: HF1, HF2 … after the highest one in use. */
export function nextFieldCode(fields: readonly Pick<FieldOfActionView, 'code'>[]): string {
  return nextInSeries(fields.map((f) => f.code)) ?? 'HF1';
}

/**
 * Suggests the next goal code of a field of action: after its own goals ("Z2.3" after "Z2.1", "Z2.2"); for its first
 * goal, following the scheme of the other fields ("Z4.1" in HF4 when HF2 has "Z2.1"), else "HF4.1".
 */
export function nextGoalCode(
  field: Pick<FieldOfActionView, 'code' | 'goals'>,
  fields: readonly Pick<FieldOfActionView, 'code' | 'goals'>[] = [],
): string {
  const own = nextInSeries(field.goals.map((g) => g.code));
  if (own) return own;
  const number = /(\d+)$/.exec(field.code)?.[1];
  for (const other of fields) {
    const otherNumber = /(\d+)$/.exec(other.code)?.[1];
    const prefix = other.goals.length ? /^(.*?)\d+$/.exec(other.goals[0].code)?.[1] : undefined;
    if (number && otherNumber && prefix?.includes(otherNumber)) return `${prefix.replace(otherNumber, number)}1`;
  }
  return `${field.code}.1`;
}

/** The API's rule for codes of fields of action and goals. */
export const CODE_PATTERN = /^[A-Za-z0-9._-]{1,20}$/;

export interface FieldOfActionValues {
  code: string;
  name: string;
  description: string;
  sortOrder: number | string | null;
}

export interface GoalValues {
  fieldOfActionId: string;
  code: string;
  title: string;
  description: string;
  sortOrder: number | string | null;
}

/** A whole number typed into a number field, or undefined when empty (the API then keeps or defaults it). */
function sortOrderOf(value: number | string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/** The fields of a field of action as the API takes them (for create and update alike). */
export function fieldOfActionFields(v: FieldOfActionValues) {
  const sortOrder = sortOrderOf(v.sortOrder);
  return {
    code: trimmed(v.code),
    name: trimmed(v.name),
    description: trimmed(v.description),
    ...(sortOrder !== undefined && { sortOrder }),
  };
}

/** The fields of a goal; the field of action goes along only when the goal moves to another one. */
export function goalFields(v: GoalValues, currentFieldOfActionId: string | null) {
  const sortOrder = sortOrderOf(v.sortOrder);
  return {
    code: trimmed(v.code),
    title: trimmed(v.title),
    description: trimmed(v.description),
    ...(sortOrder !== undefined && { sortOrder }),
    ...(v.fieldOfActionId !== currentFieldOfActionId && { fieldOfActionId: v.fieldOfActionId }),
  };
}
