import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors';
import { defaultReason, DomainError, ErrorCode, ErrorReason } from './domain-error';

/** Seconds a client should wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const logger = new Logger('GraphQL');

/** A delete (or key change) refused because other records still point to the row, with or without RESTRICT. */
const stillInUse = () =>
  DomainError.conflict(ErrorReason.IN_USE, 'Der Eintrag wird noch verwendet und kann nicht gelöscht werden.');

/** PostgreSQL's own refusals, for the rare case a check in the service did not catch the problem first. */
export function fromDatabase(error: QueryFailedError): DomainError | null {
  const driverError = error.driverError as { code?: string; constraint?: string; column?: string; detail?: string };
  switch (driverError.code) {
    case '23505':
      return DomainError.conflict(ErrorReason.CODE_TAKEN, 'Ein Eintrag mit diesen Angaben existiert bereits.', {
        constraint: driverError.constraint,
      });
    case '23001':
      return stillInUse();
    case '23503':
      if (driverError.detail?.includes('is still referenced')) return stillInUse();
      return DomainError.badInput(
        driverError.constraint ?? 'reference',
        'Der Verweis zeigt auf einen Eintrag, der nicht (mehr) existiert.',
        ErrorReason.INVALID_REFERENCE,
      );
    case '23514':
    case '23502':
    case '22001':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return DomainError.badInput(driverError.column ?? driverError.constraint ?? 'input', 'Der Wert ist ungültig.');
    default:
      // Any other data exception (class 22, e.g. a character the encoding refuses): the client's input.
      if (driverError.code?.startsWith('22'))
        return DomainError.badInput(driverError.column ?? 'input', 'Der Wert ist ungültig.');
      return null;
  }
}

/**
 * GraphQL suggests names of the schema for misspelt fields, arguments and enum values ("Did you mean …?"). Apollo
 * hides them in validation errors only; variable values are checked later, so their suggestions are removed here.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * GraphQL refuses a variable value it cannot coerce (an impossible date, an unknown enum value) before any resolver
 * runs, naming the path only in its message: `Variable "$input" got invalid value "2026-02-30" at
 * "input.baselineDate"; …`. The path becomes `field`, as in the refusals of the validation pipe and the services.
 */
function coercionField(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?;/.exec(message);
  if (!match) return undefined;
  const path = match[2] ?? match[1];
  // a field the input type does not have (`Field "code" is not defined by type …`) is named itself
  const unknown = /; Field "(\w+)" is not defined by type/.exec(message);
  return unknown ? `${path}.${unknown[1]}` : path;
}

function exhaustedStack(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e instanceof GraphQLError ? e.originalError : undefined) {
    if (e instanceof RangeError) return true;
  }
  return false;
}

/** The reason of an error GraphQL or Apollo raised itself (our own errors carry theirs). */
function reasonOf(code: string, formatted: GraphQLFormattedError): ErrorReason {
  if (formatted.extensions?.['limit'] !== undefined) return ErrorReason.LIMIT_EXCEEDED;
  if (code === ErrorCode.BAD_USER_INPUT) return ErrorReason.INVALID_VALUE;
  if (code in ErrorCode) return defaultReason(code as ErrorCode);
  // GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, OPERATION_RESOLUTION_FAILURE, …
  return ErrorReason.MALFORMED_REQUEST;
}

/**
 * Turns every error into a GraphQL error with a stable `extensions.code`. Unexpected errors are logged and reported
 * as INTERNAL_SERVER_ERROR without internals; stack traces never leave the server in production.
 */
export function createFormatError(production: boolean) {
  return (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let formatted = formattedError;
    let original = unwrapResolverError(error);
    if (original instanceof QueryFailedError) original = fromDatabase(original) ?? original;
    if (!(original instanceof DomainError) && isDatabaseUnavailable(original)) {
      // Logged once per outage by the health of the pool, not per request: the operator's signal is /health.
      original = DomainError.serviceUnavailable(RETRY_AFTER_SECONDS);
    }

    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: original.extensions,
      };
    }
    if (formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED' && exhaustedStack(original)) {
      // The parser descends one call per level of nesting; a document nested thousands of levels deep ends it.
      return {
        message: 'Die Anfrage ist zu tief verschachtelt.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED', reason: ErrorReason.LIMIT_EXCEEDED, limit: 'depth' },
      };
    }
    let code = formatted.extensions?.['code'];
    // Errors GraphQL raises itself before any resolver runs (unknown input fields, wrong variable types) are the
    // client's to fix, even where they come without a code.
    if (
      original instanceof GraphQLError &&
      !formatted.path &&
      (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)
    ) {
      code = ErrorCode.BAD_USER_INPUT;
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    const field = code === ErrorCode.BAD_USER_INPUT ? coercionField(formatted.message) : undefined;
    if (field && formatted.extensions?.['field'] === undefined)
      formatted = { ...formatted, extensions: { ...formatted.extensions, field } };
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // Parse, validation and limit errors from GraphQL itself are the client's to fix; keep them, without internals.
      if (formatted.extensions?.['reason'] === undefined)
        formatted = { ...formatted, extensions: { ...formatted.extensions, reason: reasonOf(code, formatted) } };
      if (!production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message:
        'Interner Fehler. Bitte versuchen Sie es erneut; besteht das Problem fort, wenden Sie sich an den Betrieb.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: ErrorReason.INTERNAL },
    };
  };
}
