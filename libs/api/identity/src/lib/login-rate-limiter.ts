import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DomainError, ErrorCode } from '@masswerk/api/core';

/** Attempts allowed per window; beyond them the key is blocked for the block duration. */
export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  perAddress: { limit: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
} as const;

/**
 * Counts sign-in attempts per account and per address in the throttler's storage. A blocked caller gets the same
 * answer whether or not the account exists.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(@Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage) {}

  async hit(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([
      this.storage.increment(
        `login:account:${email}`,
        LOGIN_LIMITS.perAccount.windowMs,
        LOGIN_LIMITS.perAccount.limit,
        LOGIN_LIMITS.perAccount.blockMs,
        'login',
      ),
      this.storage.increment(
        `login:address:${address}`,
        LOGIN_LIMITS.perAddress.windowMs,
        LOGIN_LIMITS.perAddress.limit,
        LOGIN_LIMITS.perAddress.blockMs,
        'login',
      ),
    ]);
    const blocked = [account, ip].filter((r) => r.isBlocked);
    if (blocked.length) {
      const seconds = Math.max(...blocked.map((r) => r.timeToBlockExpire));
      throw new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        `Zu viele Anmeldeversuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n) und versuchen Sie es dann erneut.`,
        { retryAfterSeconds: seconds },
      );
    }
  }
}
