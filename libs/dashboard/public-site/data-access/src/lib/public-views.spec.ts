import { publicFieldRows } from './public-views';

describe('the public project page’s fields of action', () => {
  it('lists the released fields in the strategy’s order with the figures of the released measures', () => {
    const rows = publicFieldRows(
      [
        { name: 'Mobilität', measureCount: 3, averageProgress: 40 },
        { name: 'Verwaltung', measureCount: 1, averageProgress: null },
      ],
      [
        {
          name: 'Verwaltung',
          description: 'Digitale Dienste',
          goals: [{ code: 'Z1', title: 'Online', description: '' }],
        },
        { name: 'Bildung', description: '', goals: [] },
      ],
    );
    expect(rows.map((r) => [r.name, r.measureCount, r.averageProgress, r.goals.length])).toEqual([
      ['Verwaltung', 1, null, 1],
      ['Bildung', 0, null, 0],
      ['Mobilität', 3, 40, 0],
    ]);
  });

  it('shows the measures’ fields alone while no page is released', () => {
    expect(publicFieldRows([{ name: 'Mobilität', measureCount: 2 }], null)).toEqual([
      { name: 'Mobilität', description: '', goals: [], measureCount: 2, averageProgress: null },
    ]);
  });
});
