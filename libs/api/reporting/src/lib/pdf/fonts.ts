import * as fontkit from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Roboto from @fontsource, embedded (subset) into every PDF: no system fonts, the same look everywhere, and every
 * glyph present in the file as PDF/UA asks. Fontsource splits the font into Unicode subsets; German needs only
 * `latin` (umlauts, ß, €, typographic quotes and dashes), names from elsewhere may need `latin-ext` and others. Text is
 * cut into runs by subset, so each character is drawn with a font that has it.
 */
export type FontWeight = 'regular' | 'bold';

const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
type Subset = (typeof SUBSETS)[number];

interface Face {
  name: string;
  file: string;
  ranges: [number, number][];
}

// Node's own resolver: the API bundle's `require.resolve` would return a webpack module id, not a path.
const PACKAGE_DIR = dirname(createRequire(__filename).resolve('@fontsource/roboto/package.json'));

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const UNICODE: Record<string, string> = JSON.parse(readFileSync(join(PACKAGE_DIR, 'unicode.json'), 'utf8'));

function faces(weight: FontWeight): Face[] {
  const numeric = weight === 'bold' ? 700 : 400;
  return SUBSETS.map((subset: Subset) => ({
    name: `Roboto-${weight}-${subset}`,
    file: join(PACKAGE_DIR, 'files', `roboto-${subset}-${numeric}-normal.woff`),
    ranges: parseRanges(UNICODE[subset] ?? ''),
  })).filter((face) => face.ranges.length && existsSync(face.file));
}

export const FONT_FACES: Record<FontWeight, Face[]> = { regular: faces('regular'), bold: faces('bold') };

const parsed = new Map<string, fontkit.Font>();

/**
 * WOFF 1.0 → TrueType (sfnt): the same tables, inflated once. fontkit would inflate a WOFF table again on every read,
 * which made subsetting the fonts the slowest part of every PDF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

/**
 * The face parsed once per process and shared by every document. pdfkit re-reads a font given by path each time a
 * table cell restores the previous font (seconds per report); a parsed font registered under its own family name is
 * found in pdfkit's cache instead.
 */
export function parsedFont(face: Face): fontkit.Font {
  let font = parsed.get(face.name);
  if (!font) {
    font = fontkit.create(woffToSfnt(readFileSync(face.file))) as fontkit.Font;
    parsed.set(face.name, font);
  }
  return font;
}

/** The face of the basic Latin subset: the document's default font. */
export function baseFont(weight: FontWeight): Face {
  return FONT_FACES[weight][0];
}

function faceFor(codePoint: number, weight: FontWeight): Face | null {
  return FONT_FACES[weight].find((f) => f.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) ?? null;
}

export interface TextRun {
  font: string;
  text: string;
}

/**
 * Cuts text into runs of one font each. Characters no subset covers become `?`, which is visible and honest, rather
 * than an empty box; tabs and carriage returns become spaces and nothing respectively.
 */
export function fontRuns(text: string, weight: FontWeight): TextRun[] {
  const runs: TextRun[] = [];
  const base = baseFont(weight);
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const codePoint = char.codePointAt(0) as number;
    const face = char === '\n' ? base : faceFor(codePoint, weight);
    const font = face?.name ?? base.name;
    const glyph = face ? char : '?';
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += glyph;
    else runs.push({ font, text: glyph });
  }
  return runs;
}

/** Text for places that take one font only (table cells, page headers): uncovered characters become `?`. */
export function baseText(text: string, weight: FontWeight = 'regular'): string {
  const base = baseFont(weight);
  return fontRuns(text, weight)
    .map((run) => (run.font === base.name ? run.text : run.text.replace(/[^\n]/gu, '?')))
    .join('');
}
