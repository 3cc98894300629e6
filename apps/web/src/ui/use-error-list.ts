import { useMemo } from 'react';
import type { FieldErrors, FieldValues, Path } from 'react-hook-form';

export interface FormError {
  fieldId: string;
  message: string;
}

/**
 * A react-hook-form form's errors as the list <ErrorSummary> shows, in the order of the form's fields (`fields`:
 * each field's name and the id of its control). The list keeps its identity until a message changes or the form
 * is submitted again, because the summary takes the focus whenever it gets a new list.
 */
export function useErrorList<V extends FieldValues>(
  errors: FieldErrors<V>,
  submitCount: number,
  fields: Array<[Path<V>, string]>,
): FormError[] {
  const found = fields.flatMap(([name, fieldId]) => {
    const message = messageAt(errors, name);
    return message ? [{ fieldId, message }] : [];
  });
  const signature = found.map((e) => `${e.fieldId}\u0000${e.message}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => found, [signature, submitCount]);
}

/** The message at a dotted path of the errors object (`scores.q1`). */
function messageAt(errors: FieldErrors, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}
