import { strToU8, zipSync } from 'fflate';
import { toCp932 } from './encoding/cp932';

export type CsvEncoding = 'utf-8' | 'shift_jis';

export interface OpenDataFile {
  body: string | Buffer;
  contentType: string;
  /** For a Shift_JIS file: how many characters had no CP932 form and became 〓 (sent as a header, and in the README). */
  replacedCharacters?: number;
}

/** A CSV in the encoding asked for: UTF-8 (a BOM on request, for Excel), or Shift_JIS (CP932) for older office software. */
export function csvFile(text: string, encoding: CsvEncoding, bom: boolean): OpenDataFile {
  if (encoding === 'utf-8') {
    return { body: bom ? `\uFEFF${text}` : text, contentType: 'text/csv; charset=utf-8; header=present' };
  }
  const { bytes, replaced } = toCp932(text);
  return { body: bytes, contentType: 'text/csv; charset=Shift_JIS; header=present', replacedCharacters: replaced };
}

/**
 * The archive: each CSV twice, UTF-8 with a BOM (`name.csv`) and Shift_JIS (`name-sjis.csv`), the other files as
 * given, and the README with how many characters each Shift_JIS file had to replace. A fixed timestamp inside: the
 * same data always gives the same bytes.
 */
export function zipFile(csvs: Record<string, string>, others: Record<string, string>, readme: string): OpenDataFile {
  const entry = (bytes: Uint8Array): [Uint8Array, { mtime: Date }] => [
    bytes,
    { mtime: new Date('2000-01-01T00:00:00Z') },
  ];
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const notes: string[] = [];
  for (const [name, text] of Object.entries(csvs)) {
    const sjis = toCp932(text);
    files[`${name}.csv`] = entry(strToU8(`\uFEFF${text}`));
    files[`${name}-sjis.csv`] = entry(sjis.bytes);
    notes.push(
      `${name}-sjis.csv: ${sjis.replaced} character(s) outside Shift_JIS (CP932) replaced by 〓 / Shift_JIS にない文字 ${sjis.replaced} 字を〓に置き換えました`,
    );
  }
  for (const [name, text] of Object.entries(others)) files[name] = entry(strToU8(text));
  files['README.txt'] = entry(strToU8(`${readme}\n${notes.join('\n')}\n`));
  return { body: Buffer.from(zipSync(files)), contentType: 'application/zip' };
}
