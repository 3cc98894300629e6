import { strToU8, zipSync } from 'fflate';
import {
  EXCEL_MACRO_MAIN,
  genuineDocx,
  genuineXlsx,
  rawZip,
  textEntry,
  VBA_BIN,
  VBA_PROJECT,
  WORD_MACRO_MAIN,
  zerosEntry,
} from '@kyodo/testing';
import { inflateWithin } from './attachment-inflate';
import { MAX_EXPANDED_BYTES, MAX_EXPANSION_RATIO } from './attachment-limits';
import { detectAttachmentType } from './attachment-types';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

/** The refusal an attachment earns (code and reason), or its detected extension. */
function verdict(data: Buffer): { code: string; reason: unknown } | string | undefined {
  try {
    return detectAttachmentType(data)?.extension;
  } catch (error) {
    const refusal = error as ProposalError;
    return { code: refusal.code, reason: refusal.extensions.reason };
  }
}
const TYPES = textEntry('[Content_Types].xml', '<Types/>');
const expands = (reason: string) => ({ code: 'attachment_expands_too_far', reason });
const malformed = (reason: string) => ({ code: 'attachment_malformed', reason });
const macros = (reason: string) => ({ code: 'attachment_has_macros', reason });

describe('ZIP bombs, by what they really inflate to', () => {
  it('stops a part that inflates past the size it declares at the first piece', () => {
    const lying = zerosEntry('word/document.xml', 300, 10);
    expect(verdict(rawZip([TYPES, lying]))).toEqual(expands('beyond_declared_size'));
    let handedOn = 0;
    expect(inflateWithin(lying.data, 10, (piece) => (handedOn += piece.length))).toEqual({ stop: 'limit' });
    expect(handedOn).toBe(0);
  });

  it('stops a part as soon as it passes 100 times its compressed size, under the cap, keeping nothing', () => {
    const honest = zerosEntry('word/document.xml', 300);
    let handedOn = 0;
    expect(inflateWithin(honest.data, MAX_EXPANDED_BYTES, (piece) => (handedOn += piece.length))).toEqual({
      stop: 'ratio',
    });
    // About 30 MiB of the 300 handed on, and then no more inflated.
    expect(handedOn).toBeLessThanOrEqual(MAX_EXPANSION_RATIO * honest.data.length);
  });

  it('refuses by the directory what declares too much: a ratio over 100, a total over the cap', () => {
    expect(verdict(rawZip([TYPES, zerosEntry('word/document.xml', 40)]))).toEqual(expands('ratio'));
    const bomb = rawZip([TYPES, { ...textEntry('word/document.xml', 'x'), declaredSize: 0x7fffffff }]);
    expect(verdict(bomb)).toEqual(expands('total'));
  });

  it('refuses a part whose declared size, under the ratio, is not its real one', () => {
    const zeros = zerosEntry('word/document.xml', 40);
    expect(verdict(rawZip([TYPES, { ...zeros, declaredSize: 1_000_000 }]))).toEqual(expands('beyond_declared_size'));
    const text = textEntry('word/document.xml', '<w:document/>'.repeat(100));
    expect(verdict(rawZip([TYPES, { ...text, declaredSize: text.size + 1 }]))).toEqual(malformed('declared_size'));
  });

  it('counts stored parts too, and holds them to their declared size', () => {
    const stored = textEntry('word/document.xml', 'あ'.repeat(3000), 0);
    expect(verdict(rawZip([TYPES, stored]))).toBe('docx');
    expect(verdict(rawZip([TYPES, { ...stored, declaredSize: 10 }]))).toEqual(expands('beyond_declared_size'));
    expect(verdict(rawZip([TYPES, { ...stored, declaredSize: stored.size + 5 }]))).toEqual(malformed('declared_size'));
  });

  it('refuses archives no honest writer makes', () => {
    const part = textEntry('word/document.xml', '<w:document/>');
    expect(verdict(rawZip([TYPES, { ...part, crc: part.crc ^ 1 }]))).toEqual(malformed('crc'));
    expect(verdict(rawZip([TYPES, part, part]))).toEqual(malformed('duplicate_entry'));
    expect(verdict(rawZip([TYPES, { ...part, data: Buffer.from('not deflate at all') }]))).toEqual(
      malformed('corrupt_entry'),
    );
    // The central directory says one size, the local header another.
    const zip = rawZip([TYPES, part]);
    zip.writeUInt32LE(part.size + 1, zip.indexOf('PK\x03\x04', 4) + 22);
    expect(verdict(zip)).toEqual(malformed('local_header'));
  });

  it('refuses entries that share their compressed bytes (an overlapping-file bomb)', () => {
    const zip = rawZip([TYPES, textEntry('word/document.xml', '<w:document/>'), textEntry('xl/workbook.xml', '<w/>')]);
    const first = zip.indexOf('PK\x01\x02');
    const second = zip.indexOf('PK\x01\x02', first + 4);
    const third = zip.indexOf('PK\x01\x02', second + 4);
    zip.writeUInt32LE(zip.readUInt32LE(second + 42), third + 42); // the third entry points at the second's data
    expect(verdict(zip)).toEqual(expect.objectContaining({ code: 'attachment_malformed' }));
  });
});

