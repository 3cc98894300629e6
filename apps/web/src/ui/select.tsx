import type { ComponentProps } from 'react';
import { Field, type FieldFrame } from './field';

/** A labelled select; `ref` passes through to the <select> (react-hook-form's `register` spreads one). */
export function Select(props: FieldFrame & ComponentProps<'select'>) {
  // The options arrive as `children` among the rest of the props and are spread into the <select>.
  return <Field props={props} render={(wiring, input) => <select {...wiring} {...input} />} />;
}
