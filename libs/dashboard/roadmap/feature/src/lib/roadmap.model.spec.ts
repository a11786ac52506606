import { aField, aMeasure, aMeasureWithOverdueMilestone, aMilestone } from './roadmap.factories';
import {
  DEFAULT_VIEW,
  filterMeasures,
  forecastEnd,
  groupMeasures,
  isLate,
  maxSlippage,
  phaseSpan,
  rowGeometry,
  scheduleDates,
  serverToday,
  sortMeasures,
  viewFromParams,
  viewToParams,
} from './roadmap.model';
import { timeScale, xOf } from './roadmap.timeline';

const TODAY = '2026-11-21';

describe('roadmap view in the URL', () => {
  it('round-trips every part of the view', () => {
    const view = viewFromParams({
      handlungsfeld: 'hf2',
      status: 'IN_PROGRESS,PLANNING',
      bewertung: 'AT_RISK,OFF_TRACK',
      verzug: 'ja',
      gruppierung: 'keine',
      sortierung: 'verschiebung',
    });
    expect(view).toEqual({
      fieldOfActionId: 'hf2',
      statuses: ['IN_PROGRESS', 'PLANNING'],
      health: ['AT_RISK', 'OFF_TRACK'],
      lateOnly: true,
      grouped: false,
      sort: 'slippage',
    });
    expect(viewFromParams(viewToParams(view))).toEqual(view);
  });

  it('leaves defaults out of the URL and ignores unknown values', () => {
    expect(Object.values(viewToParams(DEFAULT_VIEW)).filter((v) => v !== null)).toEqual([]);
    expect(viewFromParams({ sortierung: 'quatsch', verzug: 'vielleicht' })).toEqual(DEFAULT_VIEW);
  });
});

describe('the server’s today', () => {
  it('is the date of a report plus its age', () => {
    expect(serverToday([aMeasure({ freshness: { lastReportOn: '2026-10-22', daysSinceLastReport: 30 } })])).toBe(TODAY);
  });

  it('is unknown without a report older than a day', () => {
    const fresh = aMeasure({ freshness: { lastReportOn: '2026-11-21', daysSinceLastReport: 0 } });
    const none = aMeasure({ freshness: { lastReportOn: null, daysSinceLastReport: null } });
    expect(serverToday([fresh, none])).toBeNull();
  });
});

describe('lateness', () => {
  it('counts overdue milestones and open ones forecast after their baseline', () => {
    expect(isLate(aMeasureWithOverdueMilestone(), TODAY)).toBe(true);
    const slipped = aMilestone({ forecastDate: '2027-03-31', slippageDays: 274 });
    expect(isLate(aMeasure({ milestones: [slipped] }), TODAY)).toBe(true);
  });

  it('does not count the open milestones of a stopped measure', () => {
    expect(isLate(aMeasureWithOverdueMilestone({ status: 'STOPPED', plannedEnd: '2027-12-31' }), TODAY)).toBe(false);
  });

  it('forgives milestones that were late but are done', () => {
    const doneLate = aMilestone({ completedOn: '2026-08-01', state: 'COMPLETED', slippageDays: 32 });
    expect(isLate(aMeasure({ milestones: [doneLate] }), TODAY)).toBe(false);
    expect(maxSlippage(aMeasure({ milestones: [doneLate] }))).toBe(32);
  });

  it('counts a running measure past its planned end, not a finished one', () => {
    expect(isLate(aMeasure({ plannedEnd: '2026-06-30' }), TODAY)).toBe(true);
    expect(isLate(aMeasure({ plannedEnd: '2026-06-30', actualEnd: '2026-09-30', status: 'IMPLEMENTED' }), TODAY)).toBe(
      false,
    );
  });
});

