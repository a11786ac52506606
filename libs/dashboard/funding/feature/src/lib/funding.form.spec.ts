import { callOffForm, CallOffValues, toCallOffInput } from './funding.form';

const values: CallOffValues = {
  grantId: 'g1',
  requestedOn: '2026-11-20',
  amount: '12.345,67',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  planned: false,
};
const { planned: _planned, ...fields } = values;

describe('the call-off form', () => {
  it('submits the amount read in the page’s language', () => {
    expect(toCallOffInput(values, 'de')).toEqual({ ...fields, amount: '12345.67', status: 'SUBMITTED' });
    expect(toCallOffInput({ ...values, amount: '12,345.67' }, 'en')?.amount).toBe('12345.67');
  });

  it('keeps a call-off only planned as a draft on its planned day', () => {
    expect(toCallOffInput({ ...values, planned: true }, 'de')).toEqual({
      ...fields,
      amount: '12345.67',
      status: 'DRAFT',
    });
  });

  it('sends nothing for an amount it cannot read for sure', () => {
    expect(toCallOffInput({ ...values, amount: '1,234' }, 'de')).toBeNull();
  });

  it('wants every field and an amount other than zero', () => {
    const form = callOffForm(() => 'de');
    expect(form.valid).toBe(false);
    form.setValue(values);
    expect(form.valid).toBe(true);
    form.controls.amount.setValue('0,00');
    expect(form.controls.amount.invalid).toBe(true);
  });
});
