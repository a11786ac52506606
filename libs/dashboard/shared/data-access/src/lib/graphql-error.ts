/** Codes the API sends in `extensions.code` (see docs/api.md). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiFieldProblem {
  field: string;
  message: string;
}

/** A failed request, with what the dashboard needs to tell the user what to do. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Problems per input field (`input.title` → `title`), for inline form errors. */
  get fieldProblems(): ApiFieldProblem[] {
    const fields = (this.extensions['fields'] as ApiFieldProblem[] | undefined) ?? [];
    return fields.map((f) => ({ ...f, field: f.field.replace(/^input\./, '') }));
  }

  /** For CONFLICT: the version the record has now. */
  get currentVersion(): number | null {
    const v = this.extensions['currentVersion'];
    return typeof v === 'number' ? v : null;
  }
}

export function toApiError(errors: { message: string; extensions?: Record<string, unknown> }[]): ApiError {
  const first = errors[0];
  const code = (first?.extensions?.['code'] as ApiErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, first?.message ?? 'Unbekannter Fehler', first?.extensions ?? {});
}
