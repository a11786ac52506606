import {
  formatGermanDate,
  MEASURE_STATUS_LABEL_DE,
  OPEN_DATA_LICENCES,
  TRANSFERABILITY_LABEL_DE,
} from '@masswerk/shared/domain';
import { CSV_BOM, csvRecord, LIST_SEPARATOR } from '@masswerk/api/reporting';
import { PublicMeasure, PublicProject } from '../public-view/public-view';

/**
 * The columns of the open-data CSV, in order: only what `PublicMeasure` holds. The titles follow the measure export of
 * the reporting library where the column is the same.
 */
export const OPEN_DATA_COLUMNS: readonly {
  title: string;
  value: (m: PublicMeasure, time: (iso: string) => string) => string | { number: string };
}[] = [
  { title: 'Kennung', value: (m) => m.code },
  { title: 'Titel', value: (m) => m.title },
  { title: 'Kurzbeschreibung', value: (m) => m.summary ?? '' },
  { title: 'Beschreibung', value: (m) => m.description ?? '' },
  { title: 'Bearbeitungsstand', value: (m) => (m.status ? MEASURE_STATUS_LABEL_DE[m.status] : '') },
  { title: 'Fortschritt (%)', value: (m) => (m.progress === null ? '' : { number: String(m.progress) }) },
  { title: 'Handlungsfeld(er)', value: (m) => m.fieldsOfAction.join(LIST_SEPARATOR) },
  { title: 'Kommune(n)', value: (m) => m.municipalities.map((u) => u.name).join(LIST_SEPARATOR) },
  {
    title: 'Regionalschlüssel (ARS)',
    value: (m) => m.municipalities.map((u) => u.ars?.trim() ?? '').join(LIST_SEPARATOR),
  },
  { title: 'Laufzeit Beginn (geplant)', value: (m) => formatGermanDate(m.plannedStart) },
  { title: 'Laufzeit Ende (geplant)', value: (m) => formatGermanDate(m.plannedEnd) },
  { title: 'Laufzeit Beginn (tatsächlich)', value: (m) => formatGermanDate(m.actualStart) },
  { title: 'Laufzeit Ende (tatsächlich)', value: (m) => formatGermanDate(m.actualEnd) },
  { title: 'Open-Source-Repository', value: (m) => m.openSource.repositoryUrl ?? '' },
  { title: 'Lizenz', value: (m) => m.openSource.licence ?? '' },
  { title: 'Übertragbarkeit', value: (m) => TRANSFERABILITY_LABEL_DE[m.openSource.transferability] },
  { title: 'Zuletzt geändert', value: (m, time) => time(m.lastModified) },
];

/** A date-time the German way in the business time zone: `21.11.2026, 10:00`. */
export function germanDateTime(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('de-DE', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (iso) => format.format(new Date(iso));
}

/** The CSV for German Excel (`;`, CRLF, UTF-8 with BOM, text that looks like a formula neutralised). */
export function measuresCsv(measures: readonly PublicMeasure[], timeZone: string): string {
  const time = germanDateTime(timeZone);
  return (
    CSV_BOM +
    csvRecord(OPEN_DATA_COLUMNS.map((c) => c.title)) +
    measures.map((m) => csvRecord(OPEN_DATA_COLUMNS.map((c) => c.value(m, time)))).join('')
  );
}

/** The version of the open-data JSON's shape; a change that breaks readers raises it. */
export const OPEN_DATA_JSON_SCHEMA_VERSION = 1;

/**
 * The JSON: `{ schemaVersion, project: { code, name, leadBody }, licence: { id, name, uri }, modified, measures }`;
 * each measure has the fields of `PublicMeasure` plus `statusLabel` (German) and `transferability` as its enum name.
 * No time of the request is in it, so that the same data gives the same bytes (and the same ETag).
 */
export function measuresJson(project: PublicProject, measures: readonly PublicMeasure[], modified: string): string {
  const licence = OPEN_DATA_LICENCES[project.licence];
  const body = {
    schemaVersion: OPEN_DATA_JSON_SCHEMA_VERSION,
    project: { code: project.code, name: project.name, leadBody: project.leadUnit.name },
    licence: { id: licence.id, name: licence.label, uri: licence.uri },
    modified,
    measures: measures.map((m) => ({
      code: m.code,
      title: m.title,
      summary: m.summary,
      description: m.description,
      status: m.status,
      statusLabel: m.status ? MEASURE_STATUS_LABEL_DE[m.status] : null,
      progress: m.progress,
      fieldsOfAction: m.fieldsOfAction,
      municipalities: m.municipalities.map((u) => ({ name: u.name, ars: u.ars?.trim() ?? null })),
      plannedStart: m.plannedStart,
      plannedEnd: m.plannedEnd,
      actualStart: m.actualStart,
      actualEnd: m.actualEnd,
      openSource: m.openSource,
      lastModified: m.lastModified,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
