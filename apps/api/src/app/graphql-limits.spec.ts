import { buildSchema, parse, validate } from 'graphql';
import { aliasLimit, depthLimit, fieldLimit } from './graphql-limits';

const schema = buildSchema(`
  type Query { a: A }
  type A { b: A, name: String }
`);

const errorsOf = (query: string, rule: ReturnType<typeof depthLimit>) =>
  validate(schema, parse(query), [rule]).map((e) => e.extensions?.['limit']);

describe('depthLimit', () => {
  it('accepts a document at the limit', () => {
    expect(errorsOf('{ a { b { name } } }', depthLimit(3))).toEqual([]);
  });
  it('refuses a document one level deeper', () => {
    expect(errorsOf('{ a { b { b { name } } } }', depthLimit(3))).toEqual(['depth']);
  });
  it('counts fragments where they are spread', () => {
    expect(errorsOf('{ a { ...F } } fragment F on A { b { b { name } } }', depthLimit(3))).toEqual(['depth']);
  });
  it('terminates on a fragment that spreads itself (GraphQL reports the cycle itself)', () => {
    expect(errorsOf('{ a { ...F } } fragment F on A { b { ...F } }', depthLimit(5))).toEqual([]);
  });
});

describe('aliasLimit', () => {
  it('refuses more aliases than allowed', () => {
    expect(errorsOf('{ x: a { name } y: a { name } z: a { name } }', aliasLimit(2))).toEqual(['aliases']);
    expect(errorsOf('{ x: a { name } y: a { name } }', aliasLimit(2))).toEqual([]);
  });
});

describe('fieldLimit and the shape of fragments', () => {
  const bomb = (levels: number) => {
    let doc = `{ ...F${levels} } fragment F0 on Query { a { name } }\n`;
    for (let i = 1; i <= levels; i++) doc += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
    return doc;
  };

  it('counts the fields of spread fragments as often as they are spread', () => {
    expect(errorsOf(bomb(3), fieldLimit(16))).toEqual([]); // 2^3 spreads of 2 fields
    expect(errorsOf(bomb(3), fieldLimit(15))).toEqual(['fields']);
  });

  it('measures each fragment once, however often it is spread', () => {
    const started = performance.now();
    expect(errorsOf(bomb(400), fieldLimit(10_000))).toEqual(['fields']);
    expect(errorsOf(bomb(400), depthLimit(10))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000); // 2^400 walks would never end
  });

  it('refuses any document within the token limit in well under 50 ms of CPU time', () => {
    // GRAPHQL_MAX_TOKENS' default is 5,000; a fragment of two spreads is ten tokens. Our rules: graphql-js's own
    // (linear too) are measured end to end in hostile-requests.integration-spec.ts.
    const query = bomb(5000 / 10 - 2);
    const rules = [depthLimit(10), fieldLimit(10_000), aliasLimit(10)];
    const refuse = () => validate(schema, parse(query, { maxTokens: 5000 }), rules).map((e) => e.extensions?.['limit']);
    refuse(); // the first run compiles the code; a running server has long done that
    // CPU time of this process, not the wall clock, and the best of five: the machines are shared.
    const cpuMs = Array.from({ length: 5 }, () => {
      const started = process.cpuUsage();
      expect(refuse()).toContain('fields');
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    });
    expect(Math.min(...cpuMs)).toBeLessThan(50);
  });
});
