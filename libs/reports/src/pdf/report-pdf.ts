import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type PDFKitDocument from 'pdfkit';
import { japanDay, type Locale, warekiDate } from '@kyodo/platform';

const require_ = createRequire(__filename);
/**
 * pdfkit (with fontkit) is required when the first PDF is built, not with the module: about 25 MB that the API and
 * the worker would otherwise hold from boot, for reports that are built now and then.
 */
const pdfkit = () => require_('pdfkit') as typeof PDFKitDocument;
const FONT_PACKAGE = '@expo-google-fonts/biz-udpgothic';
let fonts: { regular: Buffer; bold: Buffer } | null = null;

/** BIZ UDPGothic (SIL OFL), embedded and subset into every PDF so it prints the same anywhere. */
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require_.resolve(`${FONT_PACKAGE}/400Regular/BIZUDPGothic_400Regular.ttf`)),
    bold: readFileSync(require_.resolve(`${FONT_PACKAGE}/700Bold/BIZUDPGothic_700Bold.ttf`)),
  };
  return fonts;
}

/** No clock inside a report: the same inputs give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * A4 pages in the style of the municipal forms: a title block, ruled tables
 * whose header repeats on each page, page numbers. Pages are written out as
 * they fill (pdfkit flushes a page when the next begins), so a long report
 * does not accumulate in memory.
 */
export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly finished: Promise<void>;
  private pageNumber = 1;
  private readonly left = 40;
  private readonly right: number;
  private readonly bottom: number;

  constructor(
    out: Writable,
    title: string,
    private readonly footer: string,
  ) {
    const { regular, bold } = loadFonts();
    const PDFDocument = pdfkit();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 40, bottom: 40, left: 40, right: 40 },
      info: { Title: title, Creator: 'Kyodo', Producer: 'Kyodo', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
      lang: 'ja-JP',
      displayTitle: true,
    } as PDFKit.PDFDocumentOptions);
    this.doc.registerFont('regular', regular);
    this.doc.registerFont('bold', bold);
    this.doc.font('regular');
    this.right = this.doc.page.width - 40;
    this.bottom = this.doc.page.height - 56;
    this.finished = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
    });
    this.doc.pipe(out);
    this.doc.on('pageAdded', () => {
      this.pageNumber++;
      this.pageFooter();
    });
    this.pageFooter();
  }

  title(text: string, subtitle?: string): void {
    this.doc.font('bold').fontSize(16).text(text, this.left, this.doc.y, { align: 'center', width: this.width });
    if (subtitle) this.doc.font('regular').fontSize(10).text(subtitle, { align: 'center', width: this.width });
    this.doc.moveDown(0.8);
  }

  /**
   * 作成日: the day the document was made, in 和暦, at the top right as on a municipal form. The day is the request's
   * (not the worker's clock), so a rebuilt report is the same file.
   */
  madeOn(madeAt: Date, locale: Locale): void {
    const text =
      locale === 'ja' ? `作成日　${warekiDate(madeAt)}` : `Date of making: ${warekiDate(madeAt)} (${japanDay(madeAt)})`;
    this.doc.font('regular').fontSize(9).text(text, this.left, this.doc.y, { align: 'right', width: this.width });
    this.doc.moveDown(0.3);
  }

  heading(text: string): void {
    this.ensureSpace(40);
    this.doc.font('bold').fontSize(12).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  /** Label: value lines, the label column bold. */
  fields(pairs: Array<[string, string]>): void {
    for (const [label, value] of pairs) {
      this.ensureSpace(18);
      const y = this.doc.y;
      this.doc.font('bold').fontSize(9).text(label, this.left, y, { width: 110 });
      this.doc
        .font('regular')
        .fontSize(9)
        .text(value || '—', this.left + 115, y, { width: this.width - 115 });
      this.doc.y = Math.max(this.doc.y, y + 14);
    }
    this.doc.moveDown(0.5);
  }

  paragraph(text: string, size = 9): void {
    this.ensureSpace(20);
    this.doc.font('regular').fontSize(size).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
  }

  /** A ruled table; rows may come from a generator, and the header repeats after each page break. */
  table(columns: Column[], rows: Iterable<string[]>, options: { boldLastRow?: boolean } = {}): void {
    const all = [...rows];
    this.headerRow(columns);
    all.forEach((row, i) => this.bodyRow(columns, row, options.boldLastRow === true && i === all.length - 1));
    this.doc.moveDown(0.6);
  }

  async end(): Promise<void> {
    this.doc.end();
    await this.finished;
  }

  private get width(): number {
    return this.right - this.left;
  }

  private ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  private headerRow(columns: Column[]): void {
    this.ensureSpace(36);
    this.row(
      columns,
      columns.map((c) => c.header),
      'bold',
      '#e8eef5',
    );
  }

  private bodyRow(columns: Column[], cells: string[], bold: boolean): void {
    const height = this.rowHeight(columns, cells);
    if (this.ensureSpace(height))
      this.row(
        columns,
        columns.map((c) => c.header),
        'bold',
        '#e8eef5',
      );
    this.row(columns, cells, bold ? 'bold' : 'regular');
  }

  private rowHeight(columns: Column[], cells: string[]): number {
    this.doc.fontSize(8);
    return Math.max(...columns.map((c, i) => this.doc.heightOfString(cells[i] ?? '', { width: c.width - 6 })), 10) + 6;
  }

  private row(columns: Column[], cells: string[], font: 'regular' | 'bold', fill?: string): void {
    const y = this.doc.y;
    const height = this.rowHeight(columns, cells);
    let x = this.left;
    for (const [i, column] of columns.entries()) {
      if (fill) this.doc.rect(x, y, column.width, height).fill(fill);
      this.doc.lineWidth(0.5).strokeColor('#6b7785').rect(x, y, column.width, height).stroke();
      this.doc
        .fillColor('#000000')
        .font(font)
        .fontSize(8)
        .text(cells[i] ?? '', x + 3, y + 3, { width: column.width - 6, align: column.align ?? 'left' });
      x += column.width;
    }
    this.doc.x = this.left;
    this.doc.y = y + height;
  }

  private pageFooter(): void {
    const { x, y } = this.doc;
    // Inside the bottom margin: lift the margin for this line or pdfkit would start yet another page.
    const margin = this.doc.page.margins.bottom;
    this.doc.page.margins.bottom = 0;
    this.doc
      .font('regular')
      .fontSize(7)
      .fillColor('#444444')
      .text(`${this.footer}  —  ${this.pageNumber}`, this.left, this.doc.page.height - 36, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
    this.doc.page.margins.bottom = margin;
    this.doc.fillColor('#000000');
    this.doc.x = x;
    this.doc.y = y;
  }
}
