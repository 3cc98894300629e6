import { ValidationFailedError } from '@kyodo/platform';

/**
 * An explicit `null` for a field its table requires (class-validator's IsOptional lets null through, and a PATCH
 * makes every field optional) reaches PostgreSQL as a NOT NULL violation: that is the client's input, refused as
 * a validation problem naming the field, not a 500. The statement failed, so its transaction changed nothing.
 */
export function nullFieldRefusal(exception: unknown): ValidationFailedError | null {
  const error = exception as { code?: string; column?: string; driverError?: { code?: string; column?: string } };
  const cause = error?.driverError ?? error;
  if (cause?.code !== '23502') return null;
  const field = (cause.column ?? 'body').replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return new ValidationFailedError([{ field, messages: [`${field} must not be null`] }]);
}
