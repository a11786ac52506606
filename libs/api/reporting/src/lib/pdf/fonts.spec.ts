import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { baseFont, baseText, fontRuns, woffToSfnt } from './fonts';

describe('font runs', () => {
  it('keep German text in the basic Latin face', () => {
    expect(fontRuns('Größe „Maßnahme“ – 1.234,56 €', 'regular')).toEqual([
      { font: baseFont('regular').name, text: 'Größe „Maßnahme“ – 1.234,56 €' },
    ]);
  });

  it('switch faces for letters of other subsets and mark what no face has', () => {
    const runs = fontRuns('Łódź ✓', 'bold');
    expect(runs.map((r) => r.text).join('')).toBe('Łódź ?');
    expect(runs[0].font).toBe('Roboto-bold-latin-ext');
    expect(baseText('Łódź')).toBe('?ód?');
  });
});

describe('the WOFF to TrueType conversion', () => {
  it('gives fontkit a font with the same glyphs and metrics', () => {
    const face = baseFont('regular');
    const woff = fontkit.create(readFileSync(face.file)) as fontkit.Font;
    const ttf = fontkit.create(woffToSfnt(readFileSync(face.file))) as fontkit.Font;
    expect(ttf.type).toBe('TTF');
    expect(ttf.postscriptName).toBe(woff.postscriptName);
    expect(ttf.numGlyphs).toBe(woff.numGlyphs);
    const text = 'Größe „Maßnahme“ – 1.234,56 €';
    expect(ttf.layout(text).advanceWidth).toBe(woff.layout(text).advanceWidth);
  });
});
