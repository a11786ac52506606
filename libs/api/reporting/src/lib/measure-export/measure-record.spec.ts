import { Freshness, Health, MeasureStatus, Phase, Transferability } from '@masswerk/shared/domain';
import { MeasureExportRow, spatialEffect, toCsvValues, toMeasureRecord, MEASURE_COLUMNS } from './measure-record';

const row: MeasureExportRow = {
  code: 'EIF-M07',
  title: 'Digitale Bürgerbeteiligung',
  projectName: 'EIFELKREIS VERBINDET',
  summary: 'Beteiligung online',
  status: MeasureStatus.IMPLEMENTED,
  phase: Phase.B,
  flagship: true,
  published: false,
  plannedStart: '2023-06-01',
  plannedEnd: '2024-03-31',
  actualStart: '2023-07-01',
  actualEnd: '2024-05-31',
  ossRepositoryUrl: 'https://gitlab.opencode.de/demo/beteiligung',
  ossLicence: 'EUPL-1.2',
  ossDocumentationUrl: null,
  transferability: Transferability.HIGH,
  tags: ['beteiligung', 'plattform'],
  responsibleUnit: 'Projektbüro',
  contactName: '',
  contactEmail: 'projektbuero@example.org',
  fieldsOfAction: ['Bildung, Versorgung & Wirtschaft', 'Mobilität & Energie'],
  municipalities: ['Eifelkreis Bitburg-Prüm', 'Stadt Bitburg'],
  involvedMembers: 1,
  adopters: [],
  progress: 100,
  health: Health.ON_TRACK,
  freshness: Freshness.STALE,
  planned: '12345678',
  spent: '-1050',
};

describe('the measure record of the Wissensspeicher export', () => {
  it('derives the spatial effect from the member municipalities involved', () => {
    expect(spatialEffect(6, 6)).toBe('Gesamtes Projektgebiet');
    expect(spatialEffect(6, 0)).toBe('Gesamtes Projektgebiet');
    expect(spatialEffect(0, 0)).toBe('Gesamtes Projektgebiet');
    expect(spatialEffect(6, 1)).toBe('Eine Kommune');
    expect(spatialEffect(6, 3)).toBe('Mehrere Kommunen');
  });

  it('speaks German in the values and keeps lists apart from commas inside names', () => {
    const values = toCsvValues(toMeasureRecord(row, 6));
    const byTitle = Object.fromEntries(MEASURE_COLUMNS.map((c, i) => [c.title, values[i]]));
    expect(byTitle).toMatchObject({
      Bearbeitungsstand: 'umgesetzt',
      Raumwirkung: 'Eine Kommune',
      'Handlungsfeld(er)': 'Bildung, Versorgung & Wirtschaft | Mobilität & Energie',
      'Laufzeit Beginn (geplant)': '01.06.2023',
      'Laufzeit Ende (geplant)': '31.03.2024',
      'Laufzeit Beginn (tatsächlich)': '01.07.2023',
      'Laufzeit Ende (tatsächlich)': '31.05.2024',
      Leitprojekt: 'ja',
      Veröffentlicht: 'nein',
      Übertragbarkeit: 'hoch',
      Dokumentation: '',
      Kontakt: 'Projektbüro, projektbuero@example.org',
      'Fortschritt (%)': { number: '100' },
      Zustand: 'im Plan',
      Aktualität: 'veraltet (> 60 Tage)',
      'Plan gesamt (€)': { number: '123456,78' },
      'Ist gesamt (€)': { number: '-10,50' },
    });
  });

  it('keeps the KTS columns first and adds its own figures after them', () => {
    expect(MEASURE_COLUMNS.slice(-5).map((c) => c.key)).toEqual([
      'progress',
      'health',
      'freshness',
      'plannedTotal',
      'spentTotal',
    ]);
    expect(toMeasureRecord(row, 6)).toMatchObject({ plannedTotal: '123456.78', spentTotal: '-10.50', progress: 100 });
  });
});
