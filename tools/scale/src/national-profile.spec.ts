import { TerritorialUnitKind, validateTerritorialKeys } from '@masswerk/shared/domain';
import { LAENDER, MAX_MEASURES_PER_PROJECT, nationalProfile } from './national-profile';

const KIND: Record<string, TerritorialUnitKind> = {
  LAND: TerritorialUnitKind.LAND,
  LANDKREIS: TerritorialUnitKind.LANDKREIS,
  KREISFREIE_STADT: TerritorialUnitKind.KREISFREIE_STADT,
  GEMEINDE: TerritorialUnitKind.GEMEINDE,
};

describe('national profile', () => {
  const profile = nationalProfile({ seed: 2026, scale: 1 });

  it('has the map of Germany: 16 Länder, ~400 Kreise, ~11,000 municipalities', () => {
    const count = (kind: string) => profile.units.filter((u) => u.kind === kind).length;
    expect(count('LAND')).toBe(16);
    expect(LAENDER).toHaveLength(16);
    expect(count('LANDKREIS') + count('KREISFREIE_STADT')).toBeGreaterThan(380);
    expect(count('LANDKREIS') + count('KREISFREIE_STADT')).toBeLessThan(420);
    expect(count('GEMEINDE')).toBeGreaterThan(10_000);
    expect(count('GEMEINDE')).toBeLessThan(12_000);
  });

  it('gives every unit keys that follow the ARS/AGS structure, unique and under their parent', () => {
    const byArs = new Map(profile.units.map((u) => [u.ars, u]));
    expect(byArs.size).toBe(profile.units.length);
    for (const unit of profile.units) {
      expect(validateTerritorialKeys(KIND[unit.kind], unit.ars, unit.ags)).toEqual([]);
      if (unit.parentArs) {
        const parent = byArs.get(unit.parentArs);
        expect(parent).toBeDefined();
        expect(unit.ars.startsWith(unit.parentArs.slice(0, unit.kind === 'GEMEINDE' ? 5 : 2))).toBe(true);
      }
    }
  });

  it('groups the projects into clusters of at most eight, with ~550,000 measures in all', () => {
    const measures = profile.projects.reduce((sum, p) => sum + p.measureCount, 0);
    expect(measures).toBeGreaterThan(500_000);
    expect(measures).toBeLessThan(600_000);
    expect(Math.max(...profile.projects.map((p) => p.measureCount))).toBeLessThanOrEqual(MAX_MEASURES_PER_PROJECT);
    const perCluster = new Map<string, number>();
    for (const p of profile.projects) perCluster.set(p.clusterName, (perCluster.get(p.clusterName) ?? 0) + 1);
    expect(Math.max(...perCluster.values())).toBeLessThanOrEqual(8);
    expect(new Set(profile.projects.map((p) => p.code)).size).toBe(profile.projects.length);
  });

  it('is reproducible from its seed and changes with it', () => {
    expect(nationalProfile({ seed: 2026, scale: 1 })).toEqual(profile);
    const other = nationalProfile({ seed: 7, scale: 1 });
    expect(other.projects.map((p) => p.measureCount)).not.toEqual(profile.projects.map((p) => p.measureCount));
  });
});
