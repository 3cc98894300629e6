import { hasMacros } from './attachment-refusals';
import type { DetectedType } from './attachment-detected-type';
import { measureZip, zipDirectory } from './attachment-zip';

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Parts that carry code Word or Excel may run: compiled VBA (vbaProject.bin, and Word's vbaData.xml
 * beside it), Excel 4.0 macro sheets (they need no VBA at all), and ActiveX controls (binary .bin
 * parts under activeX/, a long line of exploits). Names inside an Office package are case-insensitive.
 * Embedded OLE objects (embeddings/) stay: an Excel chart pasted into Word is one.
 */
const MACRO_PARTS: Array<[RegExp, string]> = [
  [/(^|\/)vba(Project|ProjectSignature|Data)\b[^/]*$/i, 'vba_project'],
  [/(^|\/)(intl)?macrosheets\//i, 'excel4_macros'],
  [/(^|\/)activeX\//i, 'activex'],
];

/** The same, as the package declares its parts' types (.docm, .xlsm, .dotm, .xlam … all say macroEnabled). */
const MACRO_CONTENT_TYPE =
  /ContentType\s*=\s*["']([^"']*(macroEnabled|vbaProject|vbaData|macrosheet|activeX)[^"']*)["']/i;

/**
 * Word or Excel by the archive's entries, not by a name appearing somewhere in the bytes (any ZIP can
 * contain that text). Refuses a ZIP bomb by what the parts really inflate to (attachment-zip.ts) and
 * a macro-enabled file whatever its name says; null when the ZIP is no Office file at all.
 */
export function detectOffice(data: Buffer): DetectedType | null {
  const entries = zipDirectory(data);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(CONTENT_TYPES)) return null;
  const type = names.has('word/document.xml')
    ? { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' }
    : names.has('xl/workbook.xml')
      ? { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' }
      : null;
  if (!type) return null;
  for (const name of names) {
    for (const [pattern, reason] of MACRO_PARTS) if (pattern.test(name)) throw hasMacros(reason, name);
  }
  // Read as bytes without NULs, so the ASCII type names match whether the part is UTF-8 or UTF-16.
  const kept = measureZip(data, entries, (name) => name === CONTENT_TYPES);
  const declared = MACRO_CONTENT_TYPE.exec((kept.get(CONTENT_TYPES)?.toString('latin1') ?? '').replaceAll('\0', ''));
  if (declared) throw hasMacros('macro_content_type', declared[1]!);
  return type;
}
