import { IndicatorEntity } from './indicator.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { Indicator, IndicatorValue } from './dtos/indicator.dto';

/** `1250.5000` → `1250.5`: numeric columns keep trailing zeros that mean nothing to a reader. */
export function normalizeDecimal(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

export function toIndicator(e: IndicatorEntity): Indicator {
  return {
    id: e.id,
    name: e.name,
    unit: e.unit,
    description: e.description,
    baselineValue: normalizeDecimal(e.baselineValue),
    targetValue: normalizeDecimal(e.targetValue),
    targetDate: e.targetDate,
    sortOrder: e.sortOrder,
    version: e.version,
    measureId: e.measureId,
    modelProjectId: e.modelProjectId,
  };
}

export function toIndicatorValue(e: IndicatorValueEntity): IndicatorValue {
  return { id: e.id, measuredOn: e.measuredOn, value: normalizeDecimal(e.value) as string, note: e.note };
}
