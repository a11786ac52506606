import {
  Cents,
  Freshness,
  FRESHNESS_LABEL_DE,
  formatGermanDate,
  Health,
  HEALTH_LABEL_DE,
  IsoDate,
  moneyToString,
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
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
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
  /** By the measure rules in SQL (`progressSql`, `healthSql`, `freshnessSql`), as of the export's day. */
  progress: number;
  health: Health;
  freshness: Freshness;
  /** Sums of the whole cost plan and of every expenditure, in cents (as text: bigint sums from PostgreSQL). */
  planned: string;
  spent: string;
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
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
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
  /** Percent, 0–100. */
  progress: number;
  health: string;
  freshness: string;
  /** Euros as a decimal string ("1234.56"), like the API's Money scalar: exact, never a floating-point number. */
  plannedTotal: string;
  spentTotal: string;
}

/**
 * Column order and German titles of the CSV; the JSON uses the keys. The columns of the KTS measure database come
 * first (its one "Laufzeit" as four columns, planned and actual never mixed), Maßwerk's own figures after them.
 */
export const MEASURE_COLUMNS: readonly { key: keyof MeasureRecord; title: string }[] = [
  { key: 'title', title: 'Titel' },
  { key: 'identifier', title: 'Kennung' },
  { key: 'modelProject', title: 'Modellprojekt' },
  { key: 'fieldsOfAction', title: 'Handlungsfeld(er)' },
  { key: 'status', title: 'Bearbeitungsstand' },
  { key: 'spatialEffect', title: 'Raumwirkung' },
  { key: 'municipalities', title: 'Kommune(n)' },
  { key: 'summary', title: 'Kurzbeschreibung' },
  { key: 'plannedStart', title: 'Laufzeit Beginn (geplant)' },
  { key: 'plannedEnd', title: 'Laufzeit Ende (geplant)' },
  { key: 'actualStart', title: 'Laufzeit Beginn (tatsächlich)' },
  { key: 'actualEnd', title: 'Laufzeit Ende (tatsächlich)' },
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
  { key: 'progress', title: 'Fortschritt (%)' },
  { key: 'health', title: 'Zustand' },
  { key: 'freshness', title: 'Aktualität' },
  { key: 'plannedTotal', title: 'Plan gesamt (€)' },
  { key: 'spentTotal', title: 'Ist gesamt (€)' },
];

const DATE_KEYS: readonly (keyof MeasureRecord)[] = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'];
const MONEY_KEYS: readonly (keyof MeasureRecord)[] = ['plannedTotal', 'spentTotal'];

/** A figure the export computed itself: written as it is, never taken for a formula (`-12,50` stays a number). */
export interface CsvNumber {
  number: string;
}

export type CsvValue = string | CsvNumber;

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
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    actualStart: row.actualStart,
    actualEnd: row.actualEnd,
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
    progress: Number(row.progress),
    health: HEALTH_LABEL_DE[row.health],
    freshness: FRESHNESS_LABEL_DE[row.freshness],
    plannedTotal: moneyToString(BigInt(row.planned) as Cents),
    spentTotal: moneyToString(BigInt(row.spent) as Cents),
  };
}

/** The record as CSV fields: dates the German way, yes/no in words, lists joined, amounts with a decimal comma. */
export function toCsvValues(record: MeasureRecord): CsvValue[] {
  return MEASURE_COLUMNS.map(({ key }): CsvValue => {
    const value = record[key];
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
    if (typeof value === 'boolean') return yesNo(value);
    if (DATE_KEYS.includes(key)) return formatGermanDate(value as IsoDate | null);
    // German Excel reads "1234,56" as a number; no thousands separator and no € sign, so that it also reads back
    if (MONEY_KEYS.includes(key)) return { number: String(value).replace('.', ',') };
    if (typeof value === 'number') return { number: String(value) };
    return value ?? '';
  });
}
