import { diff } from './history.mapper';

describe('diff', () => {
  it('lists only the fields that changed, with JSON values', () => {
    expect(diff({ title: 'A', status: 'IDEA', version: 1 }, { title: 'A', status: 'PLANNING', version: 2 })).toEqual([
      { field: 'status', before: '"IDEA"', after: '"PLANNING"' },
    ]);
  });
  it('shows every field of a created record as new', () => {
    expect(diff(null, { title: 'A', tags: ['x'] })).toEqual([
      { field: 'tags', before: null, after: '["x"]' },
      { field: 'title', before: null, after: '"A"' },
    ]);
  });
});
