import { field } from './admin.factories';
import { createMeasureInput, measureCodePattern } from './measures.rules';

describe('measure codes', () => {
  it('checks measure codes against the project code', () => {
    expect(measureCodePattern('EIF').test('EIF-M07')).toBe(true);
    expect(measureCodePattern('EIF').test('MYK-M07')).toBe(false);
    expect(measureCodePattern('EIF').test('EIF-7')).toBe(false);
  });
});

describe('createMeasureInput', () => {
  it('adds the fields of the chosen goals and leaves out empty values', () => {
    const fields = [
      field('f1', 'HF1', [{ id: 'g1', code: 'HF1.1' }]),
      field('f2', 'HF2', [{ id: 'g2', code: 'HF2.1' }]),
    ];
    expect(
      createMeasureInput(
        'p1',
        {
          code: ' eif-m42 ',
          title: ' Neue Maßnahme ',
          phase: 'B',
          fieldOfActionIds: ['f1'],
          goalIds: ['g2'],
          leadUnitId: '',
          plannedStart: '2026-01-01',
          plannedEnd: '',
          priority: 'HIGH',
          flagship: true,
          published: false,
          strategyWork: true,
        },
        fields,
      ),
    ).toEqual({
      modelProjectId: 'p1',
      code: 'EIF-M42',
      title: 'Neue Maßnahme',
      phase: 'B',
      priority: 'HIGH',
      flagship: true,
      published: false,
      fieldOfActionIds: ['f1', 'f2'],
      goalIds: ['g2'],
      plannedStart: '2026-01-01',
    });
  });

  it('marks strategy work only in Phase A', () => {
    const values = {
      code: '',
      title: 'Strategieentwicklung',
      fieldOfActionIds: [],
      goalIds: [],
      leadUnitId: '',
      plannedStart: '',
      plannedEnd: '',
      priority: 'HIGH' as const,
      flagship: false,
      published: false,
      strategyWork: true,
    };
    expect(createMeasureInput('p1', { ...values, phase: 'A' }, []).strategyWork).toBe(true);
    expect(createMeasureInput('p1', { ...values, phase: 'A', strategyWork: false }, []).strategyWork).toBeUndefined();
  });
});
