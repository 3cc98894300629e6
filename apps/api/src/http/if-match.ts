import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { PreconditionRequiredError, ValidationFailedError } from '@kyodo/platform';

/** Parses `If-Match: "<version>"` (quotes optional, W/ refused) into the expected version. */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest().headers['if-match'];
  if (header === undefined || header === '') throw new PreconditionRequiredError();
  return parseVersion(header);
});

/** As IfMatch, but the header may be left out (null): the write then does not check what it replaces. */
export const OptionalIfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number | null => {
  const header = context.switchToHttp().getRequest().headers['if-match'];
  return header === undefined || header === '' ? null : parseVersion(header);
});

function parseVersion(header: unknown): number {
  const match = /^"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) {
    throw new ValidationFailedError([{ field: 'If-Match', messages: ['If-Match must be the version, e.g. "3"'] }]);
  }
  return Number(match[1]);
}
