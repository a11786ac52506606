/**
 * Stable error codes, sent as `extensions.code`. Clients branch on these, never on messages.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
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
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, fields: [{ field, message }] });
  }

  static invalidFields(problems: FieldProblem[]): DomainError {
    const message = problems.map((p) => `${p.field}: ${p.message}`).join(' ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: problems[0]?.field, fields: problems });
  }

  static notFound(entity: string, id: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${entity} „${id}“ wurde nicht gefunden.`, { entity, id });
  }

  static forbidden(message = 'Dafür fehlt Ihnen die Berechtigung.'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Bitte melden Sie sich an.'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  /** Someone else saved first: carries the version the record has now. */
  static staleVersion(entity: string, id: string, currentVersion: number, current?: unknown): DomainError {
    return new DomainError(
      ErrorCode.CONFLICT,
      `${entity} wurde inzwischen von jemand anderem geändert (aktuelle Version ${currentVersion}). Bitte laden Sie neu und übernehmen Sie Ihre Änderungen.`,
      { entity, id, currentVersion, current },
    );
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}
