/**
 * Stable reasons the API sends in `extensions.reason`, next to the code (`extensions.code`). The code says what kind
 * of refusal it is (and the HTTP status); the reason says which rule refused, so that clients (the dashboard) never
 * guess from the shape of an answer. New reasons are added here, never renamed.
 */
export enum ErrorReason {
  // BAD_USER_INPUT
  /** A value is malformed or out of range (class-validator, scalars, the services' own checks). */
  INVALID_VALUE = 'INVALID_VALUE',
  /** A reference points to a record that does not exist (any more). */
  INVALID_REFERENCE = 'INVALID_REFERENCE',
  /** A string carries a character no text may hold (U+0000, lone surrogates). */
  INVALID_CHARACTER = 'INVALID_CHARACTER',
  /** The request itself is malformed: not JSON, not GraphQL, no query, an unknown operation. */
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  /** The request is too large, too deep or too costly (tokens, depth, aliases, complexity, nesting of the body). */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** The forecast of a milestone not yet reached was set to a day before today. */
  FORECAST_IN_PAST = 'FORECAST_IN_PAST',
  /** A date that may not lie after today does (a status report's date). */
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  /** An uploaded file is not of an accepted kind (PDF, image, office file), judged by its content (HTTP 415). */
  DOCUMENT_TYPE_NOT_ALLOWED = 'DOCUMENT_TYPE_NOT_ALLOWED',
  /** An uploaded file is larger than `DOCUMENT_MAX_BYTES` (HTTP 413). */
  DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE',

  // NOT_FOUND
  NOT_FOUND = 'NOT_FOUND',

  // UNAUTHENTICATED
  /** No session or token, or one that expired or was revoked. */
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** E-mail and password do not match an active account. */
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',

  // FORBIDDEN
  /** The caller's roles do not allow this on this record. */
  NOT_PERMITTED = 'NOT_PERMITTED',
  /** Accounts, memberships, roles and tokens are managed only in a signed-in session, never with an API token. */
  SESSION_ONLY = 'SESSION_ONLY',
  /** A state-changing request with a session cookie came without the matching CSRF token. */
  CSRF = 'CSRF',
  /**
   * The author's time to correct or delete their own record (a status report, `STATUS_REPORT_CORRECTION_DAYS`) has
   * passed; the project office still may.
   */
  CORRECTION_WINDOW_CLOSED = 'CORRECTION_WINDOW_CLOSED',

  // CONFLICT
  /** Someone else saved first; `extensions.currentVersion` carries the version the record has now. */
  STALE_VERSION = 'STALE_VERSION',
  /** A code, key or name that must be unique is taken. */
  CODE_TAKEN = 'CODE_TAKEN',
  /** The record (a membership, a grant for the phase, a strategy, a proof) exists already. */
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  /** The project would be left without an administrator. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** Reports, money or other records that must stay traceable depend on it: it is not deleted. */
  HAS_TRACK_RECORD = 'HAS_TRACK_RECORD',
  /** Other records still point to it. */
  IN_USE = 'IN_USE',
  /** An offer or link is past its date (an invitation). */
  EXPIRED = 'EXPIRED',
  /** A count limit is reached (e.g. active API tokens). */
  QUOTA_REACHED = 'QUOTA_REACHED',
  /** The reporting round is closed: its snapshot is frozen and nothing of it changes any more. */
  ROUND_CLOSED = 'ROUND_CLOSED',
  /** The reporting round is still open: it has no snapshot yet (its exports come when it is closed). */
  ROUND_OPEN = 'ROUND_OPEN',

  // TOO_MANY_REQUESTS
  /** Too many failed sign-ins for the account or the address. */
  SIGN_IN_LIMIT = 'SIGN_IN_LIMIT',
  /** Too many requests without sign-in from one address (the public read model, decision 0071). */
  PUBLIC_RATE_LIMIT = 'PUBLIC_RATE_LIMIT',

  // SERVICE_UNAVAILABLE
  /** The database cannot be reached; try again after `Retry-After` seconds. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',

  // INTERNAL_SERVER_ERROR
  INTERNAL = 'INTERNAL',
}
