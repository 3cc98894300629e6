import { useMemo, useRef, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type Path,
  type Resolver,
  type UseFormRegisterReturn,
} from 'react-hook-form';
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

/** What wires a control to one field: react-hook-form's registration, the control's id and the field's message. */
export type AdminField = UseFormRegisterReturn & { id: string; error: string | undefined };

/** The page's plain-language checks: [field, message] pairs, `false` for a check that passed. */
type Check<V> = (values: V) => Array<[keyof V, string] | false>;

/**
 * One small form of the administrator's pages on react-hook-form: its values by name, the plain-language checks
 * made before sending (as the form's resolver), and the API's own validation errors set on the same fields
 * (ids `${prefix}-${name}`). Messages stay until the next attempt; the values go back to `initial` once the API
 * accepted them.
 */
export function useAdminForm<V extends Record<string, string>>(
  prefix: string,
  initial: V,
  problemFields: ProblemFields<V> = {},
) {
  const action = useAction();
  // The check of the submit in progress (pages pass it to onSubmit), read by the resolver.
  const check = useRef<Check<V>>(() => []);
  const resolver: Resolver<V> = async (values) => {
    const found = check.current(values).filter((pair): pair is [keyof V, string] => pair !== false);
    if (found.length === 0) return { values, errors: {} };
    // A field's first failed check is the one it shows.
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [name, message] of found) errors[String(name)] ??= { type: 'check', message };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
  const form = useForm<V>({
    defaultValues: initial as DefaultValues<V>,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors: fieldErrors, isSubmitting, submitCount } = form.formState;
  const idOf = (name: keyof V) => `${prefix}-${String(name)}`;

  // Pages pass the mapping inline (a new object each render): read through a ref so `errors` stays put.
  const mapping = useRef(problemFields);
  mapping.current = problemFields;

  const checked = Object.entries(fieldErrors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ fieldId: idOf(name), message: error.message }] : [],
  );
  const signature = checked.map((e) => `${e.fieldId}\u0000${e.message}`).join('\u0001');
  const { failure } = action;
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, submitCount, failure, prefix]);

  /** What wires a control to the field `name`: its registration, id and error, spread onto the control. */
  const field = (name: keyof V): AdminField => ({
    ...form.register(name as Path<V>),
    id: idOf(name),
    error: errors.find((e) => e.fieldId === idOf(name))?.message,
  });

  /** The submit handler: `check` answers [field, message] pairs (false: fine); `send` calls the API and answers the notice. */
  const onSubmit = (checkValues: Check<V>, send: (v: V) => Promise<string>) => (event: FormEvent) => {
    check.current = checkValues;
    return form.handleSubmit((values) =>
      action.run(async () => {
        const said = await send(values);
        form.reset(initial);
        return said;
      }),
    )(event);
  };

  return {
    errors,
    field,
    busy: isSubmitting,
    onSubmit,
    notice: action.notice,
    /** The problem to show above the form when it is not about one of its fields. */
    problem: failure && errors.length === 0 ? failure : null,
  };
}
