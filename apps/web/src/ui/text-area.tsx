import type { ComponentProps } from 'react';
import { Field, type FieldFrame } from './field';

/** A labelled textarea; `ref` passes through to the <textarea> (react-hook-form's `register` spreads one). */
export function TextArea(props: FieldFrame & ComponentProps<'textarea'>) {
  return <Field props={props} render={(wiring, input) => <textarea {...wiring} rows={5} {...input} />} />;
}
