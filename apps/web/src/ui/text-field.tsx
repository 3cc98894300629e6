import type { ComponentProps } from 'react';
import { Field, type FieldFrame } from './field';

/** A labelled input; `ref` passes through to the <input> (react-hook-form's `register` spreads one). */
export function TextField(props: FieldFrame & ComponentProps<'input'>) {
  return <Field props={props} render={(wiring, input) => <input {...wiring} {...input} />} />;
}
