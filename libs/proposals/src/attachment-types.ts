import { unzipSync } from 'fflate';

/**
 * What may be attached, recognised by content (magic bytes), never by the
 * name or the declared type. Office files are ZIP containers; the part that
 * makes them Word or Excel is looked for inside.
 */
export interface DetectedType {
  contentType: string;
  extension: string;
}

const starts = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function detectAttachmentType(data: Buffer): DetectedType | null {
  if (starts(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (starts(data, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts(data, [0x50, 0x4b, 0x03, 0x04])) {
    // By the archive's entries, not by a name appearing somewhere in the bytes (any ZIP can contain that text).
    const entries = zipEntries(data);
    if (!entries?.has('[Content_Types].xml')) return null;
    if (entries.has('word/document.xml')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (entries.has('xl/workbook.xml')) {
      return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    }
  }
  return null;
}

/** Limits on what an Office file may expand to, so whoever opens it later is not handed a ZIP bomb. */
const MAX_ZIP_ENTRIES = 5_000;
const MAX_ZIP_EXPANDED_BYTES = 256 * 1024 * 1024;

/**
 * The entry names of a ZIP, read from its central directory without
 * decompressing anything; null when it is not a well-formed archive or
 * declares more entries or expanded bytes than an attachment may.
 */
function zipEntries(data: Buffer): Set<string> | null {
  const names = new Set<string>();
  let expanded = 0;
  try {
    unzipSync(data, {
      filter: (entry) => {
        names.add(entry.name);
        expanded += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return names.size > MAX_ZIP_ENTRIES || expanded > MAX_ZIP_EXPANDED_BYTES ? null : names;
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