describe('filtering, sorting and grouping', () => {
  const fields = [aField('hf2', 2), aField('hf1', 1)];
  const a = aMeasure({ id: 'a', code: 'EIF-M10', plannedStart: '2023-01-01', fieldsOfAction: [{ id: 'hf2' }] });
  const b = aMeasureWithOverdueMilestone({
    id: 'b',
    code: 'EIF-M02',
    plannedStart: '2025-01-01',
    health: { value: 'AT_RISK' },
  });
  const c = aMeasure({
    id: 'c',
    code: 'EIF-M03',
    plannedStart: null,
    fieldsOfAction: [{ id: 'hf2' }, { id: 'hf1' }],
    milestones: [aMilestone({ forecastDate: '2026-12-31', slippageDays: 184 })],
  });
  const d = aMeasure({ id: 'd', code: 'EIF-M04', fieldsOfAction: [], status: 'PLANNING' });

  it('filters by field, status, health and lateness together', () => {
    const all = [a, b, c, d];
    expect(filterMeasures(all, { ...DEFAULT_VIEW, fieldOfActionId: 'hf2' }, TODAY).map((m) => m.id)).toEqual([
      'a',
      'c',
    ]);
    expect(filterMeasures(all, { ...DEFAULT_VIEW, statuses: ['PLANNING'] }, TODAY).map((m) => m.id)).toEqual(['d']);
    expect(filterMeasures(all, { ...DEFAULT_VIEW, health: ['AT_RISK'] }, TODAY).map((m) => m.id)).toEqual(['b']);
    expect(filterMeasures(all, { ...DEFAULT_VIEW, lateOnly: true }, TODAY).map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('sorts by planned start (undated last), by code in natural order, or by slippage', () => {
    expect(sortMeasures([a, b, c, d], 'start').map((m) => m.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortMeasures([a, b, c, d], 'code').map((m) => m.code)).toEqual(['EIF-M02', 'EIF-M03', 'EIF-M04', 'EIF-M10']);
    expect(sortMeasures([a, b, c, d], 'slippage')[0].id).toBe('c');
  });

  it('groups by field of action in the strategy’s order, each measure once', () => {
    const groups = groupMeasures([a, b, c, d], fields, DEFAULT_VIEW);
    expect(groups.map((g) => [g.field?.id ?? null, g.measures.map((m) => m.id)])).toEqual([
      ['hf1', ['b', 'c']],
      ['hf2', ['a']],
      [null, ['d']],
    ]);
  });

  it('puts a measure of several fields under the field filtered for', () => {
    const groups = groupMeasures([a, c], fields, { ...DEFAULT_VIEW, fieldOfActionId: 'hf2' });
    expect(groups.map((g) => [g.field?.id, g.measures.map((m) => m.id)])).toEqual([['hf2', ['a', 'c']]]);
  });

  it('lists everything in one group when not grouping', () => {
    const groups = groupMeasures([a, b], fields, { ...DEFAULT_VIEW, grouped: false, sort: 'code' });
    expect(groups).toEqual([{ field: null, measures: [b, a] }]);
    expect(groupMeasures([], fields, { ...DEFAULT_VIEW, grouped: false })).toEqual([]);
  });
});

describe('row geometry', () => {
  const scale = timeScale(['2024-01-01', '2027-12-31']);
  if (!scale) throw new Error('no scale');

  it('draws a running measure up to today and its forecast beyond', () => {
    const m = aMeasure({
      milestones: [aMilestone({ baselineDate: '2027-03-31', forecastDate: '2027-09-30', slippageDays: 183 })],
    });
    const g = rowGeometry(m, scale, TODAY);
    expect(g.planned).toEqual({ x: 0, width: xOf(scale, '2027-07-01') });
    expect(g.actual?.x).toBe(xOf(scale, '2024-02-01'));
    expect((g.actual?.x ?? 0) + (g.actual?.width ?? 0)).toBeCloseTo(xOf(scale, '2026-11-22'), 2);
    expect(forecastEnd(m)).toBe('2027-09-30');
    expect((g.forecast?.x ?? 0) + (g.forecast?.width ?? 0)).toBeCloseTo(xOf(scale, '2027-10-01'), 2);
  });

  it('draws a finished measure from its actual start to its actual end, without forecast', () => {
    const g = rowGeometry(aMeasure({ actualEnd: '2025-12-31', status: 'IMPLEMENTED' }), scale, TODAY);
    expect((g.actual?.x ?? 0) + (g.actual?.width ?? 0)).toBeCloseTo(xOf(scale, '2026-01-01'), 2);
    expect(g.forecast).toBeNull();
  });

  it('draws no actual bar before the measure started', () => {
    expect(rowGeometry(aMeasure({ actualStart: null, status: 'PLANNING' }), scale, TODAY).actual).toBeNull();
  });

  it('marks milestones by state and joins slipped ones to their baseline', () => {
    const done = aMilestone({ id: 'done', completedOn: '2025-05-01', baselineDate: '2025-04-01', state: 'COMPLETED' });
    const overdue = aMilestone({ id: 'late', baselineDate: '2026-10-01', state: 'OVERDUE' });
    const open = aMilestone({ id: 'open', baselineDate: '2027-01-31', state: 'DUE_SOON' });
    const [a, b, c] = rowGeometry(aMeasure({ milestones: [done, overdue, open] }), scale, TODAY).milestones;
    expect([a.kind, b.kind, c.kind]).toEqual(['completed', 'overdue', 'open']);
    expect(a.x).toBe(xOf(scale, '2025-05-01'));
    expect(a.baselineX).toBe(xOf(scale, '2025-04-01'));
    expect(b.baselineX).toBeNull();
    expect(c.x).toBe(xOf(scale, '2027-01-31'));
  });

  it('shows phases as they ran where known, else as planned', () => {
    const span = phaseSpan(
      { plannedStart: '2024-01-01', plannedEnd: '2027-12-31', actualStart: '2024-04-01', actualEnd: null },
      scale,
    );
    expect(span?.x).toBe(xOf(scale, '2024-04-01'));
    expect((span?.x ?? 0) + (span?.width ?? 0)).toBeCloseTo(100, 2);
    expect(phaseSpan({ plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null }, scale)).toBeNull();
  });

  it('collects every date the axis must cover', () => {
    const dates = scheduleDates([], [aMeasureWithOverdueMilestone()], TODAY);
    expect(dates).toEqual(expect.arrayContaining([TODAY, '2024-01-01', '2027-06-30', '2024-02-01', '2026-09-30']));
  });
});
