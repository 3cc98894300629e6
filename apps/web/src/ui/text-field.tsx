import type { InputHTMLAttributes } from 'react';
import { Field, type FieldFrame } from './field';

export function TextField(props: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return <Field props={props} render={(wiring, input) => <input {...wiring} {...input} />} />;
}
