import { toPrefixTsQuery } from './measure-query';

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
