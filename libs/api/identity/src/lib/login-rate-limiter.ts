import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError } from '@masswerk/api/core';

export interface AttemptRule {
  /** Failed attempts allowed within the window; the next one blocks the key. */
  limit: number;
  windowMs: number;
  blockMs: number;
}

/** Attempts allowed per window; beyond them the key is blocked for the block duration. */
export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  perAddress: { limit: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
} as const satisfies Record<string, AttemptRule>;

/** Whole seconds from `now` until `until` (both ms), rounded up: a caller never retries a moment too early. */
export function secondsUntil(until: number, now: number): number {
  return Math.ceil((until - now) / 1000);
}

/** The answer to a refused attempt; the same whether or not the account exists. */
export function tooManyAttempts(seconds: number): DomainError {
  return DomainError.tooManyRequests(
    `Zu viele Anmeldeversuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n) und versuchen Sie es dann erneut.`,
    seconds,
  );
}

/** A counted attempt: `seconds` > 0 when it was refused, otherwise the row that holds it (for `forgive`). */
export interface AttemptOutcome {
  seconds: number;
  id: string | null;
}

/**
 * Failed attempts per key in a sliding window, in PostgreSQL (`sign_in_attempt`, `sign_in_block`), so that every
 * instance on the database counts the same attempts. An attempt is counted when it starts, so that many guesses sent
 * at once cannot overtake the count while their passwords are being checked; `forgive` takes a successful attempt back
 * out. The methods that read and write a key's rows run inside a transaction that holds the key's lock (`lockKeys`):
 * parallel attempts at any instance are counted one after the other.
 */
export class AttemptWindow {
  constructor(private readonly rule: AttemptRule) {}

  /** Counts an attempt; `seconds` is how long the key stays blocked, 0 when the attempt may go ahead. */
  async attempt(tx: EntityManager, key: string, now: number): Promise<AttemptOutcome> {
    const at = new Date(now);
    const [block] = await tx.query(
      `SELECT (extract(epoch FROM blocked_until) * 1000)::float8 AS until FROM sign_in_block
       WHERE key = $1 AND blocked_until > $2`,
      [key, at],
    );
    if (block) return { seconds: secondsUntil(block.until, now), id: null };
    // The snapshot of the last SELECT predates the DELETE and the INSERT beside it: the new attempt is the "+ 1".
    const [{ id, counted }] = await tx.query(
      `WITH expired AS (DELETE FROM sign_in_attempt WHERE key = $1 AND attempted_at <= $3),
            ended AS (DELETE FROM sign_in_block WHERE key = $1),
            added AS (INSERT INTO sign_in_attempt (key, attempted_at) VALUES ($1, $2) RETURNING id)
       SELECT (SELECT id FROM added) AS id,
              (SELECT count(*)::int FROM sign_in_attempt WHERE key = $1 AND attempted_at > $3) + 1 AS counted`,
      [key, at, new Date(now - this.rule.windowMs)],
    );
    if (counted <= this.rule.limit) return { seconds: 0, id: String(id) };
    await tx.query(
      `WITH cleared AS (DELETE FROM sign_in_attempt WHERE key = $1)
       INSERT INTO sign_in_block (key, blocked_until) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET blocked_until = excluded.blocked_until`,
      [key, new Date(now + this.rule.blockMs)],
    );
    return { seconds: secondsUntil(now + this.rule.blockMs, now), id: null };
  }

  /** Takes one counted attempt back (it succeeded); nothing when a block has cleared it meanwhile. */
  async forgive(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM sign_in_attempt WHERE id = $1`, [id]);
  }

  /** Forgets every attempt of the key (the account signed in), unless failures sent meanwhile blocked it. */
  async reset(tx: EntityManager, key: string, now: number): Promise<void> {
    await tx.query(
      `WITH ended AS (DELETE FROM sign_in_block WHERE key = $1 AND blocked_until <= $2)
       DELETE FROM sign_in_attempt
       WHERE key = $1 AND NOT EXISTS (SELECT FROM sign_in_block WHERE key = $1 AND blocked_until > $2)`,
      [key, new Date(now)],
    );
  }
}

/**
 * Takes the transaction-scoped locks of the keys, in one order (by their hash), so that two transactions that lock
 * the same keys never wait for each other in a circle. They end with the transaction.
 */
export async function lockKeys(tx: EntityManager, keys: string[]): Promise<void> {
  await tx.query(
    `SELECT pg_advisory_xact_lock(h)
     FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS keys`,
    [keys],
  );
}

/** How often an instance deletes the attempts and blocks of keys nobody has tried since (ms). */
const SWEEP_EVERY_MS = 60_000;

/**
 * Sign-in attempts per account and per client address, shared by every instance on the database. Only failures
 * count: a successful sign-in is taken back out of both counts and clears the account's (not the address's, so one
 * known password does not buy more guesses at others). A blocked caller gets the same answer whether or not the
 * account exists, and a blocked account stays blocked for the right password too.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly accounts = new AttemptWindow(LOGIN_LIMITS.perAccount);
  private readonly addresses = new AttemptWindow(LOGIN_LIMITS.perAddress);
  private lastSweep = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Counts the attempt and refuses it when the account or the address is blocked. Returns a handle for `succeeded`. */
  async begin(email: string, address: string, now = this.clock.now().getTime()): Promise<LoginAttempt> {
    await this.sweep(now);
    const account = `account:${email}`;
    const client = `address:${address}`;
    const [byAccount, byAddress] = await this.dataSource.transaction(async (tx) => {
      await lockKeys(tx, [account, client]);
      return [await this.accounts.attempt(tx, account, now), await this.addresses.attempt(tx, client, now)];
    });
    const seconds = Math.max(byAccount.seconds, byAddress.seconds);
    if (seconds > 0) throw tooManyAttempts(seconds);
    return { email, address, addressAttempt: byAddress.id as string };
  }

  /** The attempt was right: it does not count, and the account starts afresh. */
  async succeeded({ email, addressAttempt }: LoginAttempt, now = this.clock.now().getTime()): Promise<void> {
    const account = `account:${email}`;
    await this.dataSource.transaction(async (tx) => {
      await lockKeys(tx, [account]);
      await this.accounts.reset(tx, account, now);
      await this.addresses.forgive(tx, addressAttempt);
    });
  }

  /**
   * Deletes what no longer counts, at most once a minute per instance, so that the tables do not grow with every
   * address that tried once. Attempts counts only within their window anyway; this is house-keeping, not a rule.
   */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    const longest = Math.max(LOGIN_LIMITS.perAccount.windowMs, LOGIN_LIMITS.perAddress.windowMs);
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE attempted_at <= $1`, [new Date(now - longest)]);
    await this.dataSource.query(`DELETE FROM sign_in_block WHERE blocked_until <= $1`, [new Date(now)]);
  }
}

export interface LoginAttempt {
  email: string;
  address: string;
  /** The row that counts this attempt against the address, taken back when it succeeds. */
  addressAttempt: string;
}
