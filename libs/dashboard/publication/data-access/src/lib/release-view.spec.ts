import { releasable, releaseStanding } from './release-view';

describe('the standing of a public version', () => {
  it('tells not released, current and behind apart', () => {
    expect(releaseStanding({ released: false, differences: [] })).toBe('NOT_RELEASED');
    expect(releaseStanding({ released: true, differences: [] })).toBe('CURRENT');
    expect(releaseStanding({ released: true, differences: ['TITLE'] })).toBe('BEHIND');
  });

  it('offers for release what is not public or behind, never what is current', () => {
    const rows = [
      { code: 'A', state: { released: true, differences: [] } },
      { code: 'B', state: { released: false, differences: [] } },
      { code: 'C', state: { released: true, differences: ['MONEY' as const] } },
    ];
    expect(releasable(rows).map((r) => r.code)).toEqual(['B', 'C']);
  });
});
