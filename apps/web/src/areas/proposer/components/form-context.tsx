import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';
import type { FormState } from '../form-model';

export interface FormContextValue {
  state: FormState;
  update(patch: Partial<FormState>): void;
  /** The message to show beside the input with this id now (format errors always; missing ones once touched). */
  errorFor(id: string): string | undefined;
  touch(id: string): void;
  /** The secretariat's reasons for correction concerning this input. */
  reasonsFor(id: string): string[];
  readOnly: boolean;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm outside the proposal form');
  return value;
}

/** The secretariat's reasons beside a part, marked so they stand out from the hint. */
export function ReasonNote({ reasons }: { reasons: string[] }) {
  const t = useT(formTexts);
  if (reasons.length === 0) return null;
  return (
    <span className="return-reason">
      <strong>{t('reasonHere')}: </strong>
      {reasons.join(' ')}
    </span>
  );
}

/** A field's hint with the reasons in front, or undefined when there is neither. */
export function withReasons(reasons: string[], hint?: ReactNode): ReactNode {
  if (reasons.length === 0) return hint;
  return (
    <>
      <ReasonNote reasons={reasons} />
      {hint ? <span className="hint-after-reason">{hint}</span> : null}
    </>
  );
}
