import { UpdateMeasureInput } from '@masswerk/dashboard/shared/data-access';
import { MeasureForEdit } from '@masswerk/dashboard/measures/data-access';
import { FormControl, FormGroup } from '@angular/forms';
import {
  planForm,
  progressForm,
  ProgressValues,
  strategyWorkInPhaseA,
  toPlanForm,
  toPlanInput,
  toProgressForm,
  toProgressInput,
} from './measure-edit.form';

/** The plan fields the API accepts; the compiler insists the list is complete and has nothing else. */
const ACCEPTED: Record<keyof Omit<UpdateMeasureInput, 'id' | 'version'>, true> = {
  adopterUnitIds: true,
  contactEmail: true,
  contactName: true,
  continuationPlan: true,
  budgetDeviationReason: true,
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
  status: 'IN_PROGRESS',
  actualStart: '2026-02-01',
  actualEnd: null,
  progress: { value: 40, source: 'MANUAL', manualReason: 'Ausschreibung läuft' },
  health: { value: 'AT_RISK', computed: 'ON_TRACK', overridden: true, overrideReason: 'Lieferverzug' },
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
  adopters: [{ id: 'u9', name: 'Stadt Wittlich' }],
  openSource: { repositoryUrl: null, licence: null, documentationUrl: null },
  transferability: { level: 'HIGH', notes: '' },
  continuationPlan: '',
  budgetDeviationReason: '',
} as unknown as MeasureForEdit;

describe('the plan form', () => {
  it('never sends the identifier: it is fixed once the measure exists', () => {
    const everyFieldChanged = toPlanForm(measure);
    const input = toPlanInput(everyFieldChanged);
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
    expect(toPlanInput({ strategyWork: true })).toEqual({ strategyWork: true });
    expect(toPlanForm({ ...measure, phase: 'A', strategyWork: true } as MeasureForEdit).strategyWork).toBe(true);
  });
});

describe('the forms hold what they are given', () => {
  it('take the measure’s plan and progress as they are', () => {
    const plan = planForm();
    plan.setValue(toPlanForm(measure));
    expect(plan.getRawValue()).toEqual(toPlanForm(measure));
    expect(toPlanForm(measure)).toMatchObject({
      plannedEnd: '',
      contactEmail: '',
      partners: 'Hochschule Trier',
      adopterUnitIds: ['u9'],
    });
    expect(toPlanInput({ adopterUnitIds: ['u9', 'u10'] })).toEqual({ adopterUnitIds: ['u9', 'u10'] });
    const progress = progressForm();
    progress.setValue(toProgressForm(measure));
    expect(progress.getRawValue()).toEqual({
      status: 'IN_PROGRESS',
      actualStart: '2026-02-01',
      actualEnd: '',
      manualProgress: 40,
      manualProgressReason: 'Ausschreibung läuft',
      manualHealth: 'AT_RISK',
      manualHealthReason: 'Lieferverzug',
    });
    expect(progress.valid).toBe(true);
  });

  it('leave manual values empty when the measure has computed ones', () => {
    const computed = {
      ...measure,
      progress: { value: 40, source: 'MILESTONES', manualReason: null },
      health: { value: 'ON_TRACK', computed: 'ON_TRACK', overridden: false, overrideReason: null },
    } as MeasureForEdit;
    expect(toProgressForm(computed)).toMatchObject({ manualProgress: null, manualHealth: '', manualHealthReason: '' });
  });

  it('ask for a reason for a manual value', () => {
    const progress = progressForm();
    progress.setValue({ ...toProgressForm(measure), manualProgressReason: ' ' });
    expect(progress.hasError('manualProgressReasonRequired')).toBe(true);
  });
});

describe('the progress form', () => {
  const values: ProgressValues = {
    status: 'IN_PROGRESS',
    actualStart: '',
    actualEnd: '',
    manualProgress: 55,
    manualProgressReason: 'Vergabe erfolgt',
    manualHealth: '',
    manualHealthReason: '',
  };

  it('sends empty dates as null', () => {
    expect(toProgressInput({ status: 'IMPLEMENTED', actualEnd: '' }, values)).toEqual({
      status: 'IMPLEMENTED',
      actualEnd: null,
    });
  });

  it('sends a manual value together with its reason, whichever of them changed', () => {
    const both = { manualProgress: 55, manualProgressReason: 'Vergabe erfolgt' };
    expect(toProgressInput({ manualProgress: 55 }, values)).toEqual(both);
    expect(toProgressInput({ manualProgressReason: 'Vergabe erfolgt' }, values)).toEqual(both);
    expect(toProgressInput({ manualHealth: 'OFF_TRACK' }, { ...values, manualHealth: 'OFF_TRACK' })).toEqual({
      manualHealth: 'OFF_TRACK',
      manualHealthReason: null,
    });
  });

  it('clears an override with its reason when the value is emptied', () => {
    const cleared = { ...values, manualProgress: null, manualProgressReason: '' };
    expect(toProgressInput({ manualProgress: null }, cleared)).toEqual({
      manualProgress: null,
      manualProgressReason: null,
    });
    expect(toProgressInput({ manualHealth: '' }, values)).toEqual({ manualHealth: null, manualHealthReason: null });
  });
});
