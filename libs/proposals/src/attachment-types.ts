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
    if (data.includes('word/document.xml')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (data.includes('xl/workbook.xml')) {
      return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    }
  }
  return null;
}

/**
 * A display name only: path parts, control characters and reserved
 * characters go; Japanese stays. Files are stored by checksum, so the name
 * never reaches the file system.
 */
export function safeFilename(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 150);
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${withoutExtension || 'attachment'}.${extension}`;
}
