import { decodeCursor, encodeCursor, toConnection } from './pagination';
import { DomainError } from '../errors/domain-error';

describe('keyset cursors', () => {
  it('round-trip the sort value and the id', () => {
    expect(decodeCursor(encodeCursor(['2026-11-21', 'id-1']), 2)).toEqual(['2026-11-21', 'id-1']);
  });

  it('refuse a cursor that is not ours, naming the argument', () => {
    for (const forged of ['garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(forged, 2)).toThrow(DomainError);
    }
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3, 4];
  it('uses the extra row only to know there is a next page', () => {
    const page = toConnection(
      rows,
      3,
      10,
      false,
      (n) => [n],
      (n) => `#${n}`,
    );
    expect(page.nodes).toEqual(['#1', '#2', '#3']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor([3]) });
    expect(page.totalCount).toBe(10);
  });

  it('has no cursors on an empty page', () => {
    expect(
      toConnection(
        [],
        5,
        0,
        true,
        (n: number) => [n],
        (n) => n,
      ).pageInfo,
    ).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
