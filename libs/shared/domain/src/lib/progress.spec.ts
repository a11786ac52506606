import { MeasureStatus } from './measure';
import { computeProgress, milestoneProgress, ProgressSource, progressSourceDe } from './progress';

const base = {
  status: MeasureStatus.IN_PROGRESS,
  manualProgress: null,
  milestoneProgress: null,
  latestReportProgress: null,
};

describe('milestoneProgress', () => {
  it('is the completed share of the total weight', () => {
    expect(
      milestoneProgress([
        { weight: 1, completed: true },
        { weight: 3, completed: false },
      ]),
    ).toBe(25);
  });

  it('rounds to a whole percent, halves up', () => {
    expect(
      milestoneProgress([
        { weight: 1, completed: true },
        { weight: 1, completed: false },
        { weight: 1, completed: false },
      ]),
    ).toBe(33);
    expect(
      milestoneProgress([
        { weight: 1, completed: true },
        { weight: 7, completed: false },
      ]),
    ).toBe(13); // 12.5 rounds up
  });

  it('says nothing when the milestones carry no weight', () => {
    expect(milestoneProgress([])).toBeNull();
    expect(milestoneProgress([{ weight: 0, completed: true }])).toBeNull();
  });

  it('ignores negative weights', () => {
    expect(
      milestoneProgress([
        { weight: -5, completed: false },
        { weight: 2, completed: true },
      ]),
    ).toBe(100);
  });
});

describe('computeProgress', () => {
  it('takes a manual value first', () => {
    expect(computeProgress({ ...base, manualProgress: 40, milestoneProgress: 80 })).toEqual({
      value: 40,
      source: ProgressSource.MANUAL,
    });
  });

  it('is complete once the measure is implemented or continued', () => {
    expect(computeProgress({ ...base, status: MeasureStatus.IMPLEMENTED, milestoneProgress: 60 })).toEqual({
      value: 100,
      source: ProgressSource.STATUS,
    });
    expect(computeProgress({ ...base, status: MeasureStatus.CONTINUED }).value).toBe(100);
  });

  it.each([
    ['takes the latest status report before the milestones', 40, '2026-11-02', 45, ProgressSource.STATUS_REPORT],
    [
      'counts a milestone reached on the day of the report as part of the report',
      60,
      '2026-12-06',
      45,
      ProgressSource.STATUS_REPORT,
    ],
    [
      'uses the milestones once one was reached after the latest report',
      60,
      '2026-12-07',
      60,
      ProgressSource.MILESTONES,
    ],
  ])('%s', (_, milestoneProgress, lastMilestoneCompletedOn, value, source) => {
    const input = { ...base, milestoneProgress, lastMilestoneCompletedOn };
    const withReport = { ...input, latestReportProgress: 45, latestReportOn: '2026-12-06' };
    expect(computeProgress(withReport)).toEqual({ value, source });
  });

  it('uses weighted milestones when there is no report', () => {
    expect(computeProgress({ ...base, milestoneProgress: 50, lastMilestoneCompletedOn: '2026-12-07' })).toEqual({
      value: 50,
      source: ProgressSource.MILESTONES,
    });
  });

  it('falls back to the latest status report', () => {
    expect(computeProgress({ ...base, latestReportProgress: 70 })).toEqual({
      value: 70,
      source: ProgressSource.STATUS_REPORT,
    });
  });

  it('is zero with nothing to go by', () => {
    expect(computeProgress(base)).toEqual({ value: 0, source: ProgressSource.NONE });
  });

  it('keeps a manual value within 0 to 100', () => {
    expect(computeProgress({ ...base, manualProgress: 140 }).value).toBe(100);
  });
});

describe('progressSourceDe', () => {
  it('names the report with its date', () => {
    expect(progressSourceDe(ProgressSource.STATUS_REPORT, '2026-11-10')).toBe('laut Statusbericht vom 10.11.2026');
    expect(progressSourceDe(ProgressSource.MILESTONES, null)).toBe('aus den gewichteten Meilensteinen');
  });
});
