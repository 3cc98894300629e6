import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldFrame } from './field';

export function TextArea(props: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field props={props} render={(wiring, input) => <textarea {...wiring} rows={5} {...input} />} />;
}
