import { listStateOf, paramsOf } from './list-state';

describe('the public list state in the address', () => {
  it('reads filters, search, sort and page, and writes them back without defaults', () => {
    const state = listStateOf({
      handlungsfeld: 'Mobilität',
      kommune: '072325001001',
      status: 'IN_PROGRESS',
      suche: ' Rufbus ',
      sortierung: 'title',
      seite: '3',
    });
    expect(state).toEqual({
      fieldOfAction: 'Mobilität',
      municipality: '072325001001',
      status: 'IN_PROGRESS',
      search: 'Rufbus',
      sort: 'TITLE',
      page: 3,
    });
    expect(paramsOf(state)).toEqual({
      handlungsfeld: 'Mobilität',
      kommune: '072325001001',
      status: 'IN_PROGRESS',
      suche: 'Rufbus',
      sortierung: 'title',
      seite: '3',
    });
    expect(paramsOf(listStateOf({}))).toEqual({
      handlungsfeld: null,
      kommune: null,
      status: null,
      suche: null,
      sortierung: null,
      seite: null,
    });
  });

  it('falls back to the defaults for clumsy or hostile values', () => {
    expect(listStateOf({ kommune: 'x', sortierung: 'DROP', seite: '-1', suche: '   ' })).toEqual({
      fieldOfAction: null,
      municipality: null,
      status: null,
      search: null,
      sort: 'CODE',
      page: 1,
    });
    expect(listStateOf({ seite: '1.5' }).page).toBe(1);
  });
});
