/**
 * A one-page PDF that holds together the way readers (and the attachment check, libs/proposals
 * attachment-pdf.ts) expect: header at offset 0, objects, a cross-reference table whose offsets are
 * right, a trailer naming the catalogue, `startxref` pointing at the table, `%%EOF` last. `comment`
 * goes on a comment line after the header; `size` pads that line so the file is exactly that long;
 * `catalog` adds entries to the catalogue (an `/OpenAction`, say).
 */
export function minimalPdf(comment = '', size = 0, catalog = ''): Buffer {
  const build = (padding: number) => {
    const objects = [
      `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ];
    let text = `%PDF-1.4\n% ${comment}${' '.repeat(padding)}\n`;
    const offsets: number[] = [];
    for (const [i, object] of objects.entries()) {
      offsets.push(Buffer.byteLength(text));
      text += `${i + 1} 0 obj\n${object}\nendobj\n`;
    }
    const xref = Buffer.byteLength(text);
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
    text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(text);
  };
  // The startxref offset grows a digit or two with the padding: settle the length in a few steps.
  let padding = 0;
  let pdf = build(padding);
  while (pdf.length < size) {
    padding += size - pdf.length;
    pdf = build(padding);
  }
  return pdf.length > size && padding > 0 ? build(padding - (pdf.length - size)) : pdf;
}
