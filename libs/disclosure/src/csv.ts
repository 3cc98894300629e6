/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break,
 * quotes doubled, CRLF line ends. A cell starting with = + - @ (or tab/CR)
 * is prefixed with an apostrophe so spreadsheet software does not run it. A boolean is written true / false.
 */
export function toCsv(
  header: string[],
  rows: Array<Array<string | number | boolean | null>>,
  options: { bom?: boolean } = {},
): string {
  const cell = (value: string | number | boolean | null) => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const body = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}