describe('macros in Office files', () => {
  it('accepts genuine Word and Excel files', () => {
    expect(verdict(genuineDocx('見守り'))).toBe('docx');
    expect(verdict(genuineXlsx('予算'))).toBe('xlsx');
  });

  it('refuses VBA, Excel 4.0 macro sheets and ActiveX by their parts, whatever the file is named', () => {
    expect(verdict(genuineXlsx('x', EXCEL_MACRO_MAIN, { 'xl/vbaProject.bin': VBA_BIN }))).toEqual(
      macros('vba_project'),
    );
    expect(verdict(genuineDocx('x', undefined, { 'word/VBAPROJECT.BIN': VBA_BIN }))).toEqual(macros('vba_project'));
    expect(verdict(genuineDocx('x', undefined, { 'word/vbaData.xml': strToU8('<wne:vbaSuppData/>') }))).toEqual(
      macros('vba_project'),
    );
    expect(verdict(genuineXlsx('x', undefined, { 'xl/macrosheets/sheet1.xml': strToU8('<xm:macrosheet/>') }))).toEqual(
      macros('excel4_macros'),
    );
    expect(verdict(genuineDocx('x', undefined, { 'word/activeX/activeX1.bin': VBA_BIN }))).toEqual(macros('activex'));
  });

  it('refuses a macro-enabled content type even without the VBA part, in UTF-8 or UTF-16', () => {
    expect(verdict(genuineDocx('x', WORD_MACRO_MAIN))).toEqual(macros('macro_content_type'));
    expect(verdict(genuineXlsx('x', VBA_PROJECT('xl/other.bin')))).toEqual(macros('macro_content_type'));
    const utf16 = Buffer.from(`<Types>${WORD_MACRO_MAIN}</Types>`, 'utf16le');
    const docm = zipSync({ '[Content_Types].xml': utf16, 'word/document.xml': strToU8('<w:document/>') });
    expect(verdict(Buffer.from(docm))).toEqual(macros('macro_content_type'));
  });
});

describe('refusal texts', () => {
  it.each([
    [ProposalErrorCode.AttachmentExpandsTooFar, 'expands too far'],
    [ProposalErrorCode.AttachmentMalformed, 'broken or inconsistent'],
    [ProposalErrorCode.AttachmentHasMacros, 'macros'],
    [ProposalErrorCode.AttachmentActiveContent, 'scripts'],
  ])('%s says why in Japanese and English', (code, english) => {
    const { text, kind } = new ProposalError(code);
    expect(kind).toBe('unprocessable');
    expect(text.ja).toMatch(/受け付けられません/);
    expect(text.en).toContain(english);
  });
});
