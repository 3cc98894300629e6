/**
 * What kind of failure a domain error is. The HTTP layer maps kinds to status
 * codes; the domain never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_required'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

/** A user-facing message in both languages the product speaks. */
export interface LocalizedText {
  ja: string;
  en: string;
}

/**
 * Base of every library's error class. `code` is stable (clients may branch on
 * it); `message` carries both languages so the filter can answer in the
 * caller's locale.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly text: LocalizedText,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}
