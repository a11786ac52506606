import { TerritorialUnitKind as K } from '@masswerk/shared/domain';
import { DemoUnit } from './types';

/** Keys from ../shared/DOMAIN.md are real; the others are invented but follow the ARS/AGS structure. */
export const RHEINLAND_PFALZ: DemoUnit = {
  kind: K.LAND,
  name: 'Rheinland-Pfalz',
  ars: '070000000000',
  ags: '07000000',
};
export const SAARLAND: DemoUnit = { kind: K.LAND, name: 'Saarland', ars: '100000000000', ags: '10000000' };

export const vg = (name: string, ars: string): DemoUnit => ({ kind: K.VERBANDSGEMEINDE, name, ars, ags: null });
export const gemeinde = (name: string, ags: string, ars: string | null = null): DemoUnit => ({
  kind: K.GEMEINDE,
  name,
  ars,
  ags,
});
export const kreis = (name: string, kreisKey: string): DemoUnit => ({
  kind: K.LANDKREIS,
  name,
  ars: `${kreisKey}0000000`,
  ags: `${kreisKey}000`,
});
