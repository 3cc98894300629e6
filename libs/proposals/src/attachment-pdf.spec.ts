import { deflateSync } from 'node:zlib';
import { genuinePdf, minimalPdf } from '@kyodo/testing';
import { detectAttachmentType } from './attachment-types';
import type { ProposalError } from './proposal-errors';

function verdict(data: Buffer): { code: string; reason: unknown } | string | undefined {
  try {
    return detectAttachmentType(data)?.extension;
  } catch (error) {
    const refusal = error as ProposalError;
    return { code: refusal.code, reason: refusal.extensions.reason };
  }
}
const active = (reason: string) => ({ code: 'attachment_active_content', reason });
const malformed = (reason: string) => ({ code: 'attachment_malformed', reason });

/**
 * A PDF 1.5 as Word or Acrobat write them: the catalogue compressed inside an object stream, found
 * through a cross-reference stream. `hidden` goes into the catalogue, out of sight of a raw scan.
 */
function compressedPdf(hidden = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  const length = () => parts.reduce((n, p) => n + p.length, 0);
  const add = (text: string | Buffer) => parts.push(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);
  offsets[1] = length();
  add('1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n');
  const catalog = `<< /Type /Catalog /Pages 1 0 R ${hidden}>>`;
  const objects = deflateSync(Buffer.from(`3 0 ${catalog}`));
  offsets[2] = length();
  add(`2 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${objects.length} >>\nstream\n`);
  add(objects);
  add('\nendstream\nendobj\n');
  offsets[4] = length();
  const row = (type: number, field: number, index: number) => Buffer.from([type, ...toBytes(field, 4), index]);
  const table = Buffer.concat([
    row(0, 0, 255),
    row(1, offsets[1]!, 0),
    row(1, offsets[2]!, 0),
    row(2, 2, 0),
    row(1, offsets[4], 0),
  ]);
  add(`4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 1] /Root 3 0 R /Length ${table.length} >>\nstream\n`);
  add(table);
  add(`\nendstream\nendobj\nstartxref\n${offsets[4]}\n%%EOF\n`);
  return Buffer.concat(parts);
}
const toBytes = (n: number, width: number) =>
  Array.from({ length: width }, (_, i) => (n >> (8 * (width - 1 - i))) & 0xff);

describe('PDFs, by structure', () => {
  it('accepts a genuine multi-page PDF from pdfkit, which a reader opens too', async () => {
    const pdf = await genuinePdf('協働');
    const { getDocumentProxy } = await import('unpdf');
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBe(3);
    expect(verdict(pdf)).toBe('pdf');
  });

  it('accepts a cross-reference stream and an object stream, as PDF 1.5 writers make them', async () => {
    const pdf = compressedPdf();
    const { getDocumentProxy } = await import('unpdf');
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBe(0);
    expect(verdict(pdf)).toBe('pdf');
    expect(verdict(minimalPdf('small'))).toBe('pdf');
  });

  it('refuses what only starts like a PDF', () => {
    const hollow = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(verdict(hollow)).toEqual(malformed('pdf_no_startxref'));
    expect(verdict(Buffer.from('%PDF-x\n'))).toEqual(malformed('pdf_header'));
    expect(verdict(Buffer.from('%PDF-1.4\nstartxref\n9\n'))).toEqual(malformed('pdf_no_eof'));
    const good = minimalPdf();
    const text = good.toString('latin1');
    const pointsAside = text.replace(/startxref\n(\d+)/, (_, n: string) => `startxref\n${Number(n) - 7}`);
    expect(verdict(Buffer.from(pointsAside, 'latin1'))).toEqual(malformed('pdf_xref'));
    expect(verdict(Buffer.from(text.replace('/Root 1 0 R', '/Info 1 0 R'), 'latin1'))).toEqual(
      malformed('pdf_trailer'),
    );
    expect(verdict(Buffer.concat([good, Buffer.from('MZ\x90\x00')]))).toEqual(malformed('pdf_data_after_eof'));
  });

  it('refuses a PDF/HTML polyglot, HTML at the start or after the end', async () => {
    expect(verdict(minimalPdf('<html><body><script>alert(1)</script>'))).toEqual(active('markup'));
    expect(verdict(minimalPdf('<svg onload=alert(1)>'))).toEqual(active('markup'));
    expect(verdict(minimalPdf('<!DOCTYPE html>'))).toEqual(active('markup'));
    const report = await genuinePdf('x', 1);
    expect(verdict(Buffer.concat([report, Buffer.from('<html><script>alert(1)</script></html>')]))).toEqual(
      active('markup'),
    );
    // Dictionaries and hex strings are not markup.
    expect(verdict(minimalPdf('<< /A <4142> >> <48656C6C6F>'))).toBe('pdf');
  });

  it('refuses what runs: JavaScript, Launch, embedded files, RichMedia, even with escaped names', () => {
    expect(verdict(minimalPdf('', 0, '/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '))).toEqual(
      active('javascript'),
    );
    expect(verdict(minimalPdf('', 0, '/OpenAction << /S /J#61va#53cript /JS (x) >> '))).toEqual(active('javascript'));
    expect(verdict(minimalPdf('', 0, '/OpenAction << /S /Launch /F (cmd.exe) >> '))).toEqual(active('launch'));
    expect(verdict(minimalPdf('', 0, '/Names << /EmbeddedFiles 9 0 R >> '))).toEqual(active('embedded_file'));
    expect(verdict(minimalPdf('', 0, '/X << /Subtype /RichMedia >> '))).toEqual(active('rich_media'));
    // A longer name that only begins the same is another name.
    expect(verdict(minimalPdf('', 0, '/JavaScriptless true '))).toBe('pdf');
  });

  it('reads inside object streams, where a raw scan sees nothing', () => {
    expect(verdict(compressedPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '))).toEqual(
      active('javascript'),
    );
    const unreadable = compressedPdf().toString('latin1').replace('/FlateDecode', '/LZWDecode  ');
    expect(verdict(Buffer.from(unreadable, 'latin1'))).toEqual(malformed('pdf_object_stream'));
  });
});
