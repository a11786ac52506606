import { grantSharesProblem, moneyForInput, parseEuroInput, parsePercentInput, sharesAtRate } from './money';

describe('parseEuroInput', () => {
  it('reads German amounts', () => {
    expect(parseEuroInput('1.234.567,89')).toBe('1234567.89');
    expect(parseEuroInput('1234567,5')).toBe('1234567.50');
    expect(parseEuroInput(' 99,9 € ')).toBe('99.90');
    expect(parseEuroInput('1.500')).toBe('1500.00');
    expect(parseEuroInput('2 500 000')).toBe('2500000.00');
  });

  it('reads plain and English amounts', () => {
    expect(parseEuroInput('1234.56')).toBe('1234.56');
    expect(parseEuroInput('1,234,567.89', 'en')).toBe('1234567.89');
    expect(parseEuroInput('1,500', 'en')).toBe('1500.00');
    expect(parseEuroInput('1,234.56')).toBe('1234.56');
    expect(parseEuroInput('0')).toBe('0.00');
  });

  it('refuses what is not an amount instead of guessing', () => {
    expect(parseEuroInput('')).toBeNull();
    expect(parseEuroInput('abc')).toBeNull();
    expect(parseEuroInput('-5')).toBeNull();
    expect(parseEuroInput('1,234')).toBeNull();
    expect(parseEuroInput('1.234', 'en')).toBeNull();
    expect(parseEuroInput('12,345,6')).toBeNull();
    expect(parseEuroInput('1.2,3')).toBeNull();
    expect(parseEuroInput('12345678901234')).toBeNull();
  });

  it('round-trips with the form value of an amount', () => {
    for (const lang of ['de', 'en']) {
      expect(parseEuroInput(moneyForInput('1234567.89', lang), lang)).toBe('1234567.89');
    }
    expect(moneyForInput('1234567.89', 'de')).toBe('1.234.567,89');
    expect(moneyForInput('1234567.89', 'en')).toBe('1,234,567.89');
    expect(moneyForInput('650.5', 'de')).toBe('650,50');
    expect(parseEuroInput(moneyForInput('999.00', 'de'))).toBe('999.00');
    expect(moneyForInput(null, 'de')).toBe('');
  });
});

describe('parsePercentInput', () => {
  it('reads rates from 0 to 100 with two decimals at most', () => {
    expect(parsePercentInput('65')).toBe(65);
    expect(parsePercentInput('65,5 %')).toBe(65.5);
    expect(parsePercentInput('90.25')).toBe(90.25);
    expect(parsePercentInput('101')).toBeNull();
    expect(parsePercentInput('65,555')).toBeNull();
    expect(parsePercentInput('')).toBeNull();
  });
});

describe('grant shares', () => {
  it('splits eligible costs as the API does (federal share half up)', () => {
    expect(sharesAtRate('1000000.00', 65)).toEqual({ grantAmount: '650000.00', ownShare: '350000.00' });
    expect(sharesAtRate('0.03', 50)).toEqual({ grantAmount: '0.02', ownShare: '0.01' });
    expect(sharesAtRate('100.00', 90)).toEqual({ grantAmount: '90.00', ownShare: '10.00' });
  });

  it('finds grants that exceed the costs or do not add up', () => {
    expect(grantSharesProblem('100.00', '90.00', '10.00')).toBeNull();
    expect(grantSharesProblem('100.00', null, null)).toBeNull();
    expect(grantSharesProblem('100.00', '100.01', null)).toBe('grantExceedsCosts');
    expect(grantSharesProblem('100.00', '90.00', '9.99')).toBe('sharesDoNotAddUp');
  });
});
