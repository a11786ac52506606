import { roundedPercent, roundedQuotient, roundedToTenth } from './rounding';

describe('roundedQuotient', () => {
  it('rounds halves up for positive quotients', () => {
    expect(roundedQuotient(5, 2)).toBe(3);
    expect(roundedQuotient(7, 2)).toBe(4);
    expect(roundedQuotient(4, 3)).toBe(1);
    expect(roundedQuotient(5, 3)).toBe(2);
  });

  it('rounds halves away from zero for negative quotients, as PostgreSQL round() does', () => {
    expect(roundedQuotient(-5, 2)).toBe(-3);
    expect(roundedQuotient(-4, 3)).toBe(-1);
    expect(roundedQuotient(-1, 3)).toBe(0);
    expect(Object.is(roundedQuotient(-1, 3), -0)).toBe(false);
  });

  it('refuses fractions and non-positive denominators', () => {
    expect(() => roundedQuotient(1.5, 2)).toThrow(RangeError);
    expect(() => roundedQuotient(1, 0)).toThrow(RangeError);
  });
});

describe('roundedPercent', () => {
  it('rounds an exact half up where floating point would round it down', () => {
    // 57 / 200 * 100 is 28.499999999999996 in floating point
    expect(Math.round((57 / 200) * 100)).toBe(28);
    expect(roundedPercent(57, 200)).toBe(29);
    expect(roundedPercent(1, 8)).toBe(13); // 12.5
    expect(roundedPercent(1, 3)).toBe(33);
    expect(roundedPercent(2, 3)).toBe(67);
  });

  it('agrees with rounding the exact decimal for every fraction with a denominator up to 400', () => {
    for (let whole = 1; whole <= 400; whole++) {
      for (let part = 0; part <= whole; part++) {
        // 100·part/whole lies exactly halfway iff 200·part is an odd multiple of whole
        const twice = (200 * part) / whole;
        const exactHalf = Number.isInteger(twice) && twice % 2 === 1;
        const expected = exactHalf ? (twice + 1) / 2 : Math.round((100 * part) / whole);
        if (roundedPercent(part, whole) !== expected) throw new Error(`${part}/${whole}`);
      }
    }
  });
});

describe('roundedToTenth', () => {
  it('keeps one decimal, halves away from zero', () => {
    expect(roundedToTenth(9, 4)).toBe(2.3); // 2.25
    expect(roundedToTenth(-9, 4)).toBe(-2.3);
    expect(roundedToTenth(1, 3)).toBe(0.3);
    expect(roundedToTenth(0, 7)).toBe(0);
  });
});
