import {
  formatGermanDate,
  IsoDate,
  MEASURE_CODE_PATTERN,
  MEASURE_STATUS_LABEL_DE,
  MEASURE_STATUSES,
  MeasureStatus,
  Phase,
  PHASES,
  Transferability,
  TRANSFERABILITIES,
  TRANSFERABILITY_LABEL_DE,
} from '@masswerk/shared/domain';
import { normalizeTags } from '@masswerk/api/measure';
import {
  cellText,
  IMPORTABLE_MEASURE_KEYS,
  ImportableMeasureKey,
  GOALS_COLUMN,
  LIST_SEPARATOR,
  MEASURE_COLUMNS,
  MeasureRecord,
  ProjectLookups,
  VERSION_COLUMN,
} from '@masswerk/api/reporting';
import { CellErrorCode } from '../import.errors';
import type { Sheet } from '../parsing/import-file';
import { normalName, splitList } from '../parsing/german-values';
import { RowCells, RowIssue } from './cells';

/** The German title of a column of the measure sheet. */
export const MEASURE_TITLE = Object.fromEntries(MEASURE_COLUMNS.map((c) => [c.key, c.title])) as Record<
  keyof MeasureRecord,
  string
>;

/** A territorial unit as a list cell may name it: by name or by its ARS. */
export interface UnitRef {
  id: string;
  name: string;
  ars: string | null;
}

/** What a measure row says, for the fields whose column the file has. */
export interface MeasurePlan {
  title?: string;
  /** Fields of action by id, and names that do not exist yet (created on the first import, decision 0063). */
  fieldsOfAction?: { ids: string[]; newNames: string[] };
  status?: MeasureStatus;
  municipalities?: { leadUnitId: string | null; participatingUnitIds: string[] };
  summary?: string;
  plannedStart?: IsoDate | null;
  plannedEnd?: IsoDate | null;
  actualStart?: IsoDate | null;
  actualEnd?: IsoDate | null;
  phase?: Phase;
  flagship?: boolean;
  ossRepositoryUrl?: string | null;
  ossLicence?: string | null;
  ossDocumentationUrl?: string | null;
  transferability?: Transferability;
  adopterUnitIds?: string[];
  tags?: string[];
  contact?: { responsibleUnit: string; contactName: string; contactEmail: string | null };
  published?: boolean;
  /** Goals by id, and titles that do not exist yet (created under the measure's first field of action). */
  goals?: { ids: string[]; newTitles: string[] };
}

/** One value of a row as compared with the stored measure, and as shown in the result. */
export interface Comparable {
  key: string;
  display: string;
}

export interface MeasureRowInput {
  row: number;
  code: string | null;
  token: string | null;
  title: string;
  plan: MeasurePlan;
  compare: Partial<Record<ImportableMeasureKey, Comparable>>;
  /** The "Ziele" column, when the file has it. */
  goals?: Comparable;
  issues: RowIssue[];
}

/** Names of the units a measure sheet refers to, by the rules of what each column may name. */
export interface MeasureRowContext {
  projectCode: string;
  lookups: ProjectLookups;
  /** Any territorial unit, for "Übernommen von" (adopters need not belong to the project). */
  adopters: UnitRef[];
}

const STATUS_BY_NAME = new Map<string, MeasureStatus>(
  MEASURE_STATUSES.flatMap((s) => [
    [normalName(MEASURE_STATUS_LABEL_DE[s]), s],
    [normalName(s), s],
  ]),
);
const TRANSFERABILITY_BY_NAME = new Map<string, Transferability>(
  TRANSFERABILITIES.flatMap((t) => [
    [normalName(TRANSFERABILITY_LABEL_DE[t]), t],
    [normalName(t), t],
  ]),
);

const text = (value: string) => value.replace(/\r\n?/g, '\n').trim();
const sortedKey = (names: readonly string[]) => names.map(normalName).sort().join('\u0001');

/**
 * The comparison key of a stored measure's value: the same normalisation as a row's, so that an unchanged export
 * compares equal (lists as sets, the lead municipality first, text without trailing spaces).
 */
