import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object, Quad_Subject } from 'n3';
import { OPEN_DATA_LICENCES, OPEN_DATA_PATHS, TerritorialUnitKind } from '@masswerk/shared/domain';
import { PublicMeasureSummary, PublicProject, PublicUnit } from '../public-view/public-view';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** The vocabularies of the catalogue, with the prefixes Turtle and JSON-LD use for them. */
export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const ns =
  (base: string) =>
  (local: string): NamedNode =>
    namedNode(base + local);
const dcat = ns(PREFIXES.dcat);
const dct = ns(PREFIXES.dct);
const dcatde = ns(PREFIXES.dcatde);
const foaf = ns(PREFIXES.foaf);
const vcard = ns(PREFIXES.vcard);
const skos = ns(PREFIXES.skos);
const rdfType = namedNode(`${PREFIXES.rdf}type`);
const xsdDateTime = namedNode(`${PREFIXES.xsd}dateTime`);

/** The controlled vocabularies DCAT-AP.de asks for, each the scheme its concepts name with `skos:inScheme`. */
const EU = 'http://publications.europa.eu/resource/authority/';
const SCHEMES = {
  theme: `${EU}data-theme`,
  fileType: `${EU}file-type`,
  language: `${EU}language`,
  licences: 'http://dcat-ap.de/def/licenses',
  geocodingLevel: 'http://dcat-ap.de/def/politicalGeocoding/Level',
  geocoding: 'http://dcat-ap.de/def/politicalGeocoding/',
} as const;

/** A project's Digitale Agenda is about how a public body works (GOVE) and about technology (TECH). */
const THEMES = ['GOVE', 'TECH'] as const;
const GERMAN = `${SCHEMES.language}/DEU`;

/** The two downloads of each dataset. */
export const DISTRIBUTIONS = [
  { format: 'CSV', mediaType: 'text/csv', path: OPEN_DATA_PATHS.measuresCsv, title: 'Maßnahmen als CSV (Excel)' },
  { format: 'JSON', mediaType: 'application/json', path: OPEN_DATA_PATHS.measuresJson, title: 'Maßnahmen als JSON' },
] as const;

/** One model project's dataset: the project and what its public measures add (their latest change, fields). */
export interface CatalogDataset {
  project: PublicProject;
  measures: PublicMeasureSummary;
}

export interface CatalogInput {
  /** The site's origin (`PUBLIC_ORIGIN`): every address of the catalogue starts with it. */
  origin: string;
  /** Who runs the installation (`OPEN_DATA_PUBLISHER`). */
  publisher: string;
  datasets: CatalogDataset[];
  /** ISO date-time: when the catalogue was built, its `dct:modified` when no dataset says later. */
  now: string;
}

/**
 * The political geocoding of a unit in the DCAT-AP.de vocabularies (https://www.dcat-ap.de/def/politicalGeocoding/):
 * a Land by its state key, a Landkreis by its district key, a Verbandsgemeinde by its municipal association key, a
 * municipality by its regional key (ARS), or by its municipality key (AGS) where it has no ARS.
 */
export function politicalGeocoding(unit: PublicUnit): { uri: string; scheme: string } | null {
  const key = (vocabulary: string, value: string) => ({
    uri: `${SCHEMES.geocoding}${vocabulary}/${value}`,
    scheme: `${SCHEMES.geocoding}${vocabulary}`,
  });
  const ars = unit.ars?.trim();
  if (!ars) return unit.ags ? key('municipalityKey', unit.ags.trim()) : null;
  switch (unit.kind) {
    case TerritorialUnitKind.LAND:
      return key('stateKey', ars.slice(0, 2));
    case TerritorialUnitKind.LANDKREIS:
      return key('districtKey', ars.slice(0, 5));
    case TerritorialUnitKind.VERBANDSGEMEINDE:
      return key('municipalAssociationKey', ars.slice(0, 9));
    default:
      return key('regionalKey', ars);
  }
}

