import { jsonDepth } from './edge';

describe('jsonDepth', () => {
  it('counts nesting of arrays and objects', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('{"a":"[[[{{{\\"]]]"}')).toBe(1);
  });

  it('stops counting beyond the limit', () => {
    expect(jsonDepth('['.repeat(1_000_000), 40)).toBe(41);
  });
});
