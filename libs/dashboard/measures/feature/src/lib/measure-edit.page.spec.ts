import { UpdateMeasureInput } from '@masswerk/dashboard/shared/data-access';
import { MeasureForEdit } from '@masswerk/dashboard/measures/data-access';
import { FormControl, FormGroup } from '@angular/forms';
import { planOf, planUpdate, strategyWorkInPhaseA } from './measure-edit.page';

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

describe('strategy work in the plan form', () => {
  const form = (phase: string, strategyWork: boolean) =>
    new FormGroup({ phase: new FormControl(phase), strategyWork: new FormControl(strategyWork) });

  it('is allowed in Phase A only, as the API demands', () => {
    expect(strategyWorkInPhaseA(form('A', true))).toBeNull();
    expect(strategyWorkInPhaseA(form('B', false))).toBeNull();
    expect(strategyWorkInPhaseA(form('B', true))).toEqual({ strategyWorkPhase: true });
  });

  it('is sent when changed', () => {
    expect(planUpdate({ strategyWork: true })).toEqual({ strategyWork: true });
    expect(planOf({ ...measure, phase: 'A', strategyWork: true } as MeasureForEdit).strategyWork).toBe(true);
  });
});
