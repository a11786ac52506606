import { normalizeDecimal } from './indicator.mapper';

describe('normalizeDecimal', () => {
  it('drops trailing zeros that numeric columns keep', () => {
    expect(normalizeDecimal('1250.5000')).toBe('1250.5');
    expect(normalizeDecimal('2500.0000')).toBe('2500');
    expect(normalizeDecimal('120')).toBe('120');
    expect(normalizeDecimal(null)).toBeNull();
  });
});
