import { strToU8, zipSync } from 'fflate';
import { detectAttachmentType, safeFilename } from './attachment-types';

describe('attachment names', () => {
  it.each([
    ['../../etc/passwd', 'passwd.pdf'],
    ['..\\..\\x.exe', 'x.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.pdf'],
    ['a\u0000b\r\n\u0085\u2028c\u200B.pdf', 'abc.pdf'],
    ['.htaccess', 'htaccess.pdf'],
    ['..', 'attachment.pdf'],
    ['事業計画書.docx', '事業計画書.pdf'],
  ])('%j is shown as %j', (name, expected) => {
    expect(safeFilename(name, 'pdf')).toBe(expected);
  });

  it('cuts long names by code point, never inside a surrogate pair', () => {
    const name = safeFilename(`${'a'.repeat(149)}${'😀'.repeat(10)}`, 'pdf');
    expect(name).toBe(`${'a'.repeat(149)}😀.pdf`);
  });
});

describe('Office detection', () => {
  const zip = (files: Record<string, string>, level: 0 | 6 = 6) =>
    Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level }));

  it('goes by the archive entries', () => {
    expect(detectAttachmentType(zip({ '[Content_Types].xml': '', 'word/document.xml': '' }))?.extension).toBe('docx');
    expect(detectAttachmentType(zip({ '[Content_Types].xml': '', 'xl/workbook.xml': '' }))?.extension).toBe('xlsx');
  });

  it('is not fooled by part names inside a stored file, nor by a truncated archive', () => {
    expect(detectAttachmentType(zip({ 'a.txt': '[Content_Types].xml word/document.xml' }, 0))).toBeNull();
    const whole = zip({ '[Content_Types].xml': '', 'word/document.xml': '' });
    expect(detectAttachmentType(whole.subarray(0, whole.length - 30))).toBeNull();
  });
});
