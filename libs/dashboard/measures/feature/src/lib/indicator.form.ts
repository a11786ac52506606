import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { MeasureDetail } from '@masswerk/dashboard/measures/data-access';
import type {
  CreateIndicatorInput,
  RecordIndicatorValueInput,
  UpdateIndicatorInput,
} from '@masswerk/dashboard/shared/data-access';
import { decimalForInput, decimalValidator, parseDecimalInput } from '@masswerk/dashboard/shared/util';

type Indicator = MeasureDetail['indicators'][number];

/**
 * The indicator forms of the measure page and how they map to the API: the indicator itself (project office) and a
 * measured value (whoever reports on the measure). Numbers are typed in the interface's language.
 */
export interface IndicatorValues {
  name: string;
  unit: string;
  description: string;
  baselineValue: string;
  targetValue: string;
  targetDate: string | null;
}

export interface MeasuredValues {
  measuredOn: string | null;
  value: string;
  note: string;
}

export function indicatorForm(language: () => string) {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
    }),
    unit: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(50)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    baselineValue: new FormControl('', { nonNullable: true, validators: [decimalValidator(language)] }),
    targetValue: new FormControl('', { nonNullable: true, validators: [decimalValidator(language)] }),
    targetDate: new FormControl<string | null>(null),
  });
}

export function measuredValueForm(language: () => string) {
  return new FormGroup({
    measuredOn: new FormControl<string | null>(null, { validators: [Validators.required] }),
    value: new FormControl('', { nonNullable: true, validators: [decimalValidator(language, true)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });
}

export function toIndicatorValues(i: Indicator | null, language: string): IndicatorValues {
  return {
    name: i?.name ?? '',
    unit: i?.unit ?? '',
    description: i?.description ?? '',
    baselineValue: decimalForInput(i?.baselineValue, language),
    targetValue: decimalForInput(i?.targetValue, language),
    targetDate: i?.targetDate ?? null,
  };
}

/** The form's values as the API takes them: trimmed, numbers parsed in the dashboard's language. */
function indicatorFields(v: IndicatorValues, language: string) {
  return {
    name: v.name.trim(),
    unit: v.unit.trim(),
    description: v.description.trim(),
    baselineValue: parseDecimalInput(v.baselineValue, language),
    targetValue: parseDecimalInput(v.targetValue, language),
    targetDate: v.targetDate || null,
  };
}

/** A new indicator, placed after the others. */
export function toCreateIndicatorInput(
  measureId: string,
  v: IndicatorValues,
  language: string,
  indicators: readonly Pick<Indicator, 'sortOrder'>[],
): CreateIndicatorInput {
  return {
    measureId,
    ...indicatorFields(v, language),
    sortOrder: indicators.reduce((max, i) => Math.max(max, i.sortOrder), 0) + 1,
  };
}

/** The fields that differ from the indicator as it is now; null when nothing does. */
export function toIndicatorChanges(
  i: Indicator,
  v: IndicatorValues,
  language: string,
): Omit<UpdateIndicatorInput, 'id' | 'version'> | null {
  const next = indicatorFields(v, language);
  const changes: Omit<UpdateIndicatorInput, 'id' | 'version'> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    const before = i[key] ?? null;
    const after = next[key];
    // numbers compare by value: "2500" and "2500.0" are the same target
    const same =
      key === 'baselineValue' || key === 'targetValue'
        ? (before === null ? null : Number(before)) === (after === null ? null : Number(after))
        : before === after;
    if (!same) Object.assign(changes, { [key]: after });
  }
  return Object.keys(changes).length ? changes : null;
}

export function toRecordValueInput(
  indicatorId: string,
  v: MeasuredValues,
  language: string,
): RecordIndicatorValueInput | null {
  const value = parseDecimalInput(v.value, language);
  return value === null || !v.measuredOn ? null : { indicatorId, measuredOn: v.measuredOn, value, note: v.note.trim() };
}
