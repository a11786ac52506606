import { addDays, addMonths, daysBetween, formatGermanDate, isIsoDate, maxDate, minDate, todayIn } from './dates';

describe('dates', () => {
  it('recognises only real calendar days as ISO dates', () => {
    expect(isIsoDate('2026-11-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('21.11.2026')).toBe(false);
    expect(isIsoDate(20261121)).toBe(false);
  });

  it('counts days across a daylight-saving change without drift', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-21', '2026-11-01')).toBe(-20);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months and clamps to the last day of a shorter month', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-01-15', 30)).toBe('2024-07-15');
    expect(addMonths('2021-03-31', 66)).toBe('2026-09-30');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });

  it('picks the earliest and latest present date', () => {
    expect(minDate(null, '2026-05-01', '2025-01-01', undefined)).toBe('2025-01-01');
    expect(maxDate(null, '2026-05-01', '2025-01-01')).toBe('2026-05-01');
    expect(minDate(null)).toBeNull();
  });

  it('tells the day in Berlin, which is ahead of UTC late in the evening', () => {
    expect(todayIn('Europe/Berlin', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(todayIn('UTC', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-21');
  });

  it('writes dates the German way', () => {
    expect(formatGermanDate('2026-11-21')).toBe('21.11.2026');
    expect(formatGermanDate(null)).toBe('');
  });
});
