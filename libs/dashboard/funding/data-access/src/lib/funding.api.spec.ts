import { cents, exportUrl, percentOf } from './funding.api';

describe('funding helpers', () => {
  it('builds export addresses with the chosen phase and period', () => {
    expect(exportUrl('EIF', 'numerical-statement.xlsx', { phase: 'B', from: '2024-01-01', to: null })).toBe(
      '/api/exports/projects/EIF/numerical-statement.xlsx?phase=B&from=2024-01-01',
    );
    expect(exportUrl('EIF', 'measures.csv')).toBe('/api/exports/projects/EIF/measures.csv');
  });

  it('reads money strings exactly', () => {
    expect(cents('1234.56')).toBe(123456n);
    expect(cents('-0.05')).toBe(-5n);
    expect(cents('10')).toBe(1000n);
  });

  it('computes a share in percent with one decimal', () => {
    expect(percentOf('250.00', '1000.00')).toBe(25);
    expect(percentOf('1.00', '3.00')).toBe(33.3);
    expect(percentOf('1.00', '0.00')).toBeNull();
  });
});