/** The level the lead body's area is at: a Landkreis is a district, every other lead body a municipality. */
export function politicalGeocodingLevel(kind: TerritorialUnitKind): string {
  const level =
    kind === TerritorialUnitKind.LAND
      ? 'state'
      : kind === TerritorialUnitKind.LANDKREIS
        ? 'administrativeDistrict'
        : 'municipality';
  return `${SCHEMES.geocodingLevel}/${level}`;
}

/** The later of ISO date-times (they compare as text). */
const latest = (...times: (string | null)[]): string | null =>
  times.reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/** A dataset changes with its settings and with its public measures. */
const datasetModified = ({ project, measures }: CatalogDataset): string =>
  latest(project.settingsModified, measures.lastModified) ?? project.settingsModified;

/** The addresses of the catalogue's resources. */
export function catalogIris(origin: string) {
  const dataset = (code: string) => `${origin}/api/open-data/projects/${encodeURIComponent(code)}`;
  return {
    catalog: `${origin}/api/open-data/catalog`,
    publisher: `${origin}/api/open-data/catalog#publisher`,
    dataset: (code: string) => `${dataset(code)}#dataset`,
    datasetPublisher: (code: string) => `${dataset(code)}#publisher`,
    distribution: (code: string, format: string) => `${dataset(code)}#distribution-${format.toLowerCase()}`,
  };
}

/**
 * The catalogue as RDF: one `dcat:Catalog` with a `dcat:Dataset` per publishing project, each with a CSV and a JSON
 * `dcat:Distribution`, following DCAT-AP.de 2.0. The concepts it names from controlled vocabularies (themes, file
 * types, languages, licences, geocodings) carry their type and `skos:inScheme`, so a validator that has not loaded
 * the vocabularies (as our test) still sees which vocabulary each comes from. Built once; Turtle and JSON-LD are
 * serialisations of the same quads.
 */
