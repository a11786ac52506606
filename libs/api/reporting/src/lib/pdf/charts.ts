import { INK, MUTED, RULE } from './palette';
import type { Area, ReportPdf } from './report-pdf';

/**
 * Small vector charts for the briefing, drawn with pdfkit's primitives inside a tagged Figure (see ReportPdf.figure).
 * Each chart prints its numbers next to the marks, and the report repeats them in a table.
 */
export interface Series {
  label: string;
  color: string;
}

/** A legend in one or more lines; returns the height it took. */
export function legend(pdf: ReportPdf, x: number, y: number, width: number, series: Series[]): number {
  const doc = pdf.doc;
  let cx = x;
  let cy = y;
  for (const s of series) {
    const textWidth = Math.min(width, pdf.textWidth(s.label, 7.5));
    if (cx + 12 + textWidth > x + width) {
      cx = x;
      cy += 12;
    }
    doc.rect(cx, cy + 1, 8, 8).fill(s.color);
    pdf.label(s.label, cx + 11, cy + 1, { size: 7.5, color: INK });
    cx += 11 + textWidth + 10;
  }
  return cy - y + 14;
}

/** One bar of 100 %, cut into parts; parts of more than 6 % get their count printed inside. */
export function shareBar(
  pdf: ReportPdf,
  area: Area,
  parts: { value: number; color: string; text?: string }[],
  options: { textColor?: (color: string) => string } = {},
): void {
  const doc = pdf.doc;
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (!total) {
    doc.rect(area.x, area.y, area.width, area.height).lineWidth(0.5).stroke(RULE);
    pdf.label('keine Maßnahmen', area.x + 4, area.y + area.height / 2 - 4, { size: 7.5, color: MUTED });
    return;
  }
  let x = area.x;
  for (const part of parts) {
    if (!part.value) continue;
    const w = (part.value / total) * area.width;
    doc.rect(x, area.y, w, area.height).fill(part.color);
    if (w > area.width * 0.06 && part.text) {
      pdf.label(part.text, x, area.y + area.height / 2 - 4, {
        size: 7.5,
        color: options.textColor?.(part.color) ?? '#FFFFFF',
        width: w,
        align: 'center',
      });
    }
    x += w;
  }
}

/** Horizontal stacked bars, one per row, scaled to the largest row total; the total is printed after each bar. */
export function stackedBars(
  pdf: ReportPdf,
  area: Area,
  rows: { label: string; values: number[] }[],
  series: Series[],
  options: { labelWidth: number; barHeight: number; gap: number; textColor?: (color: string) => string },
): void {
  const doc = pdf.doc;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
  const barX = area.x + options.labelWidth;
  const barWidth = area.width - options.labelWidth - 28;
  rows.forEach((row, i) => {
    const y = area.y + i * (options.barHeight + options.gap);
    pdf.label(row.label, area.x, y + options.barHeight / 2 - 4, {
      size: 8,
      width: options.labelWidth - 6,
      color: INK,
    });
    let x = barX;
    row.values.forEach((value, j) => {
      if (!value) return;
      const w = (value / max) * barWidth;
      doc.rect(x, y, w, options.barHeight).fill(series[j].color);
      if (w >= 11) {
        pdf.label(String(value), x, y + options.barHeight / 2 - 4, {
          size: 7,
          width: w,
          align: 'center',
          color: options.textColor?.(series[j].color) ?? '#FFFFFF',
        });
      }
      x += w;
    });
    const total = row.values.reduce((s, v) => s + v, 0);
    pdf.label(String(total), x + 4, y + options.barHeight / 2 - 4, { size: 8, weight: 'bold' });
  });
  doc
    .moveTo(barX, area.y - 2)
    .lineTo(barX, area.y + rows.length * (options.barHeight + options.gap) - options.gap + 2)
    .lineWidth(0.5)
    .stroke(RULE);
}

/** Vertical bars in groups (e.g. per phase: planned, spent, called off), values printed above the bars. */
export function groupedBars(
  pdf: ReportPdf,
  area: Area,
  groups: { label: string; values: number[] }[],
  series: Series[],
  format: (value: number) => string,
): void {
  const doc = pdf.doc;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const axisY = area.y + area.height - 16;
  const chartTop = area.y + 14;
  const groupWidth = area.width / Math.max(1, groups.length);
  const barWidth = Math.min(46, (groupWidth - 30) / series.length);
  doc
    .moveTo(area.x, axisY)
    .lineTo(area.x + area.width, axisY)
    .lineWidth(0.5)
    .stroke(RULE);
  groups.forEach((group, g) => {
    const groupX = area.x + g * groupWidth + (groupWidth - barWidth * series.length) / 2;
    group.values.forEach((value, s) => {
      const h = (value / max) * (axisY - chartTop);
      const x = groupX + s * barWidth;
      if (h > 0) doc.rect(x + 2, axisY - h, barWidth - 4, h).fill(series[s].color);
      pdf.label(format(value), x - 6, axisY - h - 11, { size: 7, width: barWidth + 12, align: 'center' });
    });
    pdf.label(group.label, area.x + g * groupWidth, axisY + 4, {
      size: 8.5,
      weight: 'bold',
      width: groupWidth,
      align: 'center',
    });
  });
}

/** Key figures as tiles: a large number and a caption each, in rows of `perRow`. */
export function tiles(
  pdf: ReportPdf,
  area: Area,
  items: { value: string; caption: string; accent?: string }[],
  perRow: number,
): void {
  const doc = pdf.doc;
  const gap = 8;
  const rows = Math.ceil(items.length / perRow);
  const w = (area.width - gap * (perRow - 1)) / perRow;
  const h = (area.height - gap * (rows - 1)) / rows;
  items.forEach((item, i) => {
    const x = area.x + (i % perRow) * (w + gap);
    const y = area.y + Math.floor(i / perRow) * (h + gap);
    doc.roundedRect(x, y, w, h, 4).lineWidth(0.6).stroke(RULE);
    if (item.accent) doc.rect(x, y + 6, 3, h - 12).fill(item.accent);
    pdf.label(item.value, x + 10, y + 8, { size: 17, weight: 'bold', width: w - 16 });
    pdf.label(item.caption, x + 10, y + 32, { size: 7.5, color: MUTED, width: w - 16 });
  });
}
