import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldFrame } from './field';

export function Select(props: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  // The options arrive as `children` among the rest of the props and are spread into the <select>.
  return <Field props={props} render={(wiring, input) => <select {...wiring} {...input} />} />;
}
