/**
 * The file names of an expenditure's receipts as one text, `a.pdf, b.jpg` (oldest first), for exports that list
 * them beside the expenditure (the Belegliste). `expenditure` is the SQL expression of the expenditure's id.
 */
export const receiptFileNamesSql = (expenditure: string): string =>
  `coalesce((SELECT string_agg(d.file_name, ', ' ORDER BY d.uploaded_at, d.id) FROM document d
              WHERE d.expenditure_id = ${expenditure}), '')`;
