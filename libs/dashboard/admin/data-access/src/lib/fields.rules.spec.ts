import { field } from './admin.factories';
import { nextFieldCode, nextGoalCode } from './fields.rules';
import { nextInSeries } from './series';

describe('codes', () => {
  it('suggests the next codes of fields of action and goals', () => {
    expect(nextFieldCode([])).toBe('HF1');
    expect(nextFieldCode([field('a', 'HF1'), field('b', 'HF4')])).toBe('HF5');
    expect(nextGoalCode(field('a', 'HF2'))).toBe('HF2.1');
    expect(
      nextGoalCode(
        field('a', 'HF2', [
          { id: 'g', code: 'HF2.1' },
          { id: 'h', code: 'HF2.3' },
        ]),
      ),
    ).toBe('HF2.4');
    expect(nextGoalCode(field('a', 'HF1', [{ id: 'g', code: 'Z1.2' }]))).toBe('Z1.3');
    expect(nextFieldCode([field('a', 'A'), field('b', 'B')])).toBe('HF1');
  });

  it('follows the other fields’ scheme for the first goal of a field', () => {
    const hf2 = field('b', 'HF2', [{ id: 'g', code: 'Z2.1' }]);
    expect(nextGoalCode(field('d', 'HF4'), [field('a', 'HF1'), hf2])).toBe('Z4.1');
  });

  it('continues numbered series in their width', () => {
    expect(nextInSeries(['EIF-M07', 'EIF-M05'])).toBe('EIF-M08');
    expect(nextInSeries(['EIF-M09'])).toBe('EIF-M10');
    expect(nextInSeries(['HF9'])).toBe('HF10');
    expect(nextInSeries(['A', 'B'])).toBeNull();
  });
});
