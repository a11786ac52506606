import { dateForInput, parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it.each([
    ['06.12.2026', '2026-12-06'],
    ['6.12.2026', '2026-12-06'],
    ['6.12.26', '2026-12-06'],
    ['06/12/2026', '2026-12-06'],
    ['2026-12-06', '2026-12-06'],
    [' 29.02.2028 ', '2028-02-29'],
  ])('reads %s as %s', (text, day) => expect(parseDateInput(text)).toBe(day));

  it.each(['31.02.2026', '29.02.2027', '12/31/2026', '2026-13-01', '06.12', 'morgen', '1.1.1800', ''])(
    'refuses %j',
    (text) => expect(parseDateInput(text)).toBeNull(),
  );
});

describe('dateForInput', () => {
  it('shows the day as the language writes it', () => {
    expect(dateForInput('2026-12-06', 'de')).toBe('06.12.2026');
    expect(dateForInput('2026-12-06', 'en')).toBe('06/12/2026');
    expect(dateForInput(null, 'de')).toBe('');
  });

  it('reads back what it shows', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2028-02-29'])
      for (const language of ['de', 'en']) expect(parseDateInput(dateForInput(day, language))).toBe(day);
  });
});
