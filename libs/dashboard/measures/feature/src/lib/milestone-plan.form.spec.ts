import { aMilestone } from './measure.factories';
import {
  milestonePlanForm,
  reorderMilestones,
  toCreateMilestoneInput,
  toMilestoneChanges,
  toMilestonePlanValues,
} from './milestone-plan.form';

describe('the milestone plan form', () => {
  it('refuses a blank title, a missing baseline and a weight outside 0–100 or with decimals', () => {
    const form = milestonePlanForm();
    form.setValue({ title: '  ', description: '', baselineDate: null, forecastDate: null, weight: 101 });
    expect(form.controls.title.invalid).toBe(true);
    expect(form.controls.baselineDate.invalid).toBe(true);
    expect(form.controls.weight.hasError('weight')).toBe(true);
    form.controls.weight.setValue(2.5);
    expect(form.controls.weight.hasError('weight')).toBe(true);
    form.patchValue({ title: 'Pilot', baselineDate: '2026-12-01', weight: 0 });
    expect(form.valid).toBe(true);
  });

  it('fills a new milestone with weight 1 and an existing one with its values', () => {
    expect(toMilestonePlanValues(null)).toEqual({
      title: '',
      description: '',
      baselineDate: null,
      forecastDate: null,
      weight: 1,
    });
    expect(toMilestonePlanValues(aMilestone({ forecastDate: '2026-04-15', weight: 3 }))).toMatchObject({
      baselineDate: '2026-03-31',
      forecastDate: '2026-04-15',
      weight: 3,
    });
  });

  it('places a new milestone after the last one, trimmed', () => {
    const values = { title: ' Pilot ', description: '', baselineDate: '2026-12-01', forecastDate: '', weight: 2 };
    expect(toCreateMilestoneInput('x', values, [{ sortOrder: 4 }, { sortOrder: 2 }])).toEqual({
      measureId: 'x',
      title: 'Pilot',
      description: '',
      baselineDate: '2026-12-01',
      forecastDate: null,
      weight: 2,
      sortOrder: 5,
    });
    expect(toCreateMilestoneInput('x', values, []).sortOrder).toBe(1);
  });

  it('sends only the plan fields that changed, and the forecast apart', () => {
    const ms = aMilestone({ forecastDate: '2026-04-15' });
    expect(toMilestoneChanges(ms, toMilestonePlanValues(ms))).toEqual({ plan: null, forecastDate: undefined });
    expect(
      toMilestoneChanges(ms, {
        ...toMilestonePlanValues(ms),
        baselineDate: '2026-05-01',
        weight: 4,
        forecastDate: null,
      }),
    ).toEqual({ plan: { baselineDate: '2026-05-01', weight: 4 }, forecastDate: null });
  });

  it('moves a milestone by numbering the list anew, changing only those whose place changes', () => {
    const list = [
      aMilestone({ id: 'a', sortOrder: 1, version: 1 }),
      aMilestone({ id: 'b', sortOrder: 2, version: 2 }),
      aMilestone({ id: 'c', sortOrder: 3, version: 5 }),
    ];
    expect(reorderMilestones(list, 2, -1)).toEqual([
      { id: 'c', version: 5, sortOrder: 2 },
      { id: 'b', version: 2, sortOrder: 3 },
    ]);
    expect(reorderMilestones(list, 0, -1)).toEqual([]);
    expect(reorderMilestones(list, 2, 1)).toEqual([]);
    // never numbered (all 0): every milestone gets its place
    const unnumbered = list.map((m) => ({ ...m, sortOrder: 0 }));
    expect(reorderMilestones(unnumbered, 0, 1).map((c) => [c.id, c.sortOrder])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});
