import type { MeasureDetail } from '@masswerk/dashboard/measures/data-access';
import {
  indicatorForm,
  measuredValueForm,
  toCreateIndicatorInput,
  toIndicatorChanges,
  toIndicatorValues,
  toRecordValueInput,
} from './indicator.form';

type Indicator = MeasureDetail['indicators'][number];

const anIndicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'i1',
  name: 'Nutzende',
  unit: 'Personen',
  description: '',
  baselineValue: '0',
  targetValue: '2500',
  targetDate: '2027-12-31',
  sortOrder: 1,
  version: 4,
  values: [],
  ...over,
});

describe('the indicator forms', () => {
  it('read numbers in the interface’s language and refuse what is no number', () => {
    const form = indicatorForm(() => 'de');
    form.patchValue({ name: 'Nutzende', targetValue: '2.500,5' });
    expect(form.valid).toBe(true);
    form.controls.targetValue.setValue('viele');
    expect(form.controls.targetValue.hasError('decimal')).toBe(true);
    const value = measuredValueForm(() => 'de');
    expect(value.controls.value.hasError('required')).toBe(true);
  });

  it('shows the API’s numbers as typed in German and sends them back with a point', () => {
    const values = toIndicatorValues(anIndicator({ targetValue: '2500.5' }), 'de');
    expect(values.targetValue).toBe('2500,5');
    expect(toCreateIndicatorInput('m1', values, 'de', [{ sortOrder: 3 }])).toMatchObject({
      measureId: 'm1',
      targetValue: '2500.5',
      baselineValue: '0',
      sortOrder: 4,
    });
  });

  it('sends only what changed, comparing numbers by value', () => {
    const i = anIndicator({ targetValue: '2500.0000' });
    expect(toIndicatorChanges(i, toIndicatorValues(i, 'de'), 'de')).toBeNull();
    expect(
      toIndicatorChanges(i, { ...toIndicatorValues(i, 'de'), targetValue: '3.000', targetDate: null }, 'de'),
    ).toEqual({ targetValue: '3000', targetDate: null });
  });

  it('records a value only when it can be read', () => {
    expect(toRecordValueInput('i1', { measuredOn: '2026-11-01', value: '1.200', note: ' ' }, 'de')).toEqual({
      indicatorId: 'i1',
      measuredOn: '2026-11-01',
      value: '1200',
      note: '',
    });
    expect(toRecordValueInput('i1', { measuredOn: '2026-11-01', value: 'x', note: '' }, 'de')).toBeNull();
  });
});
