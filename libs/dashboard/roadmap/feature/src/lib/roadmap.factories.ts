import type { RoadmapField, RoadmapMeasure, RoadmapMilestone } from './roadmap.api';

/** Test data for the roadmap, named for what it means. */
export function aMilestone(overrides: Partial<RoadmapMilestone> = {}): RoadmapMilestone {
  return {
    id: 'ms-1',
    title: 'Ausschreibung veröffentlicht',
    baselineDate: '2026-06-30',
    forecastDate: null,
    completedOn: null,
    state: 'PLANNED',
    slippageDays: 0,
    ...overrides,
  };
}

export function aMeasure(overrides: Partial<RoadmapMeasure> = {}): RoadmapMeasure {
  return {
    id: 'm-1',
    code: 'EIF-M01',
    title: 'Regionale Datenplattform',
    status: 'IN_PROGRESS',
    phase: 'B',
    plannedStart: '2024-01-01',
    plannedEnd: '2027-06-30',
    actualStart: '2024-02-01',
    actualEnd: null,
    health: { value: 'ON_TRACK' },
    progress: { value: 40 },
    freshness: { lastReportOn: '2026-10-22', daysSinceLastReport: 30 },
    fieldsOfAction: [{ id: 'hf1' }],
    milestones: [],
    ...overrides,
  };
}

export function aMeasureWithOverdueMilestone(overrides: Partial<RoadmapMeasure> = {}): RoadmapMeasure {
  return aMeasure({
    milestones: [aMilestone({ baselineDate: '2026-09-30', state: 'OVERDUE', slippageDays: 0 })],
    ...overrides,
  });
}

export function aField(id: string, sortOrder: number, name = `Handlungsfeld ${id}`): RoadmapField {
  return { id, code: id.toUpperCase(), name, sortOrder };
}
