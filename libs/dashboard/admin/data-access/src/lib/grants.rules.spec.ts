import { createGrantInput, updateGrantInput } from './grants.rules';

describe('grants', () => {
  const values = {
    commitmentNumber: ' 436-2021-17 ',
    commitmentDate: '2021-09-15',
    eligibleCosts: '1.000.000,00',
    fundingRate: '65',
    grantAmount: '',
    ownShare: '',
    periodStart: '',
    periodEnd: '',
    notes: '',
  };

  it('leaves grant and own share to the API when empty', () => {
    expect(createGrantInput('p1', 'A', values, 'de')).toEqual({
      modelProjectId: 'p1',
      phase: 'A',
      commitmentNumber: '436-2021-17',
      commitmentDate: '2021-09-15',
      eligibleCosts: '1000000.00',
      fundingRate: 65,
      periodStart: null,
      periodEnd: null,
      notes: '',
    });
  });

  it('sends every field of a change with its version', () => {
    expect(
      updateGrantInput({ id: 'g1', version: 2 }, { ...values, grantAmount: '650.000', ownShare: '350.000,00' }, 'de'),
    ).toEqual({
      id: 'g1',
      version: 2,
      commitmentNumber: '436-2021-17',
      commitmentDate: '2021-09-15',
      eligibleCosts: '1000000.00',
      fundingRate: 65,
      grantAmount: '650000.00',
      ownShare: '350000.00',
      periodStart: null,
      periodEnd: null,
      notes: '',
    });
  });
});
