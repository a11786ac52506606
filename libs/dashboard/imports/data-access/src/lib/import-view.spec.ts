import { ImportResult, ImportRow } from './import-answer';
import { canApply, hiddenRowCount, importCounts, importViewRows } from './import-view';

function aRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return {
    sheet: 'Maßnahmen',
    row: 2,
    code: 'EIF-M01',
    title: 'Regionale Datenplattform',
    outcome: 'UNCHANGED',
    changes: [],
    errors: [],
    ...overrides,
  };
}

function aDryRun(rows: ImportRow[], summary: Partial<ImportResult['summary']> = {}): ImportResult {
  return {
    dryRun: true,
    applied: false,
    format: 'xlsx',
    summary: { created: 0, changed: 0, unchanged: 0, conflicts: 0, refused: 0, ...summary },
    rows,
  };
}

const changedTitle = aRow({
  row: 5,
  code: 'EIF-M04',
  outcome: 'CHANGED',
  changes: [{ column: 'Titel', before: 'Alt', after: 'Neu' }],
});
const refusedDate = aRow({
  row: 7,
  code: null,
  outcome: 'REFUSED',
  errors: [{ column: 'Laufzeit Ende (geplant)', code: 'IMPORT_INVALID_DATE', message: 'Zeile 7 …' }],
});

describe('importViewRows', () => {
  it('leaves out unchanged rows when asked, and keeps changes, conflicts and refusals', () => {
    const result = aDryRun([
      aRow(),
      changedTitle,
      aRow({ row: 3 }),
      refusedDate,
      aRow({ row: 9, outcome: 'CONFLICT' }),
    ]);
    expect(importViewRows(result, true).map((r) => r.key)).toEqual(['Maßnahmen:5', 'Maßnahmen:7', 'Maßnahmen:9']);
    expect(importViewRows(result, false)).toHaveLength(5);
    expect(hiddenRowCount(result, true)).toBe(2);
    expect(hiddenRowCount(result, false)).toBe(0);
  });

  it('keeps an unchanged row that carries a message', () => {
    const warned = aRow({ errors: [{ column: null, code: 'IMPORT_NOTE', message: 'Hinweis' }] });
    expect(importViewRows(aDryRun([warned]), true)).toHaveLength(1);
  });

  it('orders rows by sheet as the server listed them, then by row', () => {
    const result = aDryRun([
      aRow({ row: 8 }),
      aRow({ sheet: 'Meilensteine', row: 2, outcome: 'NEW' }),
      aRow({ row: 3 }),
      aRow({ sheet: 'Meilensteine', row: 1, outcome: 'NEW' }),
    ]);
    expect(importViewRows(result, false).map((r) => r.key)).toEqual([
      'Maßnahmen:3',
      'Maßnahmen:8',
      'Meilensteine:1',
      'Meilensteine:2',
    ]);
  });

  it('copes with rows that lack their lists', () => {
    const bare = { ...aRow({ outcome: 'NEW' }), changes: undefined, errors: undefined } as unknown as ImportRow;
    expect(importViewRows(aDryRun([bare]), true)[0]).toMatchObject({ changes: [], errors: [], notable: true });
  });
});

describe('importCounts', () => {
  it('lists every outcome in the order of the page, zeros included', () => {
    expect(importCounts({ created: 1, changed: 2, unchanged: 40, conflicts: 0, refused: 3 })).toEqual([
      { outcome: 'NEW', count: 1 },
      { outcome: 'CHANGED', count: 2 },
      { outcome: 'UNCHANGED', count: 40 },
      { outcome: 'CONFLICT', count: 0 },
      { outcome: 'REFUSED', count: 3 },
    ]);
  });
});

describe('canApply', () => {
  it('offers the application after a dry run with changes and no refusals, conflicts or not', () => {
    expect(canApply(aDryRun([changedTitle], { changed: 1 }))).toBe(true);
    expect(canApply(aDryRun([changedTitle], { changed: 1, conflicts: 2 }))).toBe(true);
  });

  it('does not offer it with a refused row, with nothing to change, or after applying', () => {
    expect(canApply(aDryRun([changedTitle, refusedDate], { changed: 1, refused: 1 }))).toBe(false);
    expect(canApply(aDryRun([aRow()], { unchanged: 1 }))).toBe(false);
    expect(canApply({ ...aDryRun([changedTitle], { changed: 1 }), dryRun: false, applied: true })).toBe(false);
    expect(canApply(null)).toBe(false);
  });
});
