/**
 * Rounding of quotients, shared by every rule that divides: exact integer arithmetic, halves away from zero (for the
 * non-negative percentages of the rules: halves up). It is what PostgreSQL's `round()` does on exact numerics, and
 * the SQL versions of the rules use the same integer formula (`roundedQuotientSql` in libs/api/measure), so TypeScript and SQL can
 * never disagree on a half: `elapsed / span * 100` in floating point makes 57 of 200 days 28.499999… and rounds it
 * down, where the exact value 28.5 rounds up.
 */

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
}

/** `numerator ÷ denominator` rounded to a whole number, halves away from zero. Both must be integers, the denominator positive. */
export function roundedQuotient(numerator: number, denominator: number): number {
  assertInteger(numerator, 'numerator');
  assertInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  const magnitude = Math.abs(numerator);
  // floor((2n + d) / 2d) without a floating-point division: subtract the remainder first.
  const twice = 2 * magnitude + denominator;
  const quotient = (twice - (twice % (2 * denominator))) / (2 * denominator);
  return numerator < 0 && quotient !== 0 ? -quotient : quotient;
}

/** `part` as a whole percentage of `whole`, rounded halves up (integers; `whole` positive). */
export function roundedPercent(part: number, whole: number): number {
  return roundedQuotient(100 * part, whole);
}

/** `numerator ÷ denominator` rounded to one decimal, halves away from zero (integers; denominator positive). */
export function roundedToTenth(numerator: number, denominator: number): number {
  return roundedQuotient(10 * numerator, denominator) / 10;
}
