import { buildSchema, parse, validate } from 'graphql';
import { aliasLimit, depthLimit } from './graphql-limits';

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
