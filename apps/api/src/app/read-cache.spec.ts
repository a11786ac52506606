import { parse, OperationDefinitionNode } from 'graphql';
import { lazy } from '@masswerk/api/core';
import { isCacheableDocument, isCacheableOperation, ReadCache } from './read-cache';

/** Root queries as the read model's resolvers declare them with @CachedRead(). */
const READ_MODEL = new Set(['measures', 'modelProject', 'portfolioSummary']);

const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('ReadCache', () => {
  it('returns an answer only under the epoch it was computed for', () => {
    const cache = new ReadCache({ maxBytes: 1_000_000 });
    cache.set('k', '7', '{"data":{"a":1}}', 'application/json');
    expect(cache.get('k', '7')?.payload).toBe('{"data":{"a":1}}');
    expect(cache.get('k', '8')).toBeNull();
    expect(cache.get('other', '7')).toBeNull();
  });

  it('stays within its memory bound, dropping the least recently used answers first', () => {
    const answer = 'x'.repeat(50); // 100 bytes as a JavaScript string
    const cache = new ReadCache({ maxBytes: 1000 });
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(key, '1', answer, 'application/json');
    expect(cache.get('a', '1')).not.toBeNull(); // a is now the most recent
    cache.set('j', '1', answer, 'application/json');
    cache.set('k', '1', answer, 'application/json');
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get('a', '1')).not.toBeNull();
    expect(cache.get('b', '1')).toBeNull();
  });

  it('never keeps one answer larger than an eighth of its memory', () => {
    const cache = new ReadCache({ maxBytes: 800 });
    cache.set('big', '1', 'x'.repeat(101), 'application/json');
    expect(cache.get('big', '1')).toBeNull();
    expect(new ReadCache({ maxBytes: 0 }).enabled).toBe(false);
  });

  it('caches only queries of the read model', () => {
    expect(
      isCacheableOperation(op('{ measures { nodes { id } } portfolioSummary { measureCount } }'), READ_MODEL),
    ).toBe(true);
    expect(isCacheableOperation(op('{ __typename modelProject(code: "EIF") { id } }'), READ_MODEL)).toBe(true);
    expect(isCacheableOperation(op('{ viewer { user { id } } }'), READ_MODEL)).toBe(false);
    expect(isCacheableOperation(op('{ measures { nodes { id } } apiTokens { id } }'), READ_MODEL)).toBe(false);
    expect(isCacheableOperation(op('mutation { signOut }'), READ_MODEL)).toBe(false);
    expect(isCacheableOperation(op('{ ... on Query { measures { nodes { id } } } }'), READ_MODEL)).toBe(false);
    expect(isCacheableOperation(undefined, READ_MODEL)).toBe(false);
  });

  it('judges a request by the operation it names, and refuses documents that do not parse', () => {
    const two = 'query A { measures { nodes { id } } } query B { viewer { user { id } } }';
    expect(isCacheableDocument(two, 'A', READ_MODEL)).toBe(true);
    expect(isCacheableDocument(two, 'B', READ_MODEL)).toBe(false);
    expect(isCacheableDocument(two, undefined, READ_MODEL)).toBe(false);
    expect(isCacheableDocument('{ measures { ', undefined, READ_MODEL)).toBe(false);
  });
});

describe('lazy', () => {
  it('computes only when awaited, and only once', async () => {
    const compute = jest.fn(async () => 42);
    const value = lazy(compute);
    expect(compute).not.toHaveBeenCalled();
    expect(await value).toBe(42);
    expect(await value).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
