import { MeasureStatus, OpenDataLicence, TerritorialUnitKind, Transferability } from '@masswerk/shared/domain';
import { PublicMeasure, PublicProject } from '../public-view/public-view';
import { germanDateTime, measuresCsv, measuresJson, OPEN_DATA_COLUMNS } from './measure-distributions';

const measure: PublicMeasure = {
  code: 'EIF-M01',
  title: 'Datenplattform; regional',
  summary: '+49 ist keine Formel',
  description: 'Zeile eins\nZeile zwei',
  status: MeasureStatus.IN_PROGRESS,
  progress: 45,
  fieldsOfAction: ['Daten', 'Mobilität & Energie'],
  municipalities: [
    { name: 'Eifelkreis Bitburg-Prüm', ars: '072320000000' },
    { name: 'Stadt Bitburg', ars: null },
  ],
  plannedStart: '2024-04-01',
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  openSource: { repositoryUrl: null, licence: 'EUPL-1.2', transferability: Transferability.MEDIUM },
  lastModified: '2026-11-21T09:30:00Z',
};

describe('the open-data CSV', () => {
  it('is German Excel: BOM, semicolons, CRLF, German dates and times, lists joined, formulas neutralised', () => {
    const csv = measuresCsv([measure], 'Europe/Berlin');
    expect(csv.startsWith('\uFEFFKennung;Titel;')).toBe(true);
    const [header, row, rest] = csv.slice(1).split('\r\n');
    expect(header.split(';')).toEqual(OPEN_DATA_COLUMNS.map((c) => c.title));
    expect(rest).toBe('');
    expect(row).toBe(
      [
        'EIF-M01',
        '"Datenplattform; regional"',
        "'+49 ist keine Formel",
        '"Zeile eins\nZeile zwei"',
        'in Umsetzung',
        '45',
        'Daten | Mobilität & Energie',
        'Eifelkreis Bitburg-Prüm | Stadt Bitburg',
        '072320000000 | ',
        '01.04.2024',
        '',
        '',
        '',
        '',
        'EUPL-1.2',
        'mittel',
        '21.11.2026, 10:30',
      ].join(';'),
    );
  });

  it('writes times in the business time zone', () => {
    expect(germanDateTime('Europe/Berlin')('2026-06-30T22:15:00Z')).toBe('01.07.2026, 00:15');
  });
});

describe('the open-data JSON', () => {
  it('names the project and the licence and gives the measures with enum names and German labels', () => {
    const project = {
      code: 'EIF',
      name: 'EIFELKREIS VERBINDET',
      leadUnit: { name: 'Eifelkreis Bitburg-Prüm', ars: null, ags: null, kind: TerritorialUnitKind.LANDKREIS },
      licence: OpenDataLicence.DL_DE_BY_2_0,
    } as PublicProject;
    const body = JSON.parse(measuresJson(project, [measure], '2026-11-21T09:30:00Z'));
    expect(body).toMatchObject({
      schemaVersion: 1,
      project: { code: 'EIF', name: 'EIFELKREIS VERBINDET', leadBody: 'Eifelkreis Bitburg-Prüm' },
      licence: { id: 'dl-de/by-2-0', uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' },
      modified: '2026-11-21T09:30:00Z',
    });
    expect(body.measures[0]).toMatchObject({ status: 'IN_PROGRESS', statusLabel: 'in Umsetzung', progress: 45 });
  });
});
