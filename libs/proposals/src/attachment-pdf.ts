import { inflateWithin } from './attachment-inflate';
import { MAX_EXPANDED_BYTES } from './attachment-limits';
import { activeContent, expandsTooFar, malformed } from './attachment-refusals';

/**
 * A PDF is judged by its structure, not by its first five bytes: `%PDF-` at offset 0, `%%EOF` at the
 * end with nothing after it, a `startxref` pointing at a cross-reference table (with a trailer) or a
 * cross-reference stream, and either naming the document catalogue (`/Root`). Every reader finds a
 * document that way, so a genuine PDF always has it, and a file that only starts like one does not.
 */

/**
 * How much of the start a browser sniffs: the WHATWG MIME sniffing standard reads 1445 bytes; old
 * Internet Explorer looked for HTML tags anywhere in its first 256. HTML there makes a PDF/HTML
 * polyglot, rendered as a page wherever the declared type is ignored or lost (a mail gateway, a
 * user saving it as .html). Further in, markup is only text a PDF may well contain.
 */
const SNIFFED_BYTES = 1445;

/** The tags a sniffer takes for HTML, and those that run script or load more (svg, img onerror …). */
const MARKUP =
  /<(?:!doctype\s+html|html|head|body|script|iframe|frame|frameset|svg|object|embed|style|title|meta|img|video|audio|form|input|link|base|math|div|table|font|br|h1)[\s>/]|<!--/i;

/** Readers look for `%%EOF` in the last 1024 bytes; only whitespace (and NUL padding) may follow it. */
const TAIL_BYTES = 1024;
const TRAILING_SPACE = /^[\s\0]*$/;
const ROOT = /\/Root\s*\d+\s+\d+\s+R/;

/**
 * Names that make a PDF act rather than be read, refused outright: a proposal's attachment is read
 * and printed, and none of these is needed for that, while each is how PDFs carry code to a
 * reviewer's desktop. JavaScript (the action, the document-level name tree, and so any OpenAction or
 * AA that runs it) runs in the viewer; Launch starts a program; EmbeddedFile(s) carry one (an
 * attached .exe or .docm); RichMedia is Flash and video players. Links (URI, GoTo) stay.
 */
const ACTIVE_NAMES: Array<[string, string]> = [
  ['JavaScript', 'javascript'],
  ['Launch', 'launch'],
  ['EmbeddedFile', 'embedded_file'],
  ['EmbeddedFiles', 'embedded_file'],
  ['RichMedia', 'rich_media'],
];

/**
 * A PDF name, with every character also matched as the `#xx` escape readers decode
 * (`/J#61vaScript` is `/JavaScript`), and ending where a name ends.
 */
const namePattern = (name: string) =>
  [...name]
    .map(
      (c) =>
        `(?:${c}|#${c
          .charCodeAt(0)
          .toString(16)
          .padStart(2, '0')
          .replace(/[a-f]/g, (h) => `[${h}${h.toUpperCase()}]`)})`,
    )
    .join('');
const ACTIVE = new RegExp(`/(${ACTIVE_NAMES.map(([name]) => namePattern(name)).join('|')})(?=[\\s/<>\\[\\]()%{}]|$)`);
const OBJECT_STREAM = new RegExp(`/Type\\s*/${namePattern('ObjStm')}(?=[\\s/<>\\[\\]()%{}]|$)`, 'g');

/** Refuses (throws) a file that starts as a PDF and is not one, or is one that does more than show pages. */
export function checkPdf(data: Buffer): void {
  if (!/^%PDF-[12]\.\d/.test(data.subarray(0, 8).toString('latin1'))) throw malformed('pdf_header');
  if (MARKUP.test(data.subarray(0, SNIFFED_BYTES).toString('latin1'))) throw activeContent('markup');
  const eof = data.lastIndexOf('%%EOF');
  if (eof < 0) throw malformed('pdf_no_eof');
  const after = data.subarray(eof + 5).toString('latin1');
  // HTML appended after the end: the classic polyglot (a PDF reader stops at %%EOF, a browser reads on).
  if (MARKUP.test(after)) throw activeContent('markup');
  if (after.length > TAIL_BYTES || !TRAILING_SPACE.test(after)) throw malformed('pdf_data_after_eof');
  const tail = data.subarray(Math.max(0, eof - TAIL_BYTES), eof).toString('latin1');
  const pointer = /startxref\s+(\d+)\s*$/.exec(tail);
  if (!pointer) throw malformed('pdf_no_startxref');
  const startxref = eof - tail.length + pointer.index;
  checkCrossReference(data, Number(pointer[1]), startxref);
  const text = data.toString('latin1');
  refuseActiveNames(text);
  checkObjectStreams(data, text);
}

