import { formatEuroDe, formatEuroEn, isMoneyString, moneyToString, parseMoney, splitShares, sumCents } from './money';

describe('money', () => {
  it('parses decimal euro strings into exact cents', () => {
    expect(parseMoney('1234567.89')).toBe(123456789n);
    expect(parseMoney('0.5')).toBe(50n);
    expect(parseMoney('15000000')).toBe(1500000000n);
    expect(parseMoney('-12.30')).toBe(-1230n);
  });

  it('refuses what is not a plain amount', () => {
    for (const bad of ['1,5', '1.234', 'abc', '', '1e6', '12345678901234']) {
      expect(isMoneyString(bad)).toBe(false);
      expect(() => parseMoney(bad)).toThrow(RangeError);
    }
  });

  it('prints cents back as a decimal string', () => {
    expect(moneyToString(123456789n)).toBe('1234567.89');
    expect(moneyToString(5n)).toBe('0.05');
    expect(moneyToString(-1230n)).toBe('-12.30');
  });

  it('writes euros the German and the English way', () => {
    expect(formatEuroDe(123456789n)).toBe('1.234.567,89 €');
    expect(formatEuroDe(0n)).toBe('0,00 €');
    expect(formatEuroDe(-100n)).toBe('-1,00 €');
    expect(formatEuroEn(123456789n)).toBe('€1,234,567.89');
    expect(formatEuroEn(-5n)).toBe('-€0.05');
  });

  it('adds up exactly where floating point would not', () => {
    expect(sumCents([10n, 20n])).toBe(30n); // 0.10 + 0.20
    expect(moneyToString(sumCents(Array(10).fill(10n)))).toBe('1.00');
  });
});

describe('splitShares', () => {
  it('splits 65 % federal and 35 % own', () => {
    expect(splitShares(10000n, 6500)).toEqual({ federal: 6500n, own: 3500n });
  });

  it('splits 90 % for municipalities in budgetary emergency', () => {
    expect(splitShares(1_750_000_000n, 9000)).toEqual({ federal: 1_575_000_000n, own: 175_000_000n });
  });

  it('rounds the federal share half up to the cent and gives the rest to the own share', () => {
    expect(splitShares(1n, 6500)).toEqual({ federal: 1n, own: 0n }); // 0.65 ct → 1 ct
    expect(splitShares(3n, 6500)).toEqual({ federal: 2n, own: 1n }); // 1.95 ct → 2 ct
    expect(splitShares(333n, 6500)).toEqual({ federal: 216n, own: 117n }); // 216.45 → 216
    expect(splitShares(10n, 6500)).toEqual({ federal: 7n, own: 3n }); // 6.5 → 7
  });

  it('always adds up to the amount, also for corrections', () => {
    for (const amount of [0n, 1n, 99n, 12345n, 987654321n, -12345n]) {
      const { federal, own } = splitShares(amount, 6500);
      expect(federal + own).toBe(amount);
    }
    expect(splitShares(-10n, 6500)).toEqual({ federal: -7n, own: -3n });
  });

  it('refuses a rate that is not between 0 and 100 %', () => {
    expect(() => splitShares(100n, 10001)).toThrow(RangeError);
    expect(() => splitShares(100n, 65.5)).toThrow(RangeError);
  });
});
