/** What an attachment was recognised as: the media type it is served with and the extension its name gets. */
export interface DetectedType {
  contentType: string;
  extension: string;
}
