import { createRequire } from 'node:module';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

/**
 * Attachments for the upload tests: genuine ones as real tools make them, and hostile ones built byte
 * by byte (a ZIP whose headers lie cannot be made by a library that tells the truth).
 */

export const OFFICE = 'application/vnd.openxmlformats-officedocument';

/** One ZIP entry as written: its compressed bytes, the real CRC and size, and the size it declares. */
export interface RawEntry {
  name: string;
  method: 0 | 8;
  data: Buffer;
  crc: number;
  size: number;
  declaredSize?: number;
}

/** A ZIP whose local and central headers say exactly what `entries` say, lies included. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An entry of `text`, deflated or stored, telling the truth unless `declaredSize` is given. */
export function textEntry(name: string, text: string, method: 0 | 8 = 8, declaredSize?: number): RawEntry {
  const bytes = Buffer.from(text);
  const data = method === 8 ? deflateRawSync(bytes) : bytes;
  return { name, method, data, crc: crc32(bytes), size: bytes.length, declaredSize };
}

/**
 * `mebibytes` MiB of zeros, deflated cheaply: one MiB deflated with a sync flush ends on a byte
 * boundary with the window full of zeros, so the same bytes can follow themselves; a final empty block
 * closes the stream. 300 MiB come to about 300 KB, built in milliseconds.
 */
export function zerosEntry(name: string, mebibytes: number, declaredSize?: number): RawEntry {
  const mebibyte = Buffer.alloc(1 << 20);
  const piece = deflateRawSync(mebibyte, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(mebibyte, crc);
  const data = Buffer.concat([...Array.from({ length: mebibytes }, () => piece), Buffer.from([0x03, 0x00])]);
  return { name, method: 8, data, crc, size: mebibytes << 20, declaredSize };
}

const CONTENT_TYPES = (main: string, extra = '') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `${main}${extra}</Types>`;
export const WORD_MAIN = `<Override PartName="/word/document.xml" ContentType="${OFFICE}.wordprocessingml.document.main+xml"/>`;
export const WORD_MACRO_MAIN =
  '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>';
export const EXCEL_MAIN = `<Override PartName="/xl/workbook.xml" ContentType="${OFFICE}.spreadsheetml.sheet.main+xml"/>`;
export const EXCEL_MACRO_MAIN =
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>';
export const VBA_PROJECT = (part: string) =>
  `<Override PartName="/${part}" ContentType="application/vnd.ms-office.vbaProject"/>`;

/** A Word document in the shape Word writes: content types, relationships, the document part. */
export function genuineDocx(note: string, main = WORD_MAIN, extra: Record<string, Uint8Array> = {}): Buffer {
  const paragraphs = Array.from(
    { length: 200 },
    (_, i) => `<w:p><w:r><w:t>第${i + 1}条 協働事業の目的と役割分担について記す。${note}</w:t></w:r></w:p>`,
  ).join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES(main)),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body>${paragraphs}</w:body></w:document>`,
      ),
      ...extra,
    }),
  );
}

/** An Excel workbook in the shape Excel writes, with one sheet of a budget. */
export function genuineXlsx(note: string, main = EXCEL_MAIN, extra: Record<string, Uint8Array> = {}): Buffer {
  const rows = Array.from(
    { length: 300 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 1000 + 17}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>${note}</t></is></c></row>`,
  ).join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        CONTENT_TYPES(
          main,
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${OFFICE}.spreadsheetml.worksheet+xml"/>`,
        ),
      ),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook><sheets><sheet name="予算" sheetId="1"/></sheets></workbook>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`),
      ...extra,
    }),
  );
}

/** A compiled VBA project's first bytes (an OLE compound file), enough to be what it is named. */
export const VBA_BIN = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array.from({ length: 504 }, () => 0),
]);

const require_ = createRequire(__filename);

/**
 * A real multi-page PDF as the project makes its reports: pdfkit, compressed content streams, a
 * subset of BIZ UDPGothic embedded (binary font data is where a careless scan finds false alarms).
 */
export async function genuinePdf(note: string, pages = 3): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: '事業計画書', Producer: 'Kyodo tests' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.registerFont(
    'gothic',
    require_.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  );
  doc.font('gothic');
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.fontSize(16).text(`事業計画書 ${page}ページ`);
    doc.fontSize(10).text(`地域の見守り活動を市と協働で進める。${note}`.repeat(20));
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