export function storedComparable(record: MeasureRecord, key: ImportableMeasureKey): Comparable {
  const display = cellText(record, key);
  switch (key) {
    case 'fieldsOfAction':
    case 'adoptedBy':
      return { key: sortedKey(record[key]), display };
    case 'municipalities': {
      const [lead = '', ...others] = record.municipalities;
      return { key: `${normalName(lead)}\u0002${sortedKey(others)}`, display };
    }
    case 'keywords':
      return { key: normalizeTags(record.keywords).join('\u0001'), display };
    default:
      return { key: text(display), display };
  }
}

/** The comparison key of a measure's stored goals. */
export function storedGoals(titles: readonly string[]): Comparable {
  return { key: sortedKey(titles), display: titles.join(LIST_SEPARATOR) };
}

/** Finds a unit by ARS (12 digits, spaces ignored) or by name. */
function findUnit(units: readonly UnitRef[], entry: string): UnitRef | 'ambiguous' | null {
  const ars = entry.replace(/\s+/g, '');
  if (/^\d{12}$/.test(ars)) return units.find((u) => u.ars?.trim() === ars) ?? null;
  const named = units.filter((u) => normalName(u.name) === normalName(entry));
  return named.length > 1 ? 'ambiguous' : (named[0] ?? null);
}

