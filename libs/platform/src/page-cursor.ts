import { ValidationFailedError } from './common-errors';

/**
 * Page cursors, opaque to clients: base64url of a JSON array holding the sort
 * key of a page's last row. Read back, each part is checked against what the
 * list's SQL casts it to (`::uuid`, `::timestamptz`), so a forged, foreign or
 * garbled cursor is a 400 naming `cursor`, never a database error (a 500).
 */
export type CursorPart = 'uuid' | 'timestamp';

/** What every cursor looks like on the wire; the query DTOs and the OpenAPI document say the same. */
export const CURSOR_PATTERN = '^[A-Za-z0-9_-]{1,200}$';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As toISOString writes it, years 1000–9999: PostgreSQL has no year 0, and a bare "1" parses in V8 but not there. */
const TIMESTAMP = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const FITS: Record<CursorPart, (value: string) => boolean> = {
  uuid: (value) => UUID.test(value),
  // The round trip refuses dates that roll over (February 30th).
  timestamp: (value) => TIMESTAMP.test(value) && new Date(value).toISOString() === value,
};

export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The parts of a cursor this list issued, in `shape`; anything else is a validation failure of `cursor`. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): string[] {
  const parts = partsOf(cursor);
  if (
    !parts ||
    parts.length !== shape.length ||
    !parts.every((part, i) => typeof part === 'string' && FITS[shape[i]!](part)) ||
    // One spelling per cursor: base64url that decodes loosely (padding, stray bits) is not one we wrote.
    encodeCursor(parts as string[]) !== cursor
  ) {
    throw new ValidationFailedError([
      { field: 'cursor', messages: ['cursor must be the nextCursor of the previous page of this list'] },
    ]);
  }
  return parts as string[];
}

function partsOf(cursor: string): unknown[] | null {
  if (!new RegExp(CURSOR_PATTERN).test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
