import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { baseFont, baseText, FONT_FACES, fontRuns, FontWeight, parsedFont } from './fonts';
import { INK, MUTED, RULE, TABLE_HEAD } from './palette';

/** What runs along the top and bottom of every page but the cover (marked as pagination artifacts). */
export interface PageFrame {
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
}

export interface ReportPdfOptions {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  frame: PageFrame;
  /** The first page is a cover: no header, no footer. */
  cover: boolean;
  /**
   * When the document was made, for its metadata. A frozen report (a closed reporting round) passes the moment it was
   * frozen, so that every copy printed later is the same file; otherwise now.
   */
  createdAt?: Date;
}

interface PassOptions {
  /** Pages of the finished document, known from the layout pass; null while laying out. */
  totalPages: number | null;
  /** Whether to wait for the reader between sections (the output pass) or not (the layout pass). */
  streaming: boolean;
}

export interface Segment {
  text: string;
  weight?: FontWeight;
}

export interface TextStyle {
  size?: number;
  color?: string;
  weight?: FontWeight;
  indent?: number;
  gapAfter?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
}

export interface TableColumn {
  header: string;
  width: number | '*';
  align?: 'left' | 'right' | 'center';
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGINS = { top: 64, bottom: 64, left: 56, right: 56 };
/** Buffered output above which the output pass waits for the client to read. */
const HIGH_WATER_BYTES = 512 * 1024;
const CELL_PADDING = { x: 4, y: 3 };
const HEADING_SIZES: Record<1 | 2 | 3, number> = { 1: 18, 2: 13.5, 3: 11 };

/** The XMP packet pdfkit writes does not escape its values. */
const metadataText = (text: string): string => text.replace(/&/g, 'und').replace(/[<>]/g, '');

/**
 * A tagged, accessible A4 document: embedded fonts, document language German, title shown by viewers, a structure
 * tree (Document › H1/H2/H3, P, L › LI › Lbl/LBody, Table › TR › TH/TD, Figure with alternative text) and page
 * headers and footers marked as artifacts. Reports write through these methods only, so that everything they draw is
 * tagged.
 */
export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  /** Page on which each anchor (e.g. a measure) starts. */
  readonly anchors = new Map<string, number>();
  private readonly root: PDFKit.PDFStructureElement;
  private pages = 0;
  private style = { font: baseFont('regular').name, size: 10, color: INK };

