import { formatDate, formatMoney, formatNumber, formatPercent } from './format';

describe('German formats', () => {
  it('writes dates as 21.11.2026', () => {
    expect(formatDate('2026-11-21')).toBe('21.11.2026');
    expect(formatDate('2026-11-21', 'en')).toBe('21/11/2026');
    expect(formatDate(null)).toBe('–');
  });

  it('writes an instant as the day it is in Germany, and nothing broken as a date', () => {
    expect(formatDate('2026-11-21T23:30:00.000Z')).toBe('22.11.2026');
    expect(formatDate('kein Datum')).toBe('–');
  });

  it('writes money as 1.234.567,89 €', () => {
    expect(formatMoney('1234567.89').replace(/\u00a0/g, ' ')).toBe('1.234.567,89 €');
    expect(formatMoney('0').replace(/\u00a0/g, ' ')).toBe('0,00 €');
  });

  it('writes numbers and percentages the German way', () => {
    expect(formatNumber('2500.25')).toBe('2.500,25');
    expect(formatPercent(45).replace(/\u00a0/g, ' ')).toBe('45 %');
  });
});
