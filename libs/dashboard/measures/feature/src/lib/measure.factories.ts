import type { MeasureDetail } from '@masswerk/dashboard/measures/data-access';

type Milestone = MeasureDetail['milestones'][number];

/** Test data: a planned milestone, due at the end of March 2026, as the measure page loads it. */
export const aMilestone = (over: Partial<Milestone> = {}): Milestone => ({
  id: 'm1',
  title: 'Vergabe',
  description: '',
  baselineDate: '2026-03-31',
  forecastDate: null,
  completedOn: null,
  weight: 1,
  sortOrder: 0,
  version: 3,
  slippageDays: 0,
  state: 'PLANNED',
  dueDate: '2026-03-31',
  ...over,
});
