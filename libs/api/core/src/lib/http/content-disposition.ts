/** File names of downloads: the reports' and the documents' (`Content-Disposition`). */

const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

/** `Zahlenmäßiger-Nachweis.xlsx` → `Zahlenmaessiger-Nachweis.xlsx`: for clients that ignore `filename*`. */
export function asciiFilename(name: string): string {
  return name
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN_LETTERS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-');
}

/** RFC 6266 with an RFC 5987 UTF-8 name: browsers save the German name, old clients the ASCII one. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFilename(name)}"; filename*=UTF-8''${encoded}`;
}
