import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';

/**
 * What the proposal's parts need beside react-hook-form's own context (whose values are the form-model's
 * FormState): when to show a message, the secretariat's reasons, and whether the form can be edited at all.
 */
export interface FormContextValue {
  /** The message to show beside the input with this id now (format errors always; missing ones once touched). */
  errorFor(id: string): string | undefined;
  touch(id: string): void;
  /** The secretariat's reasons for correction concerning this input. */
  reasonsFor(id: string): string[];
  readOnly: boolean;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useProposalForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useProposalForm outside the proposal form');
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
