import { Injectable } from '@nestjs/common';
import { DomainError } from '@masswerk/api/core';

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

interface Entry {
  /** When each counted attempt happened (ms), oldest first. */
  hits: number[];
  blockedUntil: number;
}

/**
 * Failed attempts per key in a sliding window, in memory. An attempt is counted when it starts, so that many
 * guesses sent at once cannot overtake the count while their passwords are being checked; `forgive` takes a
 * successful attempt back out.
 */
export class AttemptWindow {
  private readonly entries = new Map<string, Entry>();
  private lastSweep = 0;

  constructor(private readonly rule: AttemptRule) {}

  /** Counts an attempt; returns the seconds the key stays blocked, 0 when the attempt may go ahead. */
  attempt(key: string, now: number): number {
    this.sweep(now);
    const entry = this.entries.get(key) ?? { hits: [], blockedUntil: 0 };
    this.entries.set(key, entry);
    if (entry.blockedUntil > now) return Math.ceil((entry.blockedUntil - now) / 1000);
    entry.hits = entry.hits.filter((t) => t > now - this.rule.windowMs);
    entry.hits.push(now);
    if (entry.hits.length <= this.rule.limit) return 0;
    entry.blockedUntil = now + this.rule.blockMs;
    entry.hits = [];
    return Math.ceil(this.rule.blockMs / 1000);
  }

  /** Takes one counted attempt back (it succeeded). */
  forgive(key: string, at: number): void {
    const entry = this.entries.get(key);
    const i = entry?.hits.lastIndexOf(at) ?? -1;
    if (entry && i >= 0) entry.hits.splice(i, 1);
  }

  /** Forgets every attempt of the key (the account signed in), unless failures sent meanwhile blocked it. */
  reset(key: string, now: number): void {
    const entry = this.entries.get(key);
    if (entry && entry.blockedUntil <= now) this.entries.delete(key);
  }

  /** Drops keys without recent attempts, at most once a minute, so the map does not grow with every address. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) {
      if (entry.blockedUntil <= now && entry.hits.every((t) => t <= now - this.rule.windowMs)) this.entries.delete(key);
    }
  }
}

/**
 * Sign-in attempts per account and per client address. Only failures count: a successful sign-in is taken back out
 * of both counts and clears the account's (not the address's, so one known password does not buy more guesses at
 * others). A blocked caller gets the same answer whether or not the account exists, and a blocked account stays
 * blocked for the right password too.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly accounts = new AttemptWindow(LOGIN_LIMITS.perAccount);
  private readonly addresses = new AttemptWindow(LOGIN_LIMITS.perAddress);

  /** Counts the attempt and refuses it when the account or the address is blocked. Returns a handle for `succeeded`. */
  begin(email: string, address: string, now = Date.now()): LoginAttempt {
    const seconds = Math.max(
      this.accounts.attempt(`account:${email}`, now),
      this.addresses.attempt(`address:${address}`, now),
    );
    if (seconds > 0)
      throw DomainError.tooManyRequests(
        `Zu viele Anmeldeversuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n) und versuchen Sie es dann erneut.`,
        seconds,
      );
    return { email, address, at: now };
  }

  /** The attempt was right: it does not count, and the account starts afresh. */
  succeeded({ email, address, at }: LoginAttempt, now = Date.now()): void {
    this.accounts.reset(`account:${email}`, now);
    this.addresses.forgive(`address:${address}`, at);
  }
}

export interface LoginAttempt {
  email: string;
  address: string;
  at: number;
}
