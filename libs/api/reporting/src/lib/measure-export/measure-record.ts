import {
  formatGermanDate,
  IsoDate,
  MEASURE_STATUS_LABEL_DE,
  MeasureStatus,
  Phase,
  Transferability,
  TRANSFERABILITY_LABEL_DE,
} from '@masswerk/shared/domain';
import { yesNo } from '../shared/period';

/** Raumwirkung as the KTS measure database (Wissensspeicher) names it. */
export const SPATIAL_EFFECT_DE = {
  WHOLE_AREA: 'Gesamtes Projektgebiet',
  SEVERAL: 'Mehrere Kommunen',
  ONE: 'Eine Kommune',
} as const;

/**
 * The spatial effect of a measure from the member municipalities it involves (as lead or participant):
 * all of them, or none named (a measure of the lead body for its whole area, or a project without members such as a
 * kreisfreie Stadt) is the whole project area; otherwise one or several municipalities.
 */
export function spatialEffect(memberCount: number, involvedMembers: number): string {
  if (memberCount === 0 || involvedMembers === 0 || involvedMembers >= memberCount) return SPATIAL_EFFECT_DE.WHOLE_AREA;
  return involvedMembers === 1 ? SPATIAL_EFFECT_DE.ONE : SPATIAL_EFFECT_DE.SEVERAL;
}

/** One measure as the export reads it from the database (one statement, lists aggregated in SQL). */
export interface MeasureExportRow {
  code: string;
  title: string;
  projectName: string;
  summary: string;
  status: MeasureStatus;
  phase: Phase;
  flagship: boolean;
  published: boolean;
  start: IsoDate | null;
  end: IsoDate | null;
  ossRepositoryUrl: string | null;
  ossLicence: string | null;
  ossDocumentationUrl: string | null;
  transferability: Transferability;
  tags: string[];
  responsibleUnit: string;
  contactName: string;
  contactEmail: string | null;
  fieldsOfAction: string[];
  municipalities: string[];
  involvedMembers: number;
  adopters: string[];
}

/** A measure in the shape of the Wissensspeicher: stable English keys, German values. */
export interface MeasureRecord {
  title: string;
  identifier: string;
  modelProject: string;
  fieldsOfAction: string[];
  status: string;
  spatialEffect: string;
  municipalities: string[];
  summary: string;
  start: IsoDate | null;
  end: IsoDate | null;
  phase: Phase;
  flagship: boolean;
  openSourceRepository: string | null;
  licence: string | null;
  documentation: string | null;
  transferability: string;
  adoptedBy: string[];
  keywords: string[];
  contact: string;
  published: boolean;
}

/** Column order and German titles of the CSV; the JSON uses the keys. */
export const MEASURE_COLUMNS: readonly { key: keyof MeasureRecord; title: string }[] = [
  { key: 'title', title: 'Titel' },
  { key: 'identifier', title: 'Kennung' },
  { key: 'modelProject', title: 'Modellprojekt' },
  { key: 'fieldsOfAction', title: 'Handlungsfeld(er)' },
  { key: 'status', title: 'Bearbeitungsstand' },
  { key: 'spatialEffect', title: 'Raumwirkung' },
  { key: 'municipalities', title: 'Kommune(n)' },
  { key: 'summary', title: 'Kurzbeschreibung' },
  { key: 'start', title: 'Laufzeit Beginn' },
  { key: 'end', title: 'Laufzeit Ende' },
  { key: 'phase', title: 'Phase' },
  { key: 'flagship', title: 'Leitprojekt' },
  { key: 'openSourceRepository', title: 'Open-Source-Repository' },
  { key: 'licence', title: 'Lizenz' },
  { key: 'documentation', title: 'Dokumentation' },
  { key: 'transferability', title: 'Übertragbarkeit' },
  { key: 'adoptedBy', title: 'Übernommen von' },
  { key: 'keywords', title: 'Schlagwörter' },
  { key: 'contact', title: 'Kontakt' },
  { key: 'published', title: 'Veröffentlicht' },
];

/** Lists inside one CSV field; a comma would be ambiguous ("Bildung, Versorgung & Wirtschaft" is one field). */
export const LIST_SEPARATOR = ' | ';

export function toMeasureRecord(row: MeasureExportRow, memberCount: number): MeasureRecord {
  return {
    title: row.title,
    identifier: row.code,
    modelProject: row.projectName,
    fieldsOfAction: row.fieldsOfAction,
    status: MEASURE_STATUS_LABEL_DE[row.status],
    spatialEffect: spatialEffect(memberCount, Number(row.involvedMembers)),
    municipalities: row.municipalities,
    summary: row.summary,
    start: row.start,
    end: row.end,
    phase: row.phase,
    flagship: row.flagship,
    openSourceRepository: row.ossRepositoryUrl,
    licence: row.ossLicence,
    documentation: row.ossDocumentationUrl,
    transferability: TRANSFERABILITY_LABEL_DE[row.transferability],
    adoptedBy: row.adopters,
    keywords: row.tags,
    contact: [row.responsibleUnit, row.contactName, row.contactEmail].filter((v) => !!v?.trim()).join(', '),
    published: row.published,
  };
}

/** The record as CSV fields: dates the German way, yes/no in words, lists joined. */
export function toCsvValues(record: MeasureRecord): string[] {
  return MEASURE_COLUMNS.map(({ key }) => {
    const value = record[key];
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
    if (typeof value === 'boolean') return yesNo(value);
    if (key === 'start' || key === 'end') return formatGermanDate(value as IsoDate | null);
    return value ?? '';
  });
}
