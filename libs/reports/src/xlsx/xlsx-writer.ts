import type { Writable } from 'node:stream';
import { strToU8, Zip } from 'fflate';
import { NativeZipDeflate } from './native-zip-deflate';

export type Cell = string | number | null;

/**
 * Local midnight of 2000-01-01: ZIP stores local time, so a date built from
 * local fields gives the same bytes in every time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1);

/** Characters of XML collected before they go to the compressor. */
const CHUNK_CHARS = 64 * 1024;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than producing a file Excel refuses.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: Cell, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/**
 * A minimal SpreadsheetML (XLSX) writer that streams: rows go into the ZIP
 * as they are written, with inline strings (no shared-string table to hold),
 * so memory stays flat however many rows there are. Entries carry a fixed
 * time and the same rows give the same bytes.
 */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly sheets: string[] = [];
  private current: NativeZipDeflate | null = null;
  private done: Promise<void>;
  private failed: Error | null = null;

  constructor(private readonly out: Writable) {
    let finish!: () => void;
    let fail!: (error: Error) => void;
    this.done = new Promise<void>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failed = error;
        return fail(error);
      }
      out.write(Buffer.from(chunk));
      if (final) out.end(() => finish());
    });
  }

  /** Starts a sheet (the previous one ends); the first row is the header, bold and frozen. */
  startSheet(name: string, header: string[], widths: number[] = []): void {
    this.endSheet();
    this.sheets.push(name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    this.current = this.entry(`xl/worksheets/sheet${this.sheets.length}.xml`);
    const cols = widths.length
      ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.pending = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${cols}<sheetData>`;
    this.rowCount = 0;
    this.row(header, 1);
  }

  private rowCount = 0;

  row(cells: Cell[], style = 0): void {
    if (!this.current) throw new Error('startSheet first');
    const r = ++this.rowCount;
    this.pending += `<row r="${r}">${cells.map((value, i) => cellXml(value, `${columnName(i)}${r}`, style)).join('')}</row>`;
    if (this.pending.length >= CHUNK_CHARS) this.flush();
  }

  /**
   * Rows reach the compressor in chunks of about 64 KB: fed one small row at
   * a time, the deflater spends most of its time starting blocks.
   */
  private pending = '';

  private flush(final = false): void {
    this.current!.push(strToU8(this.pending), final);
    this.pending = '';
  }

  /** Resolves when the output can take more (backpressure for large reports). */
  async drained(): Promise<void> {
    if (this.failed) throw this.failed;
    await this.current?.drained();
    if (this.out.writableNeedDrain) await new Promise((resolve) => this.out.once('drain', resolve));
  }

  async finish(): Promise<void> {
    this.endSheet();
    const sheetEntries = this.sheets
      .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('');
    const sheetRels = this.sheets
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    const n = this.sheets.length;
    this.file(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    );
    this.file(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    this.file(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetEntries}</sheets></workbook>`,
    );
    this.file(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    // Style 0: plain; style 1: bold (headers).
    this.file(
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="BIZ UDPGothic"/></font><font><b/><sz val="11"/><name val="BIZ UDPGothic"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
    );
    this.zip.end();
    await this.done;
  }

  private endSheet(): void {
    if (!this.current) return;
    this.pending += '</sheetData></worksheet>';
    this.flush(true);
    this.current = null;
  }

  private entry(path: string): NativeZipDeflate {
    const entry = new NativeZipDeflate(path, FIXED_MTIME);
    this.zip.add(entry);
    return entry;
  }

  private file(path: string, text: string): void {
    this.entry(path).push(strToU8(text), true);
  }
}
