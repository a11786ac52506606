import { OpenDataLicence, TerritorialUnitKind } from '@masswerk/shared/domain';
import { catalogQuads, politicalGeocoding, politicalGeocodingLevel } from './catalog-graph';
import { etagOf, matchesIfNoneMatch } from './etag';
import { PublicProject } from '../public-view/public-view';

const K = TerritorialUnitKind;
const unit = (kind: TerritorialUnitKind, ars: string | null, ags: string | null = null) => ({
  name: 'X',
  kind,
  ars,
  ags,
});

describe('political geocoding', () => {
  it('names each kind of unit by the key of its DCAT-AP.de vocabulary', () => {
    const base = 'http://dcat-ap.de/def/politicalGeocoding';
    expect(politicalGeocoding(unit(K.LAND, '070000000000'))?.uri).toBe(`${base}/stateKey/07`);
    expect(politicalGeocoding(unit(K.LANDKREIS, '072320000000'))?.uri).toBe(`${base}/districtKey/07232`);
    expect(politicalGeocoding(unit(K.VERBANDSGEMEINDE, '072325001000'))).toEqual({
      uri: `${base}/municipalAssociationKey/072325001`,
      scheme: `${base}/municipalAssociationKey`,
    });
    expect(politicalGeocoding(unit(K.KREISFREIE_STADT, '073120000000'))?.uri).toBe(`${base}/regionalKey/073120000000`);
    expect(politicalGeocoding(unit(K.GEMEINDE, null, '07232018'))?.uri).toBe(`${base}/municipalityKey/07232018`);
    expect(politicalGeocoding(unit(K.GEMEINDE, null))).toBeNull();
  });

  it('puts a Landkreis on the district level and every other lead body on the municipal level', () => {
    expect(politicalGeocodingLevel(K.LANDKREIS)).toBe(
      'http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict',
    );
    expect(politicalGeocodingLevel(K.KREISFREIE_STADT)).toBe(
      'http://dcat-ap.de/def/politicalGeocoding/Level/municipality',
    );
  });
});

describe('catalogQuads', () => {
  const project: PublicProject = {
    id: 'p1',
    code: 'EIF',
    name: 'EIFELKREIS VERBINDET',
    websiteUrl: null,
    leadUnit: unit(K.LANDKREIS, '072320000000'),
    units: [unit(K.LANDKREIS, '072320000000')],
    licence: OpenDataLicence.DL_DE_ZERO_2_0,
    contactEmail: null,
    issued: '2026-01-01T00:00:00Z',
    settingsModified: '2026-02-01T00:00:00Z',
  };
  const objects = (quads: ReturnType<typeof catalogQuads>, predicate: string) =>
    quads.filter((q) => q.predicate.value.endsWith(predicate)).map((q) => q.object.value);

  it('dates the catalogue by its latest dataset, or by now without any', () => {
    const input = { origin: 'https://m.example.org', publisher: 'Kreis', now: '2026-03-01T00:00:00Z' };
    const measures = { count: 1, lastModified: '2026-02-15T00:00:00Z', fieldsOfAction: ['Mobilität'] };
    const quads = catalogQuads({ ...input, datasets: [{ project, measures }] });
    expect(objects(quads, '/modified')).toEqual(Array(4).fill('2026-02-15T00:00:00Z'));
    expect(objects(catalogQuads({ ...input, datasets: [] }), '/modified')).toEqual(['2026-03-01T00:00:00Z']);
    expect(objects(quads, '#keyword')).toContain('Mobilität');
  });

  it('names the licence by its DCAT-AP.de IRI and asks for attribution only where the licence does', () => {
    const quads = catalogQuads({
      origin: 'https://m.example.org',
      publisher: 'Kreis',
      now: '2026-03-01T00:00:00Z',
      datasets: [{ project, measures: { count: 0, lastModified: null, fieldsOfAction: [] } }],
    });
    expect(new Set(objects(quads, '/license'))).toEqual(new Set(['http://dcat-ap.de/def/licenses/dl-zero-de/2.0']));
    expect(objects(quads, 'licenseAttributionByText')).toEqual([]);
    expect(objects(quads, '#downloadURL')).toEqual([
      'https://m.example.org/api/open-data/projects/EIF/measures.csv',
      'https://m.example.org/api/open-data/projects/EIF/measures.json',
    ]);
  });
});

describe('ETag', () => {
  it('is the same for the same bytes and matches lists, weak tags and *', () => {
    const tag = etagOf('Kennung;Titel\r\n');
    expect(tag).toBe(etagOf('Kennung;Titel\r\n'));
    expect(tag).not.toBe(etagOf('Kennung;Titel\r\n '));
    expect(matchesIfNoneMatch(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });
});
