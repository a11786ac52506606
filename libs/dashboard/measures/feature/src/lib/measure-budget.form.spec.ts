import {
  addableYear,
  expenditureForm,
  ExpenditureValues,
  planCategories,
  planYears,
  toExpenditureInput,
} from './measure-budget.form';

const values: ExpenditureValues = {
  costCategoryId: 'c1',
  spentOn: '2026-11-02',
  amount: '1.200,50',
  description: 'Schulung',
  documentReference: 'RE-2026-117',
};

describe('the expenditure form', () => {
  it('records the amount read in the page’s language, a correction negative', () => {
    expect(toExpenditureInput('m1', values, 'de')).toEqual({ measureId: 'm1', ...values, amount: '1200.50' });
    expect(toExpenditureInput('m1', { ...values, amount: '-300' }, 'de')?.amount).toBe('-300.00');
  });

  it('records nothing for an amount it cannot read', () => {
    expect(toExpenditureInput('m1', { ...values, amount: 'zwölf' }, 'de')).toBeNull();
  });

  it('wants a category, a day, an amount other than zero and a description', () => {
    const form = expenditureForm(() => 'de');
    form.setValue(values);
    expect(form.valid).toBe(true);
    form.patchValue({ amount: '0', description: ' ' });
    expect(form.controls.amount.invalid).toBe(true);
    expect(form.controls.description.invalid).toBe(true);
  });
});

describe('the cost plan’s columns and rows', () => {
  it('follow the measure’s schedule: moving its end into 2027 brings a 2027 column', () => {
    expect(planYears([2026], '2026-01-01', '2026-12-31')).toEqual([2026]);
    expect(planYears([2026], '2026-01-01', '2027-03-31')).toEqual([2026, 2027]);
  });

  it('keep the years of entries outside the schedule and the years added, in order', () => {
    expect(planYears([2025], '2026-04-01', '2027-03-31', [2029])).toEqual([2025, 2026, 2027, 2029]);
    expect(planYears([], null, null, [2028])).toEqual([2028]);
  });

  it('do not unfold an absurd schedule year by year', () => {
    expect(planYears([], '2026-01-01', '2099-12-31')).toEqual([2026, 2099]);
  });

  it('list categories with entries or spending, then those added, once each', () => {
    expect(planCategories(['a', 'b'], ['b', 'c'], ['d', 'a'])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('add a year only when it is a plausible year not shown yet', () => {
    expect(addableYear(' 2028 ', [2026, 2027])).toBe(2028);
    expect(addableYear('2027', [2026, 2027])).toBeNull();
    expect(addableYear('27', [])).toBeNull();
    expect(addableYear('2028.5', [])).toBeNull();
  });
});
