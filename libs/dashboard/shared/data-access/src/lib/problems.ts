import { ApiError, ApiFieldProblem, apiErrorText, apiFieldText, reasonText } from './graphql-error';

/**
 * How a form answers a failed change:
 * - `stale`: someone else saved first (reason STALE_VERSION) – say so and reload;
 * - `refused`: the API refused on another rule (LAST_ADMIN, HAS_TRACK_RECORD, CODE_TAKEN, …) – show its reason;
 * - `input`: a field is wrong (BAD_USER_INPUT) – show the reason next to the field;
 * - `forbidden`, `other`: show the message.
 *
 * Messages are in the dashboard's language (see apiErrorText): the API's German reasons only in German.
 */
export interface Problem {
  kind: 'stale' | 'refused' | 'input' | 'forbidden' | 'other';
  message: string;
  /** Per form field (without the `input.` prefix). */
  fields: ApiFieldProblem[];
}

export function problemOf(error: unknown, translate: (key: string) => string, language: string): Problem {
  const message = apiErrorText(error, translate, language);
  if (!(error instanceof ApiError)) return { kind: 'other', message, fields: [] };
  const single = error.extensions['field'];
  const fields = (
    error.fieldProblems.length
      ? error.fieldProblems
      : typeof single === 'string'
        ? [{ field: single.replace(/^input\./, ''), message: error.message }]
        : []
  ).map((f) => ({ ...f, message: reasonText(error, translate) ?? apiFieldText(f.message, translate, language) }));
  switch (error.code) {
    case 'CONFLICT':
      return { kind: error.isStale ? 'stale' : 'refused', message, fields };
    case 'BAD_USER_INPUT':
      return { kind: 'input', message, fields };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message, fields: [] };
    default:
      return { kind: 'other', message, fields: [] };
  }
}
