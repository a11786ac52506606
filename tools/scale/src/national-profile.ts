/**
 * The national profile: every Land, Kreis and municipality of Germany, in the right numbers and with keys that follow
 * the AGS/ARS structure, but with invented names (the real ones add nothing to a benchmark and would invite mistaking
 * the data for real). Numbers per Land follow the official counts closely (2024: 294 Landkreise, 106 kreisfreie
 * Städte, about 10,750 Gemeinden).
 */
import { SeededRandom } from '@masswerk/shared/domain';

export interface LandProfile {
  readonly code: string;
  readonly name: string;
  /** Regierungsbezirke (digit 3 of the key); 0 where the Land has none. */
  readonly districts: number;
  readonly landkreise: number;
  readonly kreisfreieStaedte: number;
  /** Gemeinden in the Landkreise (kreisfreie Städte are counted as one municipality each, on top). */
  readonly gemeinden: number;
}

export const LAENDER: readonly LandProfile[] = [
  { code: '01', name: 'Schleswig-Holstein', districts: 0, landkreise: 11, kreisfreieStaedte: 4, gemeinden: 1102 },
  { code: '02', name: 'Hamburg', districts: 0, landkreise: 0, kreisfreieStaedte: 1, gemeinden: 0 },
  { code: '03', name: 'Niedersachsen', districts: 0, landkreise: 37, kreisfreieStaedte: 8, gemeinden: 933 },
  { code: '04', name: 'Bremen', districts: 0, landkreise: 0, kreisfreieStaedte: 2, gemeinden: 0 },
  { code: '05', name: 'Nordrhein-Westfalen', districts: 5, landkreise: 31, kreisfreieStaedte: 22, gemeinden: 374 },
  { code: '06', name: 'Hessen', districts: 3, landkreise: 21, kreisfreieStaedte: 5, gemeinden: 416 },
  { code: '07', name: 'Rheinland-Pfalz', districts: 0, landkreise: 24, kreisfreieStaedte: 12, gemeinden: 2289 },
  { code: '08', name: 'Baden-Württemberg', districts: 4, landkreise: 35, kreisfreieStaedte: 9, gemeinden: 1092 },
  { code: '09', name: 'Bayern', districts: 7, landkreise: 71, kreisfreieStaedte: 25, gemeinden: 2031 },
  { code: '10', name: 'Saarland', districts: 0, landkreise: 6, kreisfreieStaedte: 0, gemeinden: 52 },
  { code: '11', name: 'Berlin', districts: 0, landkreise: 0, kreisfreieStaedte: 1, gemeinden: 0 },
  { code: '12', name: 'Brandenburg', districts: 0, landkreise: 14, kreisfreieStaedte: 4, gemeinden: 409 },
  { code: '13', name: 'Mecklenburg-Vorpommern', districts: 0, landkreise: 6, kreisfreieStaedte: 2, gemeinden: 724 },
  { code: '14', name: 'Sachsen', districts: 0, landkreise: 10, kreisfreieStaedte: 3, gemeinden: 415 },
  { code: '15', name: 'Sachsen-Anhalt', districts: 0, landkreise: 11, kreisfreieStaedte: 3, gemeinden: 215 },
  { code: '16', name: 'Thüringen', districts: 0, landkreise: 17, kreisfreieStaedte: 6, gemeinden: 599 },
];

export type UnitKind = 'LAND' | 'LANDKREIS' | 'KREISFREIE_STADT' | 'GEMEINDE';

export interface Unit {
  readonly kind: UnitKind;
  readonly name: string;
  readonly ars: string;
  readonly ags: string;
  /** ARS of the parent unit; null for a Land. */
  readonly parentArs: string | null;
}

export interface ProjectPlan {
  readonly code: string;
  readonly name: string;
  /** ARS of the lead unit (a Landkreis or a kreisfreie Stadt). */
  readonly leadArs: string;
  /** ARS of the member municipalities (the Landkreis's Gemeinden; none for a kreisfreie Stadt). */
  readonly memberArs: readonly string[];
  readonly cohortYear: 2019 | 2020 | 2021;
  readonly budgetaryEmergency: boolean;
  readonly clusterName: string;
  readonly measureCount: number;
}

export interface NationalProfile {
  readonly units: readonly Unit[];
  readonly projects: readonly ProjectPlan[];
  readonly clusters: readonly string[];
}

export interface ProfileOptions {
  readonly seed: number;
  /** 1 = national; smaller values shrink the number of measures per municipality, not the map. */
  readonly scale: number;
  /** Measures per municipality at scale 1 (the "~50 measures each"). */
  readonly measuresPerMunicipality?: number;
}

/** The measure code allows four digits, so no project may have more. */
export const MAX_MEASURES_PER_PROJECT = 9_999;
const PROJECTS_PER_CLUSTER = 8;

