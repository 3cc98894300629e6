import { ValidationFailedError } from './common-errors';
import { decodeCursor, encodeCursor } from './page-cursor';

const ID = '0f4a3c2e-9b1d-4e6f-8a7b-5c4d3e2f1a0b';
const AT = '2026-12-01T09:30:00.000Z';

describe('page cursors', () => {
  it('reads back what it wrote', () => {
    expect(decodeCursor(encodeCursor([AT, ID]), ['timestamp', 'uuid'])).toEqual([AT, ID]);
    expect(decodeCursor(encodeCursor([ID]), ['uuid'])).toEqual([ID]);
  });

  it.each([
    ['not base64url JSON', 'zzz'],
    ['a bare id', ID],
    ['another list’s shape', encodeCursor([AT, ID])],
    ['a time PostgreSQL refuses', encodeCursor(['1'])],
    ['dashes for an id', encodeCursor(['-'.repeat(36)])],
    ['padding we never write', `${encodeCursor([ID])}=`],
    ['empty', ''],
  ])('refuses %s as a validation failure of cursor', (_, cursor) => {
    expect(() => decodeCursor(cursor, ['uuid'])).toThrow(ValidationFailedError);
  });

  it.each([['1'], ['0000-01-01T00:00:00.000Z'], ['2026-02-30T00:00:00.000Z'], ['2026-12-01T09:30:00Z']])(
    'refuses the time %s, which the list did not write',
    (at) => {
      expect(() => decodeCursor(encodeCursor([at, ID]), ['timestamp', 'uuid'])).toThrow(ValidationFailedError);
    },
  );
});
