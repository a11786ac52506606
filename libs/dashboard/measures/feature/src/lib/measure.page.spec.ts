import { MilestoneDraft, milestoneChanges, reportCorrection, toReportDraft } from './measure.page';

const draft = (over: Partial<MilestoneDraft> = {}): MilestoneDraft => ({
  id: 'ms1',
  forecast: '2027-03-01',
  completed: '',
  base: { forecastDate: '2027-01-15', completedOn: null },
  conflict: true,
  ...over,
});

describe('milestoneChanges', () => {
  it('names what someone else changed since editing began, with the new value', () => {
    expect(milestoneChanges(draft(), { id: 'ms1', forecastDate: '2027-02-01', completedOn: null })).toEqual([
      { field: 'forecast', value: '2027-02-01' },
    ]);
    expect(milestoneChanges(draft(), { id: 'ms1', forecastDate: '2027-01-15', completedOn: '2026-11-30' })).toEqual([
      { field: 'completed', value: '2026-11-30' },
    ]);
  });

  it('lists nothing without a conflict, for another milestone, or when the dates are unchanged', () => {
    const current = { id: 'ms1', forecastDate: '2027-02-01', completedOn: null };
    expect(milestoneChanges(draft({ conflict: false }), current)).toEqual([]);
    expect(milestoneChanges(draft({ id: 'ms2' }), current)).toEqual([]);
    expect(milestoneChanges(null, current)).toEqual([]);
    expect(milestoneChanges(draft(), { id: 'ms1', forecastDate: '2027-01-15', completedOn: null })).toEqual([]);
  });
});

describe('reportCorrection', () => {
  const report = {
    id: 'r1',
    reportDate: '2026-10-01',
    trafficLight: 'YELLOW',
    progress: 45,
    achieved: 'Vergabe',
    nextSteps: '',
    risks: '',
    authorName: null,
    createdAt: '2026-10-01T10:00:00Z',
    version: 2,
    viewerCanCorrect: true,
  } as Parameters<typeof reportCorrection>[0];

  it('sends only what was changed, and nothing when nothing was', () => {
    expect(reportCorrection(report, toReportDraft(report))).toBeNull();
    expect(reportCorrection(report, { ...toReportDraft(report), progress: 50, reportDate: '2026-09-30' })).toEqual({
      progress: 50,
      reportDate: '2026-09-30',
    });
  });
});
