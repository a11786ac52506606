import { lines } from './form-text';
import { strategyVersionFields, strategyVersionValues } from './strategy.rules';

describe('strategy versions', () => {
  it('sends lists line by line and empty dates as null', () => {
    const values = {
      ...strategyVersionValues(null),
      label: ' Fortschreibung 2026 ',
      adoptedOn: '2026-03-01',
      targetPictures: 'Vernetzt\n\n  Nachhaltig ',
    };
    expect(strategyVersionFields(values)).toEqual({
      label: 'Fortschreibung 2026',
      adoptedOn: '2026-03-01',
      resolutionReference: null,
      acceptedByFunderOn: null,
      vision: '',
      targetPictures: ['Vernetzt', 'Nachhaltig'],
      values: [],
      notes: '',
    });
    expect(lines(' a \n\nb')).toEqual(['a', 'b']);
  });
});
