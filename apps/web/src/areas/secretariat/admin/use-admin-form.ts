import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useAction } from '../../../ui/use-action';

export interface FormError {
  fieldId: string;
  message: string;
}

/** How a page reads the API's refusals beyond `errors[]`, both optional. */
export interface ProblemFields<V> {
  /** The page's own plain words for a field the API names in `errors[]` (the API's are the validator's English). */
  words?: Partial<Record<keyof V, string>>;
  /** Problems without `errors[]` that still concern one field, by their stable `code` (a taken code: 409). */
  codes?: Record<string, keyof V>;
  /** The form's field for a name the API uses in `errors[]` where the two differ (a nested body's `user.email`). */
  names?: Record<string, keyof V>;
}

/**
 * One small form of the administrator's pages: its values by name, the plain-language checks made before
 * sending, and the API's own validation errors shown beside the same fields (ids `${prefix}-${name}`).
 * The values go back to `initial` once the API accepted them.
 */
export function useAdminForm<V extends Record<string, string>>(
  prefix: string,
  initial: V,
  problemFields: ProblemFields<V> = {},
) {
  const action = useAction();
  const [values, setValues] = useState<V>(initial);
  const [checked, setChecked] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { failure } = action;

  // Pages pass the mapping inline (a new object each render): read through a ref so `errors` stays put.
  const mapping = useRef(problemFields);
  mapping.current = problemFields;

  // Memoised: the summary takes focus whenever the list changes, so it must not change on every render.
  const errors = useMemo<FormError[]>(() => {
    if (checked.length > 0) return checked;
    if (!failure) return [];
    const words: Partial<Record<keyof V, string>> = mapping.current.words ?? {};
    const codes: Record<string, keyof V> = mapping.current.codes ?? {};
    const names: Record<string, keyof V> = mapping.current.names ?? {};
    const about = codes[failure.code];
    if (about !== undefined && !failure.problem.errors?.length) {
      return [{ fieldId: `${prefix}-${String(about)}`, message: failure.problem.title }];
    }
    return Object.entries(failure.fieldErrors()).map(([apiName, message]) => {
      const field = names[apiName] ?? (apiName as keyof V);
      return { fieldId: `${prefix}-${String(field)}`, message: words[field] ?? message };
    });
  }, [checked, failure, prefix]);

  const set = useCallback(
    (name: keyof V) => (event: { target: { value: string } }) =>
      setValues((old) => ({ ...old, [name]: event.target.value })),
    [],
  );
  const errorOf = (name: keyof V) => errors.find((e) => e.fieldId === `${prefix}-${String(name)}`)?.message;
  const idOf = (name: keyof V) => `${prefix}-${String(name)}`;
  /** What wires a control to the field `name`: its id, value, change handler and error, spread onto the control. */
  const field = (name: keyof V) => ({ id: idOf(name), value: values[name], onChange: set(name), error: errorOf(name) });

  /** The submit handler: `check` answers [field, message] pairs (false: fine); `send` calls the API and answers the notice. */
  const onSubmit =
    (check: (v: V) => Array<[keyof V, string] | false>, send: (v: V) => Promise<string>) =>
    async (event: FormEvent) => {
      event.preventDefault();
      const found = check(values)
        .filter((pair): pair is [keyof V, string] => pair !== false)
        .map(([name, message]) => ({ fieldId: `${prefix}-${String(name)}`, message }));
      setChecked(found);
      if (found.length > 0) return;
      setBusy(true);
      await action.run(async () => {
        const said = await send(values);
        setValues(initial);
        return said;
      });
      setBusy(false);
    };

  return {
    errors,
    field,
    busy,
    onSubmit,
    notice: action.notice,
    /** The problem to show above the form when it is not about one of its fields. */
    problem: failure && errors.length === 0 ? failure : null,
  };
}