/** Reads the rows of the measure sheet: typed values with their comparison keys, and what is refused. */
export function readMeasureRows(sheet: Sheet, context: MeasureRowContext): MeasureRowInput[] {
  const present = new Set(sheet.columns);
  const seenCodes = new Map<string, number>();
  return sheet.rows.map((source) => {
    const cells = new RowCells(source, present);
    const plan: MeasurePlan = {};
    const compare: Partial<Record<ImportableMeasureKey, Comparable>> = {};
    const set = <K extends ImportableMeasureKey>(key: K, cmp: string, display: string) => {
      compare[key] = { key: cmp, display };
    };

    const codeText = cells.has(MEASURE_TITLE.identifier) ? cells.text(MEASURE_TITLE.identifier) : '';
    let code: string | null = null;
    if (codeText) {
      code = codeText.toUpperCase();
      if (!MEASURE_CODE_PATTERN.test(code) || !code.startsWith(`${context.projectCode}-M`)) {
        cells.refuse(
          MEASURE_TITLE.identifier,
          CellErrorCode.INVALID_VALUE,
          `„${codeText}“ ist keine Kennung dieses Modellprojekts (${context.projectCode}-M und eine Nummer).`,
        );
      } else if (seenCodes.has(code)) {
        cells.refuse(
          MEASURE_TITLE.identifier,
          CellErrorCode.DUPLICATE,
          `Die Kennung ${code} steht schon in Zeile ${seenCodes.get(code)}.`,
        );
      } else seenCodes.set(code, source.row);
    }
    const token = cells.has(VERSION_COLUMN) ? cells.text(VERSION_COLUMN) || null : null;

    for (const key of IMPORTABLE_MEASURE_KEYS) {
      const column = MEASURE_TITLE[key];
      if (!cells.has(column)) continue;
      switch (key) {
        case 'title': {
          const value = cells.required(column);
          if (value !== undefined) {
            plan.title = text(value);
            set(key, plan.title, plan.title);
          }
          break;
        }
        case 'summary':
        case 'licence':
        case 'openSourceRepository':
        case 'documentation': {
          const value = cells.text(column);
          if (value === undefined) break;
          const clean = text(value);
          if (key === 'summary') plan.summary = clean;
          if (key === 'licence') plan.ossLicence = clean || null;
          if (key === 'openSourceRepository') plan.ossRepositoryUrl = clean || null;
          if (key === 'documentation') plan.ossDocumentationUrl = clean || null;
          set(key, clean, clean);
          break;
        }
        case 'plannedStart':
        case 'plannedEnd':
        case 'actualStart':
        case 'actualEnd': {
          const value = cells.date(column);
          if (value === undefined) break;
          plan[key] = value;
          set(key, formatGermanDate(value), formatGermanDate(value));
          break;
        }
        case 'flagship':
        case 'published': {
          const value = cells.yesNo(column);
          if (value === undefined) break;
          plan[key] = value;
          set(key, value ? 'ja' : 'nein', value ? 'ja' : 'nein');
          break;
        }
        case 'status': {
          const value = cells.text(column);
          if (value === undefined || value === '') break;
          const status = STATUS_BY_NAME.get(normalName(value));
          if (!status) {
            cells.refuse(
              column,
              CellErrorCode.UNKNOWN_STATUS,
              `„${value}“ ist kein Bearbeitungsstand; erlaubt sind ${MEASURE_STATUSES.map((s) => `„${MEASURE_STATUS_LABEL_DE[s]}“`).join(', ')}.`,
            );
            break;
          }
          plan.status = status;
          set(key, MEASURE_STATUS_LABEL_DE[status], MEASURE_STATUS_LABEL_DE[status]);
          break;
        }
        case 'phase': {
          const value = cells.required(column);
          if (value === undefined) break;
          const phase = PHASES.find((p) => normalName(value).replace(/^phase\s*/, '') === normalName(p));
          if (!phase) {
            cells.refuse(
              column,
              CellErrorCode.INVALID_VALUE,
              `„${value}“ ist keine Förderphase; erlaubt sind „A“ und „B“.`,
            );
            break;
          }
          plan.phase = phase;
          set(key, phase, phase);
          break;
        }
        case 'transferability': {
          const value = cells.text(column);
          if (value === undefined || value === '') break;
          const t = TRANSFERABILITY_BY_NAME.get(normalName(value));
          if (!t) {
            cells.refuse(
              column,
              CellErrorCode.INVALID_VALUE,
              `„${value}“ ist keine Übertragbarkeit; erlaubt sind ${TRANSFERABILITIES.map((x) => `„${TRANSFERABILITY_LABEL_DE[x]}“`).join(', ')}.`,
            );
            break;
          }
          plan.transferability = t;
          set(key, TRANSFERABILITY_LABEL_DE[t], TRANSFERABILITY_LABEL_DE[t]);
          break;
        }
        case 'fieldsOfAction': {
          const value = cells.text(column);
          if (value === undefined) break;
          const ids: string[] = [];
          const newNames: string[] = [];
          const names: string[] = [];
          for (const entry of splitList(value)) {
            const field = context.lookups.fieldsOfAction.find((f) => normalName(f.name) === normalName(entry));
            if (field) {
              if (!ids.includes(field.id)) ids.push(field.id);
              if (!names.includes(field.name)) names.push(field.name);
            } else if (context.lookups.fieldsOfAction.length) {
              cells.refuse(
                column,
                CellErrorCode.UNKNOWN_FIELD_OF_ACTION,
                `„${entry}“ ist kein Handlungsfeld dieses Modellprojekts (siehe Blatt „Werte“); neue Handlungsfelder legt das Projektbüro in der Strategie an.`,
              );
            } else if (entry.length > 200) {
              cells.refuse(
                column,
                CellErrorCode.UNKNOWN_FIELD_OF_ACTION,
                `Der Name „${entry.slice(0, 40)}…“ ist zu lang für ein Handlungsfeld.`,
              );
            } else if (!newNames.some((n) => normalName(n) === normalName(entry))) {
              newNames.push(entry);
              names.push(entry);
            }
          }
          plan.fieldsOfAction = { ids, newNames };
          set(key, sortedKey(names), names.join(LIST_SEPARATOR));
          break;
        }
        case 'municipalities': {
          const value = cells.text(column);
          if (value === undefined) break;
          const units: UnitRef[] = [];
          for (const entry of splitList(value)) {
            const unit = findUnit(context.lookups.municipalities, entry);
            if (!unit || unit === 'ambiguous') {
              cells.refuse(
                column,
                CellErrorCode.UNKNOWN_MUNICIPALITY,
                unit
                  ? `Der Name „${entry}“ ist mehrdeutig; bitte den Amtlichen Regionalschlüssel (ARS) angeben.`
                  : `„${entry}“ ist keine Kommune dieses Modellprojekts (Name oder ARS, siehe Blatt „Werte“).`,
              );
            } else if (!units.some((u) => u.id === unit.id)) units.push(unit);
          }
          const [lead, ...others] = units;
          plan.municipalities = { leadUnitId: lead?.id ?? null, participatingUnitIds: others.map((u) => u.id) };
          const names = units.map((u) => u.name);
          set(key, `${normalName(names[0] ?? '')}\u0002${sortedKey(names.slice(1))}`, names.join(LIST_SEPARATOR));
          break;
        }
        case 'adoptedBy': {
          const value = cells.text(column);
          if (value === undefined) break;
          const units: UnitRef[] = [];
          for (const entry of splitList(value)) {
            const unit = findUnit(context.adopters, entry);
            if (!unit || unit === 'ambiguous') {
              cells.refuse(
                column,
                CellErrorCode.UNKNOWN_MUNICIPALITY,
                unit
                  ? `Der Name „${entry}“ ist mehrdeutig; bitte den Amtlichen Regionalschlüssel (ARS) angeben.`
                  : `„${entry}“ ist keine bekannte Kommune (Name oder ARS).`,
              );
            } else if (!units.some((u) => u.id === unit.id)) units.push(unit);
          }
          plan.adopterUnitIds = units.map((u) => u.id);
          const names = units.map((u) => u.name);
          set(key, sortedKey(names), names.join(LIST_SEPARATOR));
          break;
        }
        case 'keywords': {
          const value = cells.text(column);
          if (value === undefined) break;
          plan.tags = normalizeTags(splitList(value));
          set(key, plan.tags.join('\u0001'), plan.tags.join(LIST_SEPARATOR));
          break;
        }
        case 'contact': {
          const value = cells.text(column);
          if (value === undefined) break;
          plan.contact = parseContact(value);
          const joined = [plan.contact.responsibleUnit, plan.contact.contactName, plan.contact.contactEmail]
            .filter((v) => !!v?.trim())
            .join(', ');
          set(key, joined, joined);
          break;
        }
      }
    }
    let goals: Comparable | undefined;
    if (cells.has(GOALS_COLUMN)) {
      const value = cells.text(GOALS_COLUMN);
      if (value !== undefined) {
        const ids: string[] = [];
        const newTitles: string[] = [];
        const titles: string[] = [];
        for (const entry of splitList(value)) {
          const goal = context.lookups.goals.find(
            (g) => normalName(g.title) === normalName(entry) || g.code.toLowerCase() === entry.toLowerCase(),
          );
          if (goal) {
            if (!ids.includes(goal.id)) ids.push(goal.id);
            if (!titles.includes(goal.title)) titles.push(goal.title);
          } else if (context.lookups.goals.length) {
            cells.refuse(
              GOALS_COLUMN,
              CellErrorCode.UNKNOWN_GOAL,
              `„${entry}“ ist kein Ziel dieses Modellprojekts (siehe Blatt „Werte“); neue Ziele legt das Projektbüro in der Strategie an.`,
            );
          } else if (entry.length > 300) {
            cells.refuse(
              GOALS_COLUMN,
              CellErrorCode.INVALID_VALUE,
              `Der Titel „${entry.slice(0, 40)}…“ ist zu lang für ein Ziel.`,
            );
          } else if (!newTitles.some((t) => normalName(t) === normalName(entry))) {
            newTitles.push(entry);
            titles.push(entry);
          }
        }
        plan.goals = { ids, newTitles };
        goals = { key: sortedKey(titles), display: titles.join(LIST_SEPARATOR) };
      }
    }
    return {
      row: source.row,
      code,
      token,
      title: plan.title ?? '',
      plan,
      compare,
      goals,
      issues: cells.issues,
    };
  });
}

/**
 * "Kontakt" as the export joins it: responsible unit, contact person and e-mail address, separated by commas, the
 * empty ones left out. Read back: an entry with `@` at the end is the address, the entry before it the person, and
 * everything before that the unit (which may itself hold a comma).
 */
export function parseContact(value: string): {
  responsibleUnit: string;
  contactName: string;
  contactEmail: string | null;
} {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const contactEmail = parts.length && parts[parts.length - 1].includes('@') ? (parts.pop() as string) : null;
  const contactName = parts.pop() ?? '';
  return { responsibleUnit: parts.join(', '), contactName, contactEmail };
}
