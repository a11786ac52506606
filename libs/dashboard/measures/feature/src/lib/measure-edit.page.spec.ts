import { UpdateMeasureInput } from '@masswerk/dashboard/shared/data-access';
import { MeasureForEdit } from '@masswerk/dashboard/measures/data-access';
import { planOf, planUpdate } from './measure-edit.page';

/** The plan fields the API accepts; the compiler insists the list is complete and has nothing else. */
const ACCEPTED: Record<keyof Omit<UpdateMeasureInput, 'id' | 'version'>, true> = {
  adopterUnitIds: true,
  contactEmail: true,
  contactName: true,
  continuationPlan: true,
  description: true,
  fieldOfActionIds: true,
  flagship: true,
  goalIds: true,
  leadUnitId: true,
  ossDocumentationUrl: true,
  ossLicence: true,
  ossRepositoryUrl: true,
  participatingUnitIds: true,
  partners: true,
  phase: true,
  plannedEnd: true,
  plannedStart: true,
  priority: true,
  published: true,
  responsibleUnit: true,
  strategyWork: true,
  summary: true,
  tags: true,
  title: true,
  transferability: true,
  transferabilityNotes: true,
};

const measure = {
  code: 'EIF-M01',
  title: 'Datenplattform',
  summary: '',
  description: '',
  plannedStart: '2026-01-01',
  plannedEnd: null,
  phase: 'B',
  strategyWork: false,
  priority: 'HIGH',
  flagship: true,
  published: false,
  responsibleUnit: '',
  contactName: '',
  contactEmail: null,
  partners: ['Hochschule Trier'],
  tags: ['daten'],
  fieldsOfAction: [{ id: 'f1' }],
  goals: [],
  leadUnit: null,
  participatingUnits: [],
  openSource: { repositoryUrl: null, licence: null, documentationUrl: null },
  transferability: { level: 'HIGH', notes: '' },
  continuationPlan: '',
} as unknown as MeasureForEdit;

describe('the plan form', () => {
  it('never sends the identifier: it is fixed once the measure exists', () => {
    const everyFieldChanged = planOf(measure);
    const input = planUpdate(everyFieldChanged);
    expect(input).not.toHaveProperty('code');
    expect(Object.keys(input).filter((key) => !(key in ACCEPTED))).toEqual([]);
  });
});
