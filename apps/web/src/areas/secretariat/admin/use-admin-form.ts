import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useAction } from '../../../ui/use-action';

export interface FormError {
  fieldId: string;
  message: string;
}

/**
 * One small form of the administrator's pages: its values by name, the plain-language checks made before
 * sending, and the API's own validation errors shown beside the same fields (ids `${prefix}-${name}`).
 * The values go back to `initial` once the API accepted them.
 */
export function useAdminForm<V extends Record<string, string>>(prefix: string, initial: V) {
  const action = useAction();
  const [values, setValues] = useState<V>(initial);
  const [checked, setChecked] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { failure } = action;

  // Memoised: the summary takes focus whenever the list changes, so it must not change on every render.
  const errors = useMemo<FormError[]>(() => {
    if (checked.length > 0) return checked;
    if (!failure) return [];
    return Object.entries(failure.fieldErrors()).map(([field, message]) => ({
      fieldId: `${prefix}-${field}`,
      message,
    }));
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