/** The section `startxref` points at: a table with a trailer, or a stream, naming the catalogue. */
function checkCrossReference(data: Buffer, offset: number, startxref: number): void {
  if (offset >= startxref) throw malformed('pdf_xref');
  // A window is enough: a trailer or a stream dictionary is a few hundred bytes.
  const at = data.subarray(offset, Math.min(startxref, offset + 64 * 1024)).toString('latin1');
  if (/^\s*xref\s+\d+\s+\d+\s/.test(at)) {
    // The table may be long (20 bytes an object); the trailer follows it.
    const trailer = data.indexOf('trailer', offset);
    const next = trailer < 0 ? -1 : data.indexOf('startxref', trailer);
    if (trailer < 0 || next < 0 || !ROOT.test(data.subarray(trailer, next).toString('latin1'))) {
      throw malformed('pdf_trailer');
    }
    return;
  }
  const stream = /^\s*\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream\b/.exec(at);
  if (!stream || !/\/Type\s*\/XRef\b/.test(stream[1]!) || !ROOT.test(stream[1]!)) throw malformed('pdf_xref');
}

function refuseActiveNames(text: string): void {
  const found = ACTIVE.exec(text);
  if (!found) return;
  const decoded = found[1]!.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  throw activeContent(ACTIVE_NAMES.find(([name]) => name === decoded)?.[1] ?? 'javascript');
}

/**
 * Object streams (PDF 1.5) hold objects compressed, where the names above cannot be seen in the raw
 * bytes; they are inflated under the same caps as an Office file's parts and read too. One that
 * cannot be read (an unknown filter, a broken stream, an encrypted file) hides what it holds.
 */
function checkObjectStreams(data: Buffer, text: string): void {
  let remaining = MAX_EXPANDED_BYTES;
  for (const match of text.matchAll(OBJECT_STREAM)) {
    const begin = text.lastIndexOf('obj', match.index);
    const keyword = text.indexOf('stream', match.index);
    if (begin < 0 || keyword < 0) throw malformed('pdf_object_stream');
    const dictionary = text.slice(begin, keyword);
    const start = keyword + (text.startsWith('\r\n', keyword + 6) ? 8 : 7);
    const end = text.indexOf('endstream', start);
    if (end < 0) throw malformed('pdf_object_stream');
    const filters = dictionary.match(/\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/)?.[1] ?? '';
    if (!filters) continue; // not compressed: the raw scan above has read it
    if (!/^(\[\s*)?\/FlateDecode(\s*\])?$/.test(filters.trim())) throw malformed('pdf_object_stream');
    // FlateDecode is zlib: a two-byte header (deflate, no preset dictionary), then raw deflate.
    const [method, flags] = [data[start] ?? 0, data[start + 1] ?? 0];
    if ((method & 0x0f) !== 8 || ((method << 8) | flags) % 31 !== 0 || flags & 0x20) {
      throw malformed('pdf_object_stream');
    }
    let carry = '';
    const result = inflateWithin(data.subarray(start + 2, end), remaining, (piece) => {
      // Each piece read with the end of the one before, so a name split between two is still seen.
      const window = carry + Buffer.from(piece).toString('latin1');
      refuseActiveNames(window);
      carry = window.slice(-64);
    });
    if ('stop' in result) {
      if (result.stop === 'corrupt') throw malformed('pdf_object_stream');
      throw expandsTooFar(result.stop === 'ratio' ? 'ratio' : 'total');
    }
    remaining -= result.size;
  }
}
