import { shareOfTarget } from './indicator';

describe('shareOfTarget', () => {
  it('is the value as a percentage of the target', () => {
    expect(shareOfTarget('30', '120')).toBe(25);
    expect(shareOfTarget('150.5000', '100.0000')).toBeCloseTo(150.5);
  });

  it('has no share without a value or a target, or with a target of 0', () => {
    expect(shareOfTarget(null, '10')).toBeNull();
    expect(shareOfTarget('3', null)).toBeNull();
    expect(shareOfTarget('3', '0')).toBeNull();
  });
});
