import { toPrefixTsQuery } from './measure-query';
import { normalizeDecimal } from '../measure.mapper';

describe('toPrefixTsQuery', () => {
  it('turns words into prefix terms joined by AND', () => {
    expect(toPrefixTsQuery('Leerst plattform')).toBe('leerst:* & plattform:*');
  });
  it('drops everything that could be tsquery syntax', () => {
    expect(toPrefixTsQuery("daten & | ! ( ) ' :* <->")).toBe('daten:*');
    expect(toPrefixTsQuery('!!!')).toBeNull();
  });
  it('keeps umlauts and digits', () => {
    expect(toPrefixTsQuery('Bürgerbüro 2026')).toBe('bürgerbüro:* & 2026:*');
  });
});

describe('normalizeDecimal', () => {
  it('drops trailing zeros that numeric columns keep', () => {
    expect(normalizeDecimal('1250.5000')).toBe('1250.5');
    expect(normalizeDecimal('2500.0000')).toBe('2500');
    expect(normalizeDecimal('120')).toBe('120');
    expect(normalizeDecimal(null)).toBeNull();
  });
});
