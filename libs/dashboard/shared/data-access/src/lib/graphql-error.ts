import { ErrorReason } from '@masswerk/shared/domain';

/** Codes the API sends in `extensions.code` (see docs/api.md), and NETWORK when it cannot be reached. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

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

  /** Which rule refused (`extensions.reason`), when the API names one. */
  get reason(): ErrorReason | null {
    const r = this.extensions['reason'];
    return typeof r === 'string' && (Object.values(ErrorReason) as string[]).includes(r) ? (r as ErrorReason) : null;
  }

  /** Someone else saved first: reload, and offer to apply the draft on top. */
  get isStale(): boolean {
    return this.reason === ErrorReason.STALE_VERSION;
  }

  /** For CONFLICT: the version the record has now. */
  get currentVersion(): number | null {
    const v = this.extensions['currentVersion'];
    return typeof v === 'number' ? v : null;
  }
}

export function toApiError(errors: { message: string; extensions?: Record<string, unknown> }[]): ApiError {
  const first = errors[0];
  const sent = first?.extensions?.['code'];
  // an unknown code (e.g. GraphQL's own GRAPHQL_VALIDATION_FAILED) is the client's or server's fault, not the user's
  const code = API_ERROR_CODES.find((c) => c === sent) ?? 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, first?.message ?? 'Unbekannter Fehler', first?.extensions ?? {});
}

/** Codes whose server message adds something the user can act on ("Für Phase B gibt es bereits eine Zusage"). */
const DETAILED: readonly ApiErrorCode[] = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'TOO_MANY_REQUESTS'];

/** Wording of GraphQL itself (English), which a client's mistake can provoke: never shown to users. */
const ENGINE_WORDING = /^(Variable "\$|Field "|Cannot |Expected |Unknown |Syntax Error|Argument ")/;

/**
 * What to tell the user about a failed request, in the dashboard's language. The text comes from the stable code
 * (`error.<CODE>` in the translation files); the API's own message is German, so it follows as detail in German only,
 * and never when it is GraphQL's English wording.
 */
export function apiErrorText(error: unknown, translate: (key: string) => string, language: string): string {
  const worded = reasonText(error, translate);
  if (worded) return worded;
  const code: ApiErrorCode = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  const lead = translate(`error.${code}`);
  const detail = error instanceof ApiError && DETAILED.includes(code) ? serverDetail(error.message, language) : null;
  return detail ? `${lead} ${detail}` : lead;
}

/** Reasons the dashboard words itself (`error.reason.<REASON>`), in every language, instead of the server's text. */
export const WORDED_REASONS: readonly ErrorReason[] = [
  ErrorReason.FORECAST_IN_PAST,
  ErrorReason.DOCUMENT_TYPE_NOT_ALLOWED,
  ErrorReason.DOCUMENT_TOO_LARGE,
];

/** The dashboard's own wording of the rule that refused, when it has one. */
export function reasonText(error: unknown, translate: (key: string) => string): string | null {
  const reason = error instanceof ApiError ? error.reason : null;
  return reason && WORDED_REASONS.includes(reason) ? translate(`error.reason.${reason}`) : null;
}

/** A server message about one field, for an inline form error: the API's German text, or in English a plain notice. */
export function apiFieldText(message: string, translate: (key: string) => string, language: string): string {
  return serverDetail(message, language) ?? translate('error.field');
}

function serverDetail(message: string, language: string): string | null {
  const text = message.trim();
  if (language !== 'de' || !text || ENGINE_WORDING.test(text)) return null;
  return text;
}
