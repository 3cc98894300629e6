import type { DetectedType } from './attachment-detected-type';
import { detectOffice } from './attachment-office';
import { checkPdf } from './attachment-pdf';

/**
 * What may be attached, recognised by content, never by the name or the declared type: images by
 * their magic bytes; PDFs by their structure (attachment-pdf.ts); Office files, which are ZIP
 * containers, by the parts inside, measured as they really inflate (attachment-office.ts).
 */

const starts = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/**
 * The type of an attachment, or null when it is none of those accepted. Throws the refusal
 * (attachment-refusals.ts) when it is one of them but expands too far, is malformed, carries macros
 * or active content.
 */
export function detectAttachmentType(data: Buffer): DetectedType | null {
  if (starts(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    checkPdf(data);
    return { contentType: 'application/pdf', extension: 'pdf' };
  }
  if (starts(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (starts(data, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts(data, [0x50, 0x4b, 0x03, 0x04])) return detectOffice(data);
  return null;
}

/**
 * A display name only: path parts, control characters and reserved
 * characters go; Japanese stays. Files are stored by checksum, so the name
 * never reaches the file system.
 */
export function safeFilename(name: string, extension: string): string {
  const cleaned = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // Controls (NUL, CR, LF, C1) and invisible format characters: bidi overrides such as U+202E
    // would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"; zero-width ones hide what a name says.
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"|?*]/gu, '')
    .replace(/^\.+/, '')
    .trim();
  // Cut by code points, never inside a surrogate pair.
  const base = [...cleaned].slice(0, 150).join('').trim();
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${withoutExtension || 'attachment'}.${extension}`;
}