export function catalogQuads(input: CatalogInput): Quad[] {
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  const text = (s: Quad_Subject, p: NamedNode, value: string) => add(s, p, literal(value, 'de'));
  const time = (s: Quad_Subject, p: NamedNode, value: string) => add(s, p, literal(value, xsdDateTime));
  const concepts = new Map<string, { types: string[]; scheme: string }>();
  const concept = (s: Quad_Subject, p: NamedNode, uri: string, scheme: string, ...types: string[]) => {
    add(s, p, namedNode(uri));
    concepts.set(uri, { types: [...new Set([...(concepts.get(uri)?.types ?? []), ...types])], scheme });
  };
  const iris = catalogIris(input.origin);

  const catalog = namedNode(iris.catalog);
  const modified = latest(...input.datasets.map((d) => datasetModified(d)));
  add(catalog, rdfType, dcat('Catalog'));
  text(catalog, dct('title'), 'Digitale Agenden der Modellprojekte Smart Cities');
  text(
    catalog,
    dct('description'),
    'Offene Daten der Modellprojekte Smart Cities auf dieser Maßwerk-Installation: je Modellprojekt die ' +
      'veröffentlichten Maßnahmen seiner Digitalen Agenda mit Stand, Fortschritt, Handlungsfeldern, Kommunen, ' +
      'Laufzeiten und Open-Source-Angaben.',
  );
  const publisher = namedNode(iris.publisher);
  add(catalog, dct('publisher'), publisher);
  add(publisher, rdfType, foaf('Agent'));
  add(publisher, foaf('name'), literal(input.publisher));
  add(catalog, foaf('homepage'), namedNode(`${input.origin}/`));
  concept(catalog, dct('language'), GERMAN, SCHEMES.language, `${PREFIXES.dct}LinguisticSystem`);
  time(catalog, dct('modified'), modified ?? input.now);

  for (const { project, measures } of input.datasets) {
    const dataset = namedNode(iris.dataset(project.code));
    const licence = OPEN_DATA_LICENCES[project.licence];
    add(catalog, dcat('dataset'), dataset);
    add(dataset, rdfType, dcat('Dataset'));
    text(dataset, dct('title'), `Digitale Agenda: Maßnahmen von ${project.name}`);
    text(
      dataset,
      dct('description'),
      `Die veröffentlichten Maßnahmen der Digitalen Agenda des Modellprojekts Smart Cities „${project.name}“ ` +
        `(${project.leadUnit.name}): Kennung, Titel, Beschreibung, Bearbeitungsstand, Fortschritt, Handlungsfelder, ` +
        'Kommunen mit Regionalschlüssel, geplante und tatsächliche Laufzeit und Open-Source-Angaben.',
    );
    add(dataset, dct('identifier'), literal(project.code));

    const projectPublisher = namedNode(iris.datasetPublisher(project.code));
    add(dataset, dct('publisher'), projectPublisher);
    add(projectPublisher, rdfType, foaf('Agent'));
    add(projectPublisher, foaf('name'), literal(project.leadUnit.name));
    if (project.websiteUrl) add(projectPublisher, foaf('homepage'), namedNode(project.websiteUrl));

    const contact = blankNode(`contact-${project.code}`);
    add(dataset, dcat('contactPoint'), contact);
    add(contact, rdfType, vcard('Kind'));
    add(contact, rdfType, vcard('Organization'));
    add(contact, vcard('fn'), literal(`Projektbüro ${project.name}`));
    if (project.contactEmail) add(contact, vcard('hasEmail'), namedNode(`mailto:${project.contactEmail}`));
    if (project.websiteUrl) add(contact, vcard('hasURL'), namedNode(project.websiteUrl));

    concept(dataset, dct('license'), licence.uri, SCHEMES.licences, `${PREFIXES.dct}LicenseDocument`);
    for (const unit of project.units) {
      const geocoding = politicalGeocoding(unit);
      if (geocoding) concept(dataset, dcatde('politicalGeocodingURI'), geocoding.uri, geocoding.scheme);
    }
    concept(
      dataset,
      dcatde('politicalGeocodingLevelURI'),
      politicalGeocodingLevel(project.leadUnit.kind),
      SCHEMES.geocodingLevel,
    );
    for (const theme of THEMES)
      concept(dataset, dcat('theme'), `${SCHEMES.theme}/${theme}`, SCHEMES.theme, `${PREFIXES.skos}Concept`);
    concept(dataset, dct('language'), GERMAN, SCHEMES.language, `${PREFIXES.dct}LinguisticSystem`);
    time(dataset, dct('issued'), project.issued);
    time(dataset, dct('modified'), datasetModified({ project, measures }));
    for (const keyword of ['Smart City', 'Digitale Agenda', 'Modellprojekte Smart Cities', ...measures.fieldsOfAction])
      text(dataset, dcat('keyword'), keyword);
    if (project.websiteUrl) add(dataset, dcat('landingPage'), namedNode(project.websiteUrl));

    for (const d of DISTRIBUTIONS) {
      const distribution = namedNode(iris.distribution(project.code, d.format));
      const url = namedNode(`${input.origin}${d.path(project.code)}`);
      add(dataset, dcat('distribution'), distribution);
      add(distribution, rdfType, dcat('Distribution'));
      text(distribution, dct('title'), d.title);
      add(distribution, dcat('accessURL'), url);
      add(distribution, dcat('downloadURL'), url);
      concept(
        distribution,
        dct('format'),
        `${SCHEMES.fileType}/${d.format}`,
        SCHEMES.fileType,
        `${PREFIXES.dct}MediaTypeOrExtent`,
      );
      add(distribution, dcat('mediaType'), namedNode(`https://www.iana.org/assignments/media-types/${d.mediaType}`));
      concept(distribution, dct('license'), licence.uri, SCHEMES.licences, `${PREFIXES.dct}LicenseDocument`);
      if (licence.attribution) add(distribution, dcatde('licenseAttributionByText'), literal(project.leadUnit.name));
      time(distribution, dct('modified'), datasetModified({ project, measures }));
    }
  }

  for (const [uri, { types, scheme }] of concepts) {
    for (const type of types) add(namedNode(uri), rdfType, namedNode(type));
    add(namedNode(uri), skos('inScheme'), namedNode(scheme));
  }
  return quads;
}
