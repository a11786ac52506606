/**
 * Money is held as whole cents in a bigint: exact, never floating point. It travels as a decimal string in euros
 * ("1234567.89") because JSON numbers and GraphQL Int cannot hold every amount exactly.
 */
export type Cents = bigint;

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** "1234.5" → 123450n. Throws on anything that is not a plain decimal with at most two places. */
export function parseMoney(value: string): Cents {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new RangeError(`Not an amount: ${value}`);
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** 123450n → "1234.50". */
export function moneyToString(cents: Cents): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** 123456789n → "1.234.567,89 €" (German convention). */
export function formatEuroDe(cents: Cents): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${euros},${String(abs % 100n).padStart(2, '0')} €`;
}

/** 123456789n → "€1,234,567.89" (English convention). */
export function formatEuroEn(cents: Cents): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}€${euros}.${String(abs % 100n).padStart(2, '0')}`;
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** A rate in basis points: 6500 = 65 %. */
export type BasisPoints = number;

/**
 * The federal share of an amount at a funding rate, rounded half up to the cent; the own share is the rest, so
 * that both always add up to the amount exactly.
 */
export function splitShares(amount: Cents, rate: BasisPoints): { federal: Cents; own: Cents } {
  if (!Number.isInteger(rate) || rate < 0 || rate > 10_000) throw new RangeError(`Not a rate in basis points: ${rate}`);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const federalAbs = (abs * BigInt(rate) + 5_000n) / 10_000n;
  const federal = negative ? -federalAbs : federalAbs;
  return { federal, own: amount - federal };
}

export function percentToBasisPoints(percent: number): BasisPoints {
  return Math.round(percent * 100);
}

export function basisPointsToPercent(rate: BasisPoints): number {
  return rate / 100;
}
