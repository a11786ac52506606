import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors';
import { DomainError, ErrorCode, ErrorReason } from './domain-error';
import { fromDatabase, RETRY_AFTER_SECONDS } from './format-error';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Reasons that HTTP names more precisely than their code's status (uploads refused for their content). */
const REASON_STATUS: Partial<Record<ErrorReason, number>> = {
  [ErrorReason.DOCUMENT_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorReason.DOCUMENT_TYPE_NOT_ALLOWED]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

export interface HttpProblem {
  status: number;
  error: DomainError;
  /** Whether an operator must look at it (logged at error level); the client's mistakes are not. */
  unexpected: boolean;
}

/** Codes of Fastify's own refusals (body, content type, URL), which arrive as errors with a 4xx `statusCode`. */
const LIMITS = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_ERR_CTP_INVALID_CONTENT_LENGTH']);

/**
 * Any error that reached an HTTP route or hook, as the problem to answer with: its status, a DomainError with a
 * stable code and reason (and a message without internals), and whether it is unexpected.
 */
export function httpProblemOf(exception: unknown): HttpProblem {
  let error: unknown = exception;
  if (error instanceof QueryFailedError) error = fromDatabase(error) ?? error;
  if (error instanceof DomainError)
    return { status: REASON_STATUS[error.reason] ?? HTTP_STATUS[error.code], error, unexpected: false };
  if (isDatabaseUnavailable(error)) {
    const unavailable = DomainError.serviceUnavailable(RETRY_AFTER_SECONDS);
    return { status: HttpStatus.SERVICE_UNAVAILABLE, error: unavailable, unexpected: false };
  }
  const status = statusOf(error);
  if (status === HttpStatus.NOT_FOUND) {
    return { status, error: new DomainError(ErrorCode.NOT_FOUND, 'Nicht gefunden.'), unexpected: false };
  }
  if (status !== null && status >= 400 && status < 500) {
    const code = (error as { code?: unknown }).code;
    const limit = status === HttpStatus.PAYLOAD_TOO_LARGE || (typeof code === 'string' && LIMITS.has(code));
    return {
      status,
      error: new DomainError(
        ErrorCode.BAD_USER_INPUT,
        limit ? 'Die Anfrage ist zu groß.' : 'Die Anfrage ist fehlerhaft und wurde nicht verarbeitet.',
        {},
        limit ? ErrorReason.LIMIT_EXCEEDED : ErrorReason.MALFORMED_REQUEST,
      ),
      unexpected: false,
    };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    error: new DomainError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      'Interner Fehler. Bitte versuchen Sie es erneut; besteht das Problem fort, wenden Sie sich an den Betrieb.',
    ),
    unexpected: true,
  };
}

function statusOf(error: unknown): number | null {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
}

/** The body of a refusal: GraphQL's shape on /graphql, the download routes' `{ code, reason, message }` elsewhere. */
export function problemBody(path: string, error: DomainError): unknown {
  if (/^\/graphql(\/|\?|$)/.test(path)) return { errors: [{ message: error.message, extensions: error.extensions }] };
  return { message: error.message, ...error.extensions };
}
