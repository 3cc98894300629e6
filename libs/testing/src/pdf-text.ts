/** The text of a PDF as a reader would copy it (unpdf, pages merged), for tests that read what a document says. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText } = await import('unpdf');
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text as string;
}
