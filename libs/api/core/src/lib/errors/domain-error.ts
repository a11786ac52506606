import { ErrorReason } from '@masswerk/shared/domain';

export { ErrorReason };

/**
 * Stable error codes, sent as `extensions.code`. Clients branch on these (and on `extensions.reason`, which says
 * which rule refused), never on messages.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The reason an error of a code has when the thrower names none. */
const DEFAULT_REASON: Record<ErrorCode, ErrorReason> = {
  [ErrorCode.BAD_USER_INPUT]: ErrorReason.INVALID_VALUE,
  [ErrorCode.NOT_FOUND]: ErrorReason.NOT_FOUND,
  [ErrorCode.FORBIDDEN]: ErrorReason.NOT_PERMITTED,
  [ErrorCode.UNAUTHENTICATED]: ErrorReason.SIGN_IN_REQUIRED,
  [ErrorCode.CONFLICT]: ErrorReason.IN_USE,
  [ErrorCode.TOO_MANY_REQUESTS]: ErrorReason.SIGN_IN_LIMIT,
  [ErrorCode.SERVICE_UNAVAILABLE]: ErrorReason.DATABASE_UNAVAILABLE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: ErrorReason.INTERNAL,
};

export function defaultReason(code: ErrorCode): ErrorReason {
  return DEFAULT_REASON[code];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error the user can act on. Services throw these; one formatter turns them into GraphQL errors. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly reason: ErrorReason = defaultReason(code),
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** What clients receive as `extensions` (and the download routes as the JSON body, with the message). */
  get extensions(): Record<string, unknown> {
    return { code: this.code, reason: this.reason, ...this.details };
  }

  static badInput(field: string, message: string, reason = ErrorReason.INVALID_VALUE): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, fields: [{ field, message }] }, reason);
  }

  static invalidFields(problems: FieldProblem[], reason = ErrorReason.INVALID_VALUE): DomainError {
    const message = problems.map((p) => `${p.field}: ${p.message}`).join(' ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: problems[0]?.field, fields: problems }, reason);
  }

  static notFound(entity: string, id: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${entity} „${id}“ wurde nicht gefunden.`, { entity, id });
  }

  static forbidden(message = 'Dafür fehlt Ihnen die Berechtigung.', reason = ErrorReason.NOT_PERMITTED): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message, {}, reason);
  }

  static unauthenticated(message = 'Bitte melden Sie sich an.', reason = ErrorReason.SIGN_IN_REQUIRED): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message, {}, reason);
  }

  /** Someone else saved first: carries the version the record has now. */
  static staleVersion(entity: string, id: string, currentVersion: number, current?: unknown): DomainError {
    return new DomainError(
      ErrorCode.CONFLICT,
      `${entity} wurde inzwischen von jemand anderem geändert (aktuelle Version ${currentVersion}). Bitte laden Sie neu und übernehmen Sie Ihre Änderungen.`,
      { entity, id, currentVersion, current },
      ErrorReason.STALE_VERSION,
    );
  }

  /** A rule refuses the change; `reason` names the rule. */
  static conflict(reason: ErrorReason, message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details, reason);
  }

  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfterSeconds }, ErrorReason.SIGN_IN_LIMIT);
  }

  static serviceUnavailable(retryAfterSeconds: number): DomainError {
    return new DomainError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'Maßwerk ist gerade nicht erreichbar (die Datenbank antwortet nicht). Bitte versuchen Sie es in einigen Sekunden erneut.',
      { retryAfterSeconds },
      ErrorReason.DATABASE_UNAVAILABLE,
    );
  }
}
