import { roundDefaults } from './open-round.dialog';

describe('roundDefaults', () => {
  it('proposes the half-year of today, due four weeks later', () => {
    expect(roundDefaults('2026-11-21')).toEqual({
      name: 'Halbjahresbericht 2026/2',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      dueDate: '2026-12-19',
    });
  });

  it('crosses the year end and the first half', () => {
    expect(roundDefaults('2027-12-20').dueDate).toBe('2028-01-17');
    expect(roundDefaults('2027-03-05')).toMatchObject({ name: 'Halbjahresbericht 2027/1', periodEnd: '2027-06-30' });
  });
});
