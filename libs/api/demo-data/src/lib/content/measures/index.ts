import { PHASES } from '@masswerk/shared/domain';
import { DemoMeasure } from '../types';
import eif from './eif.json';
import kl from './kl.json';
import kus from './kus.json';
import lnz from './lnz.json';
import myk from './myk.json';
import wnd from './wnd.json';

/**
 * The demo measures of the six model projects are content, kept as JSON beside this file so that they can be edited
 * without touching code (decision 0052). They are checked once, when the seed loads them: a mistake in a file stops
 * the seed with the file, the measure and the field, instead of landing in the demo.
 */
export function demoMeasures(file: string, rows: unknown): DemoMeasure[] {
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of measures`);
  return rows.map((row, index) => checkedMeasure(`${file}[${index}]`, row));
}

const TEXTS = ['title', 'summary', 'lead', 'responsibleUnit'] as const;
const LISTS = ['fields', 'participants', 'partners', 'tags', 'milestones'] as const;
const FLAGS = ['flagship', 'strategyWork', 'software'] as const;

function checkedMeasure(where: string, row: unknown): DemoMeasure {
  if (typeof row !== 'object' || row === null) throw new Error(`${where}: expected an object`);
  const measure = row as Record<string, unknown>;
  const fail = (field: string, expected: string) => {
    throw new Error(`${where}.${field}: expected ${expected}`);
  };
  for (const field of TEXTS) if (typeof measure[field] !== 'string' || !measure[field]) fail(field, 'a text');
  for (const field of LISTS) {
    const list = measure[field];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) fail(field, 'a list of texts');
  }
  for (const field of FLAGS) if (field in measure && typeof measure[field] !== 'boolean') fail(field, 'true or false');
  if (!PHASES.includes(measure['phase'] as never)) fail('phase', `one of ${PHASES.join(', ')}`);
  if ((measure['fields'] as string[]).length === 0) fail('fields', 'at least one field of action');
  const milestones = (measure['milestones'] as string[]).length;
  if (milestones < 3 || milestones > 6) fail('milestones', '3 to 6 titles');
  const indicator = measure['indicator'] as Record<string, unknown> | undefined;
  if (indicator !== undefined) {
    const valid =
      typeof indicator === 'object' &&
      indicator !== null &&
      typeof indicator['name'] === 'string' &&
      typeof indicator['unit'] === 'string' &&
      Number.isFinite(indicator['baseline']) &&
      Number.isFinite(indicator['target']);
    if (!valid) fail('indicator', 'a name, a unit, a baseline and a target');
  }
  return measure as unknown as DemoMeasure;
}

export const EIF_MEASURES = demoMeasures('eif.json', eif);
export const KL_MEASURES = demoMeasures('kl.json', kl);
export const KUS_MEASURES = demoMeasures('kus.json', kus);
export const LNZ_MEASURES = demoMeasures('lnz.json', lnz);
export const MYK_MEASURES = demoMeasures('myk.json', myk);
export const WND_MEASURES = demoMeasures('wnd.json', wnd);
