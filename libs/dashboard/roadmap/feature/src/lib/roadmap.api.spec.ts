import type { RoadmapQuery } from './roadmap.generated';
import { mergePages } from './roadmap.api';
import { aMeasure } from './roadmap.factories';

type Page = RoadmapQuery['modelProject'];

function aPage(ids: string[], hasNextPage: boolean): Page {
  const schedule = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };
  return {
    id: 'p-eif',
    code: 'EIF',
    name: 'EIFELKREIS VERBINDET',
    viewerRole: 'COUNCIL',
    phaseA: schedule,
    phaseB: schedule,
    fieldsOfAction: [],
    measures: {
      totalCount: 3,
      pageInfo: { hasNextPage, endCursor: ids[ids.length - 1] ?? null },
      nodes: ids.map((id) => aMeasure({ id })),
    },
  };
}

describe('roadmap pages', () => {
  it('joins the measures of every page, in order', () => {
    const project = mergePages([aPage(['a', 'b'], true), aPage(['c'], false)]);
    expect(project.code).toBe('EIF');
    expect(project.measures.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses to invent a project without a page', () => {
    expect(() => mergePages([])).toThrow(RangeError);
  });
});
