/**
 * Hands a fetched file to the browser as a download. Files behind the API need the bearer token, which a plain
 * link cannot send, so they are fetched (callRaw) and saved from a temporary object URL.
 */
export async function saveResponse(response: Response, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
