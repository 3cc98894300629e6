/**
 * True when the page came from an API process serving the public face only (API_FACE=public: the internet side of
 * a two-zone deployment). That process mounts no sign-in, so the app offers none and does not try to resume one.
 */
export function onPublicFace(): boolean {
  return document.querySelector('meta[name="kyodo-face"]')?.getAttribute('content') === 'public';
}
