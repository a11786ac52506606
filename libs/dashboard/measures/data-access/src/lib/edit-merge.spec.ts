import { changedFields, mergeEdits } from './edit-merge';

const base = { title: 'Leerstandsplattform', plannedEnd: '2026-12-31', tags: ['leerstand', 'open data'], summary: '' };

describe('mergeEdits', () => {
  it('keeps my change and takes theirs where only they changed something', () => {
    const mine = { ...base, title: 'Leerstandsplattform Wendeler Land' };
    const theirs = { ...base, plannedEnd: '2027-06-30' };
    const merge = mergeEdits(base, mine, theirs);
    expect(merge.theirChanges).toEqual(['plannedEnd']);
    expect(merge.myChanges).toEqual(['title']);
    expect(merge.collisions).toEqual([]);
    expect(merge.merged).toEqual({ ...base, title: 'Leerstandsplattform Wendeler Land', plannedEnd: '2027-06-30' });
  });

  it('reports a collision when we both changed the same field differently, and keeps mine', () => {
    const merge = mergeEdits(base, { ...base, plannedEnd: '2027-03-31' }, { ...base, plannedEnd: '2027-06-30' });
    expect(merge.collisions).toEqual(['plannedEnd']);
    expect(merge.merged.plannedEnd).toBe('2027-03-31');
  });

  it('does not call the same change by both a collision', () => {
    const merge = mergeEdits(base, { ...base, plannedEnd: '2027-06-30' }, { ...base, plannedEnd: '2027-06-30' });
    expect(merge.collisions).toEqual([]);
  });

  it('compares lists without regard to order, and empty text like nothing', () => {
    const merge = mergeEdits(
      base,
      { ...base, tags: ['open data', 'leerstand'], summary: null as unknown as string },
      base,
    );
    expect(merge.myChanges).toEqual([]);
  });
});

describe('changedFields', () => {
  it('returns only what differs', () => {
    expect(changedFields(base, { ...base, title: 'Neu', tags: ['open data', 'leerstand'] })).toEqual({ title: 'Neu' });
  });
});
