import { stateFromParams, stateToParams, toFilter } from './list-state';

describe('measure list state in the URL', () => {
  it('round-trips every part of the view', () => {
    const state = stateFromParams({
      suche: 'Leerstand',
      status: 'IN_PROGRESS,PLANNING',
      bewertung: 'AT_RISK',
      phase: 'B',
      sortierung: 'PROGRESS',
      richtung: 'DESC',
      anzahl: '50',
      nach: 'abc',
    });
    expect(stateFromParams(stateToParams(state))).toEqual(state);
    expect(state).toMatchObject({
      search: 'Leerstand',
      statuses: ['IN_PROGRESS', 'PLANNING'],
      health: ['AT_RISK'],
      phase: 'B',
      sort: 'PROGRESS',
      direction: 'DESC',
      pageSize: 50,
      after: 'abc',
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(Object.values(stateToParams(stateFromParams({}))).filter((v) => v !== null)).toEqual([]);
  });

  it('ignores a page size that is not offered', () => {
    expect(stateFromParams({ anzahl: '1000' }).pageSize).toBe(25);
  });

  it('builds the API filter, keeping fixed parts', () => {
    const filter = toFilter(stateFromParams({ status: 'IDEA' }), { modelProjectIds: ['p1'] });
    expect(filter).toEqual({
      modelProjectIds: ['p1'],
      statuses: ['IDEA'],
      search: undefined,
      health: undefined,
      freshness: undefined,
      phase: undefined,
      fieldOfActionId: undefined,
      municipalityId: undefined,
    });
  });
});
