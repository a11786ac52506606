/**
 * Open data in DCAT-AP.de (issue 16, decision 0069): the licences a project may put its published measures under,
 * each with its identifier in the DCAT-AP.de licence vocabulary (https://www.dcat-ap.de/def/licenses/), which is what
 * the catalogue names as `dct:license`. The list is fixed on purpose: an open-data licence that a portal such as
 * GovData does not know is of little use, and a free text would end up as "siehe Impressum".
 */
export enum OpenDataLicence {
  DL_DE_BY_2_0 = 'DL_DE_BY_2_0',
  DL_DE_ZERO_2_0 = 'DL_DE_ZERO_2_0',
  CC_BY_4_0 = 'CC_BY_4_0',
  CC0_1_0 = 'CC0_1_0',
}

export interface OpenDataLicenceInfo {
  /** The short name people know it by (`dl-de/by-2-0`). */
  id: string;
  /** Its name as the dashboard shows it. */
  label: string;
  /** Its IRI in the DCAT-AP.de licence vocabulary. */
  uri: string;
  /** Whether users must name the source (the catalogue then says whom: `dcatde:licenseAttributionByText`). */
  attribution: boolean;
}

export const OPEN_DATA_LICENCES: Record<OpenDataLicence, OpenDataLicenceInfo> = {
  [OpenDataLicence.DL_DE_BY_2_0]: {
    id: 'dl-de/by-2-0',
    label: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    attribution: true,
  },
  [OpenDataLicence.DL_DE_ZERO_2_0]: {
    id: 'dl-de/zero-2-0',
    label: 'Datenlizenz Deutschland – Zero – Version 2.0',
    uri: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
    attribution: false,
  },
  [OpenDataLicence.CC_BY_4_0]: {
    id: 'CC-BY-4.0',
    label: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
    attribution: true,
  },
  [OpenDataLicence.CC0_1_0]: {
    id: 'CC0-1.0',
    label: 'Creative Commons Zero 1.0 (CC0 1.0)',
    uri: 'http://dcat-ap.de/def/licenses/cc-zero',
    attribution: false,
  },
};

/** The licence a project gets when it switches open data on without choosing: the German standard for open data. */
export const DEFAULT_OPEN_DATA_LICENCE = OpenDataLicence.DL_DE_BY_2_0;

/** The addresses of a project's open data below the site's origin (the catalogue lists them absolute). */
export const OPEN_DATA_PATHS = {
  catalogJsonLd: '/api/open-data/catalog.jsonld',
  catalogTurtle: '/api/open-data/catalog.ttl',
  measuresCsv: (code: string) => `/api/open-data/projects/${encodeURIComponent(code)}/measures.csv`,
  measuresJson: (code: string) => `/api/open-data/projects/${encodeURIComponent(code)}/measures.json`,
} as const;