const PREFIXES = [
  'Ober',
  'Nieder',
  'Unter',
  'Hohen',
  'Alt',
  'Neu',
  'Groß',
  'Klein',
  'Bad ',
  'Sankt ',
  'Wester',
  'Oster',
];
const ROOTS = [
  'bach',
  'berg',
  'burg',
  'dorf',
  'feld',
  'hausen',
  'heim',
  'hofen',
  'kirchen',
  'stein',
  'tal',
  'wald',
  'weiler',
  'au',
  'brück',
  'furt',
  'hagen',
  'horst',
  'ingen',
  'leben',
  'roda',
  'stedt',
  'walde',
  'wiesen',
];
const STEMS = [
  'Ahl',
  'Bern',
  'Birk',
  'Buch',
  'Dorn',
  'Eich',
  'Elm',
  'Erl',
  'Fich',
  'Gold',
  'Hain',
  'Hart',
  'Hasel',
  'Hirsch',
  'Kalt',
  'Kirch',
  'Lind',
  'Marien',
  'Mühl',
  'Rosen',
  'Sand',
  'Schön',
  'Sonn',
  'Stein',
  'Tann',
  'Wald',
  'Weiden',
  'Wolfs',
  'Linden',
  'Eschen',
  'Fels',
  'Brun',
  'Hof',
  'Moor',
  'Wies',
  'Rot',
  'Grün',
  'Blau',
  'Born',
  'Quell',
];

function placeName(random: SeededRandom): string {
  const stem = random.pick(STEMS);
  const root = random.pick(ROOTS);
  return random.next() < 0.25 ? `${random.pick(PREFIXES)}${stem.toLowerCase()}${root}` : `${stem}${root}`;
}

/** Splits `total` into `parts` positive integers that vary around the mean (±60 %), summing exactly to `total`. */
export function spread(total: number, parts: number, random: SeededRandom): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => 0.4 + random.next() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % parts) {
    if (rest > 0) {
      counts[i]++;
      rest--;
    } else if (counts[i] > 1) {
      counts[i]--;
      rest++;
    }
  }
  return counts;
}

/** Builds the map and the plan of model projects; the same seed always gives the same result. */
export function nationalProfile({ seed, scale, measuresPerMunicipality = 50 }: ProfileOptions): NationalProfile {
  const random = new SeededRandom(seed);
  const units: Unit[] = [];
  const projects: ProjectPlan[] = [];
  const clusters: string[] = [];

  for (const land of LAENDER) {
    const landArs = `${land.code}0000000000`;
    units.push({ kind: 'LAND', name: land.name, ars: landArs, ags: `${land.code}000000`, parentArs: null });
    const kreise = land.landkreise + land.kreisfreieStaedte;
    const gemeindenPerKreis = spread(land.gemeinden, land.landkreise, random);
    const landProjects: ProjectPlan[] = [];
    for (let k = 0; k < kreise; k++) {
      // Regierungsbezirk digit, then a two-digit Kreis number within it (kreisfreie Städte first, as in the AGS).
      const district = land.districts ? (k % land.districts) + 1 : 0;
      const kreisNumber = Math.floor(k / Math.max(1, land.districts)) + 1;
      const kreisKey = `${land.code}${district}${String(kreisNumber).padStart(2, '0')}`;
      const isCity = k < land.kreisfreieStaedte;
      const stem = placeName(random);
      const name = isCity ? `Stadt ${stem}` : `Landkreis ${stem}`;
      const kreisArs = `${kreisKey}0000000`;
      units.push({
        kind: isCity ? 'KREISFREIE_STADT' : 'LANDKREIS',
        name,
        ars: kreisArs,
        ags: `${kreisKey}000`,
        parentArs: landArs,
      });
      const memberArs: string[] = [];
      if (!isCity) {
        const count = gemeindenPerKreis[k - land.kreisfreieStaedte];
        for (let g = 1; g <= count; g++) {
          const gemeinde = String(g).padStart(3, '0');
          // A verbandsfreie Gemeinde: the Gemeindeverband part is "0" followed by the Gemeinde number.
          const ars = `${kreisKey}0${gemeinde}${gemeinde}`;
          units.push({
            kind: 'GEMEINDE',
            name: `${random.next() < 0.15 ? 'Stadt ' : ''}${placeName(random)}`,
            ars,
            ags: `${kreisKey}${gemeinde}`,
            parentArs: kreisArs,
          });
          memberArs.push(ars);
        }
      }
      // Every municipality has its agenda; a city's own is larger than a village's.
      const municipalities = isCity ? 3 + Math.round(random.next() * 3) : memberArs.length;
      const perMunicipality = measuresPerMunicipality * (0.8 + random.next() * 0.4);
      const measureCount = Math.min(
        MAX_MEASURES_PER_PROJECT,
        Math.max(1, Math.round(municipalities * perMunicipality * scale)),
      );
      landProjects.push({
        code: `K${kreisKey}`,
        name: isCity ? `Smart City ${stem}` : `Smarte Region ${stem}`,
        leadArs: kreisArs,
        memberArs,
        cohortYear: random.pick([2019, 2020, 2020, 2021, 2021] as const),
        budgetaryEmergency: random.next() < 0.15,
        clusterName: '',
        measureCount,
      });
    }
    // Clusters: neighbouring projects of a Land, at most eight each.
    const clusterCount = Math.ceil(landProjects.length / PROJECTS_PER_CLUSTER);
    landProjects.forEach((p, i) => {
      const n = Math.floor(i / PROJECTS_PER_CLUSTER) + 1;
      const clusterName = clusterCount > 1 ? `Cluster ${land.name} ${n}` : `Cluster ${land.name}`;
      if (!clusters.includes(clusterName)) clusters.push(clusterName);
      projects.push({ ...p, clusterName });
    });
  }
  return { units, projects, clusters };
}
