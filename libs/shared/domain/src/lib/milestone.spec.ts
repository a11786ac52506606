import {
  earliestOpenMilestoneDue,
  milestoneDueDate,
  milestoneSlippageDays,
  MilestoneState,
  milestoneState,
} from './milestone';

const today = '2026-11-21';

describe('milestones', () => {
  it('measures slippage of the forecast against the baseline', () => {
    expect(milestoneSlippageDays({ baselineDate: '2026-06-30', forecastDate: '2026-09-30', completedOn: null })).toBe(
      92,
    );
  });

  it('measures slippage of the completion, which wins over the forecast', () => {
    expect(
      milestoneSlippageDays({ baselineDate: '2026-06-30', forecastDate: '2026-09-30', completedOn: '2026-06-20' }),
    ).toBe(-10);
  });

  it('has no slippage without forecast or completion', () => {
    expect(milestoneSlippageDays({ baselineDate: '2026-06-30', forecastDate: null, completedOn: null })).toBe(0);
    expect(milestoneDueDate({ baselineDate: '2026-06-30', forecastDate: null, completedOn: null })).toBe('2026-06-30');
  });

  it('is completed once it has a completion date, however late', () => {
    expect(milestoneState({ baselineDate: '2025-01-01', forecastDate: null, completedOn: '2026-01-01' }, today)).toBe(
      MilestoneState.COMPLETED,
    );
  });

  it('is overdue when its forecast, else its baseline, has passed', () => {
    expect(milestoneState({ baselineDate: '2026-11-20', forecastDate: null, completedOn: null }, today)).toBe(
      MilestoneState.OVERDUE,
    );
    expect(milestoneState({ baselineDate: '2026-10-01', forecastDate: '2026-12-15', completedOn: null }, today)).toBe(
      MilestoneState.DUE_SOON,
    );
  });

  it('is due soon within 30 days, including today', () => {
    expect(milestoneState({ baselineDate: today, forecastDate: null, completedOn: null }, today)).toBe(
      MilestoneState.DUE_SOON,
    );
    expect(milestoneState({ baselineDate: '2026-12-21', forecastDate: null, completedOn: null }, today)).toBe(
      MilestoneState.DUE_SOON,
    );
    expect(milestoneState({ baselineDate: '2026-12-22', forecastDate: null, completedOn: null }, today)).toBe(
      MilestoneState.PLANNED,
    );
  });

  it('finds the earliest open due date', () => {
    expect(
      earliestOpenMilestoneDue([
        { baselineDate: '2026-01-01', forecastDate: null, completedOn: '2026-01-05' },
        { baselineDate: '2026-03-01', forecastDate: '2026-08-01', completedOn: null },
        { baselineDate: '2026-05-01', forecastDate: null, completedOn: null },
      ]),
    ).toBe('2026-05-01');
    expect(earliestOpenMilestoneDue([])).toBeNull();
  });
});