  constructor(
    private readonly options: ReportPdfOptions,
    private readonly pass: PassOptions,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      autoFirstPage: false,
      bufferPages: false,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'de-DE',
      displayTitle: true,
      info: {
        Title: metadataText(options.title),
        Author: metadataText(options.author),
        Subject: metadataText(options.subject),
        Keywords: metadataText(options.keywords),
        Creator: 'Maßwerk',
        Producer: 'Maßwerk (PDFKit)',
        CreationDate: options.createdAt ?? new Date(),
      },
    });
    // Registered under their own name as family, so that pdfkit's font cache finds them again (see parsedFont).
    for (const face of [...FONT_FACES.regular, ...FONT_FACES.bold]) {
      this.doc.registerFont(face.name, parsedFont(face) as unknown as PDFKit.Mixins.PDFFontSource, face.name);
    }
    this.doc.on('pageAdded', () => this.framePage());
    this.doc.addPage();
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get pageNumber(): number {
    return this.pages;
  }

  get left(): number {
    return MARGINS.left;
  }

  get width(): number {
    return this.doc.page.width - MARGINS.left - MARGINS.right;
  }

  get y(): number {
    return this.doc.y;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  moveTo(y: number): void {
    this.doc.y = y;
  }

  heading(level: 1 | 2 | 3, text: string, options: { anchor?: string; bookmark?: boolean; color?: string } = {}): void {
    const size = HEADING_SIZES[level];
    this.ensureSpace(size * 2 + 48);
    if (this.doc.y > MARGINS.top + 1) this.gap(level === 1 ? 10 : 8);
    if (options.anchor) this.anchors.set(options.anchor, this.pages);
    if (options.bookmark) this.doc.outline.addItem(baseText(text));
    this.root.add(
      this.doc.struct(`H${level}`, {}, () =>
        this.write([{ text, weight: 'bold' }], { size, color: options.color ?? INK, weight: 'bold' }),
      ),
    );
    this.gap(level === 1 ? 6 : 4);
  }

  paragraph(text: string | Segment[], style: TextStyle = {}): void {
    const segments = typeof text === 'string' ? [{ text, weight: style.weight }] : text;
    if (!segments.some((s) => s.text.trim())) return;
    this.root.add(this.doc.struct('P', {}, () => this.write(segments, style)));
    this.gap(style.gapAfter ?? 4);
  }

  /** A bulleted list (L › LI › Lbl + LBody). */
  list(items: (string | Segment[])[], style: TextStyle = {}): void {
    if (!items.length) return;
    const size = style.size ?? 10;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const segments = typeof item === 'string' ? [{ text: item }] : item;
      this.ensureSpace(size * 2.6);
      const y = this.doc.y;
      const li = this.doc.struct('LI');
      list.add(li);
      li.add(
        this.doc.struct('Lbl', {}, () => {
          this.setStyle(baseFont('regular').name, size, style.color ?? INK);
          this.doc.text('•', this.left + (style.indent ?? 0) + 2, y, { lineBreak: false });
        }),
      );
      li.add(
        this.doc.struct('LBody', {}, () => this.write(segments, { ...style, indent: (style.indent ?? 0) + 14 }, y)),
      );
      li.end();
      this.gap(2);
    }
    list.end();
    this.gap(style.gapAfter ?? 4);
  }

  /**
   * A table with a header row (TH, scope column) and optionally a header column (TH, scope row). Rows are measured
   * first: a table that does not fit continues on the next page with its header row repeated, and a short table is
   * never split.
   */
  table(
    columns: TableColumn[],
    rows: string[][],
    options: { size?: number; rowHeaders?: boolean; gapAfter?: number } = {},
  ): void {
    const size = options.size ?? 8.5;
    const widths = this.columnWidths(columns);
    const headerHeight = this.rowHeight(
      columns.map((c) => c.header),
      widths,
      size,
      () => true,
    );
    const heights = rows.map((row) => this.rowHeight(row, widths, size, (i) => !!options.rowHeaders && i === 0));
    const total = headerHeight + heights.reduce((sum, h) => sum + h, 0);
    const pageHeight = this.bottom - MARGINS.top;
    if (
      total > this.bottom - this.doc.y &&
      (total < pageHeight * 0.4 || headerHeight + (heights[0] ?? 0) > this.bottom - this.doc.y)
    ) {
      this.newPage();
    }
    let chunk: string[][] = [];
    let used = headerHeight;
    rows.forEach((row, i) => {
      if (chunk.length && used + heights[i] > this.bottom - this.doc.y) {
        this.renderTable(columns, widths, chunk, size, !!options.rowHeaders);
        this.newPage();
        chunk = [];
        used = headerHeight;
      }
      chunk.push(row);
      used += heights[i];
    });
    this.renderTable(columns, widths, chunk, size, !!options.rowHeaders);
    this.gap(options.gapAfter ?? 8);
  }

  private columnWidths(columns: TableColumn[]): number[] {
    const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
    const stars = columns.filter((c) => c.width === '*').length;
    return columns.map((c) => (c.width === '*' ? Math.max(20, (this.width - fixed) / stars) : c.width));
  }

  private rowHeight(cells: string[], widths: number[], size: number, isBold: (i: number) => boolean): number {
    const heights = cells.map((text, i) => {
      const weight: FontWeight = isBold(i) ? 'bold' : 'regular';
      this.setStyle(baseFont(weight).name, size, INK);
      return this.doc.heightOfString(baseText(text, weight) || ' ', { width: widths[i] - 2 * CELL_PADDING.x });
    });
    return Math.max(...heights) + 2 * CELL_PADDING.y + 1;
  }

  private renderTable(columns: TableColumn[], widths: number[], rows: string[][], size: number, rowHeaders: boolean) {
    const regular = baseFont('regular').name;
    const bold = baseFont('bold').name;
    this.setStyle(regular, size, INK);
    const table = this.doc.table({
      structParent: this.root,
      position: { x: this.left, y: this.doc.y },
      maxWidth: this.width,
      columnStyles: columns.map((c, i) => ({ width: widths[i], align: { x: c.align ?? 'left', y: 'top' } })),
      defaultStyle: {
        border: { top: 0, left: 0, right: 0, bottom: 0.5 },
        borderColor: RULE,
        padding: { top: CELL_PADDING.y, bottom: CELL_PADDING.y, left: CELL_PADDING.x, right: CELL_PADDING.x },
        textColor: INK,
      },
    } as PDFKit.Mixins.TableOptions & { structParent: PDFKit.PDFStructureElement });
    table.row(
      columns.map((c) => ({
        text: baseText(c.header, 'bold'),
        type: 'TH',
        scope: 'Column',
        font: { src: bold, size },
        backgroundColor: TABLE_HEAD,
        align: { x: c.align ?? 'left', y: 'bottom' },
      })) as PDFKit.Mixins.RowOptions[],
    );
    for (const row of rows) {
      table.row(
        row.map((text, i) =>
          rowHeaders && i === 0
            ? { text: baseText(text, 'bold'), type: 'TH', scope: 'Row', font: { src: bold, size } }
            : { text: baseText(text), type: 'TD', font: { src: regular, size } },
        ) as PDFKit.Mixins.RowOptions[],
      );
    }
    table.end();
    this.doc.x = this.left;
    this.setStyle(regular, 10, INK);
  }

  /** Vector graphics with an alternative text; `draw` must stay inside its area (no page breaks). */
  figure(alt: string, height: number, draw: (area: Area, pdf: ReportPdf) => void): void {
    this.ensureSpace(height);
    const area = { x: this.left, y: this.doc.y, width: this.width, height };
    this.root.add(
      this.doc.struct('Figure', { alt }, () => {
        this.doc.save();
        draw(area, this);
        this.doc.restore();
      }),
    );
    this.doc.x = this.left;
    this.doc.y = area.y + height;
    this.setStyle(baseFont('regular').name, 10, INK);
  }

  /** A label inside a figure: one line, one font, never a page break. */
  label(
    text: string,
    x: number,
    y: number,
    options: {
      size?: number;
      color?: string;
      weight?: FontWeight;
      width?: number;
      align?: 'left' | 'right' | 'center';
    } = {},
  ): void {
    const weight = options.weight ?? 'regular';
    this.setStyle(baseFont(weight).name, options.size ?? 8, options.color ?? INK);
    this.doc.text(baseText(text, weight), x, y, {
      lineBreak: false,
      width: options.width,
      align: options.align ?? 'left',
    });
  }

  textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
    this.setStyle(baseFont(weight).name, size, this.style.color);
    return this.doc.widthOfString(baseText(text, weight));
  }

  /** In the output pass: lets the client catch up before the next section, so the buffer stays small. */
  async checkpoint(): Promise<void> {
    if (!this.pass.streaming) return;
    while (this.doc.readableLength > HIGH_WATER_BYTES && !this.doc.destroyed) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (this.doc.destroyed) throw new Error('Der Download wurde abgebrochen.');
  }

  end(): void {
    this.root.end();
    this.doc.end();
  }

  /** Writes text in runs of one font each (see fontRuns); `y` places the first line. */
  private write(segments: Segment[], style: TextStyle, y?: number): void {
    const size = style.size ?? 10;
    const color = style.color ?? INK;
    const runs = segments.flatMap((s) => fontRuns(s.text, s.weight ?? style.weight ?? 'regular'));
    const indent = style.indent ?? 0;
    const options: PDFKit.Mixins.TextOptions = {
      width: this.width - indent,
      align: style.align ?? 'left',
      lineGap: size * 0.25,
    };
    runs.forEach((run, i) => {
      this.setStyle(run.font, size, color);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, this.left + indent, y ?? this.doc.y, { ...options, continued });
      else this.doc.text(run.text, { ...options, continued });
    });
    this.doc.x = this.left;
  }

  private setStyle(font: string, size: number, color: string): void {
    this.style = { font, size, color };
    this.doc.font(font).fontSize(size).fillColor(color);
  }

  /** Header and footer of a new page, drawn before its content; the text style of the interrupted text is restored. */
  private framePage(): void {
    this.pages += 1;
    if (this.options.cover && this.pages === 1) return;
    const doc = this.doc;
    const { x, y } = doc;
    const { frame } = this.options;
    const right = this.left + this.width;
    const footerY = doc.page.height - 42;
    // A page break inside continued text (a paragraph of several font runs) lands here while pdfkit holds that
    // paragraph's line wrapper; the header and footer must neither use nor end it.
    const textState = doc as unknown as { _wrapper: unknown; _textOptions: unknown };
    const { _wrapper: wrapper, _textOptions: textOptions } = textState;
    textState._wrapper = null;
    textState._textOptions = null;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save();
    doc.font(baseFont('regular').name).fontSize(8).fillColor(MUTED);
    doc.text(baseText(frame.headerLeft), this.left, 34, { lineBreak: false, width: this.width * 0.68 });
    doc.text(baseText(frame.headerRight), this.left, 34, { lineBreak: false, width: this.width, align: 'right' });
    doc.moveTo(this.left, 46).lineTo(right, 46).lineWidth(0.5).strokeColor(RULE).stroke();
    doc
      .moveTo(this.left, footerY - 6)
      .lineTo(right, footerY - 6)
      .stroke();
    doc.text(baseText(frame.footerLeft), this.left, footerY, { lineBreak: false, width: this.width * 0.68 });
    const total = this.pass.totalPages;
    doc.text(`Seite ${this.pages}${total ? ` von ${total}` : ''}`, this.left, footerY, {
      lineBreak: false,
      width: this.width,
      align: 'right',
    });
    doc.restore();
    doc.endMarkedContent();
    doc.page.margins.bottom = MARGINS.bottom;
    textState._wrapper = wrapper;
    textState._textOptions = textOptions;
    doc.font(this.style.font).fontSize(this.style.size).fillColor(this.style.color);
    doc.x = x;
    doc.y = y;
  }
}

export interface Layout {
  totalPages: number;
  anchors: Map<string, number>;
}

/**
 * Renders a report twice: first to nowhere, to learn where everything lands (page count, the page of each anchor for
 * the table of contents), then for real into the returned stream. The data is in memory already; the output pass
 * runs section by section as the client reads (see checkpoint), so the finished file never sits in memory.
 */
export async function renderReport(
  options: ReportPdfOptions,
  render: (pdf: ReportPdf, layout: Layout | null) => Promise<void>,
  onError: (error: unknown) => void,
): Promise<Readable> {
  const draft = new ReportPdf(options, { totalPages: null, streaming: false });
  draft.doc.resume();
  await render(draft, null);
  draft.end();
  const layout: Layout = { totalPages: draft.pageNumber, anchors: draft.anchors };

  const pdf = new ReportPdf(options, { totalPages: layout.totalPages, streaming: true });
  setImmediate(() => {
    render(pdf, layout).then(
      () => pdf.end(),
      (error: unknown) => {
        onError(error);
        pdf.doc.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  return pdf.doc;
}
