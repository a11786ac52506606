import { ApiError, ApiFieldProblem } from '@masswerk/dashboard/shared/data-access';

/**
 * How the administration page answers a failed change:
 * - `stale`: someone else saved first (a CONFLICT with the current version) – say so and reload;
 * - `refused`: the API refused on a rule (a CONFLICT without version, e.g. the last administrator) – show its reason;
 * - `input`: a field is wrong (BAD_USER_INPUT) – show the reason next to the field;
 * - `forbidden`, `other`: show the message.
 */
export interface Problem {
  kind: 'stale' | 'refused' | 'input' | 'forbidden' | 'other';
  message: string;
  /** Per form field (without the `input.` prefix). */
  fields: ApiFieldProblem[];
}

export function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) {
    return { kind: 'other', message: error instanceof Error ? error.message : String(error), fields: [] };
  }
  const single = error.extensions['field'];
  const fields = error.fieldProblems.length
    ? error.fieldProblems
    : typeof single === 'string'
      ? [{ field: single.replace(/^input\./, ''), message: error.message }]
      : [];
  switch (error.code) {
    case 'CONFLICT':
      return { kind: error.currentVersion !== null ? 'stale' : 'refused', message: error.message, fields };
    case 'BAD_USER_INPUT':
      return { kind: 'input', message: error.message, fields };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message: error.message, fields: [] };
    default:
      return { kind: 'other', message: error.message, fields: [] };
  }
}
