import type ExcelJS from 'exceljs';

export interface ListColumn {
  header: string;
  width: number;
  style?: Partial<ExcelJS.Style>;
}

/** A list sheet of a workbook: bold header row, frozen under it, and optionally Excel's filter on the header. */
export function listSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: ListColumn[],
  options: { filter?: boolean } = {},
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.style }));
  worksheet.getRow(1).font = { bold: true };
  if (options.filter) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}
