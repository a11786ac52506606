import { grantSharesProblem, sharesAtRate } from './money';

describe('grant shares', () => {
  it('splits eligible costs as the API does (federal share half up)', () => {
    expect(sharesAtRate('1000000.00', 65)).toEqual({ grantAmount: '650000.00', ownShare: '350000.00' });
    expect(sharesAtRate('0.03', 50)).toEqual({ grantAmount: '0.02', ownShare: '0.01' });
    expect(sharesAtRate('100.00', 90)).toEqual({ grantAmount: '90.00', ownShare: '10.00' });
  });

  it('finds grants that exceed the costs or do not add up', () => {
    expect(grantSharesProblem('100.00', '90.00', '10.00')).toBeNull();
    expect(grantSharesProblem('100.00', null, null)).toBeNull();
    expect(grantSharesProblem('100.00', '100.01', null)).toBe('grantExceedsCosts');
    expect(grantSharesProblem('100.00', '90.00', '9.99')).toBe('sharesDoNotAddUp');
  });
});
