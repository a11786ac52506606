/**
 * How to read what the database (or the way to it) answered, whatever layer wrapped it: TypeORM's QueryFailedError
 * (`driverError`), GraphQL (`originalError`), `cause`.
 */

/** Socket errors of the driver when PostgreSQL is down, restarting or unreachable. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** Messages of `pg` and its pool for a connection that is gone or cannot be made. */
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command/i;

/**
 * SQLSTATE classes and codes that mean "try again later": 08 connection exception, 57P01–57P03 shutdown and
 * start-up, 53300 too many connections.
 */
function unavailableState(state: string): boolean {
  return state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state);
}

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current) && seen.size < 8) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    current = record['driverError'] ?? record['originalError'] ?? record['cause'];
  }
}

/** The SQLSTATE PostgreSQL sent with the error, if it came from PostgreSQL. */
export function sqlStateOf(error: unknown): string | null {
  for (const e of causes(error)) {
    const code = e['code'];
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** Whether the error says the database cannot be reached right now (as opposed to a statement that failed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = e['code'];
    if (
      typeof code === 'string' &&
      (UNREACHABLE_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && unavailableState(code)))
    )
      return true;
    const message = e['message'];
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  }
  return false;
}

/**
 * Whether PostgreSQL refused the data it was given (class 22: data exception, e.g. an invalid UUID; class 23:
 * integrity constraint): the client's problem, not the operator's.
 */
export function isRefusedData(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== null && (state.startsWith('22') || state.startsWith('23'));
}
