import { expenditureForm, ExpenditureValues, toExpenditureInput } from './measure-budget.form';

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
