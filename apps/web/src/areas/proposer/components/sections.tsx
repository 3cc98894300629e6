import { Controller, useFormContext } from 'react-hook-form';
import { useLocale, useT } from '../../../i18n/i18n';
import { TextArea, TextField } from '../../../ui/components';
import { fieldId, type FormState } from '../form-model';
import { formTexts } from '../form-texts';
import type { ActivityField } from '../models';
import { ReasonNote, useProposalForm, withReasons } from './form-context';
import { ScheduleTable } from './schedule-table';

type Key = keyof (typeof formTexts)['ja'];
type TextName =
  | 'title'
  | 'summary'
  | 'background'
  | 'objectives'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'orgRepresentative'
  | 'orgFounded'
  | 'orgMembers'
  | 'orgActivities';

function Text({
  name,
  label,
  hint,
  required = true,
  area = false,
  type,
}: {
  name: TextName | 'requestedAmount';
  label: Key;
  hint?: string;
  required?: boolean;
  area?: boolean;
  type?: string;
}) {
  const t = useT(formTexts);
  const form = useProposalForm();
  const { register } = useFormContext<FormState>();
  const field = register(name);
  const id = fieldId(name);
  const common = {
    id,
    label: t(label),
    hint: withReasons(form.reasonsFor(id), hint),
    error: form.errorFor(id),
    required,
    readOnly: form.readOnly,
    ...field,
    // Leaving a field is what lets its "missing" message show.
    onBlur: (event: { target: unknown; type?: unknown }) => {
      void field.onBlur(event);
      form.touch(id);
    },
  };
  return area ? (
    <TextArea {...common} rows={6} />
  ) : (
    <TextField
      {...common}
      type={type}
      inputMode={name === 'requestedAmount' || name === 'orgMembers' ? 'numeric' : undefined}
      autoComplete={name === 'contactEmail' ? 'email' : name === 'contactPhone' ? 'tel' : undefined}
    />
  );
}

export function OverviewSection({ fields }: { fields: ActivityField[] }) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const form = useProposalForm();
  const { control } = useFormContext<FormState>();
  const fieldsId = fieldId('activityFields');
  const error = form.errorFor(fieldsId);
  return (
    <>
      <Text name="title" label="title" hint={t('titleHint')} />
      <Text name="summary" label="summary" hint={t('summaryHint')} area />
      <fieldset className={error ? 'field field-invalid choice-group' : 'field choice-group'}>
        <legend className="field-label">
          {t('activityFields')} <span className="badge badge-required">{locale === 'ja' ? '必須' : 'required'}</span>
        </legend>
        <p className="field-hint" id={`${fieldsId}-hint`}>
          <ReasonNote reasons={form.reasonsFor(fieldsId)} /> {t('activityFieldsHint')}
        </p>
        {error ? (
          <p className="field-error" id={`${fieldsId}-error`}>
            {error}
          </p>
        ) : null}
        {/* A Controller, not register: the chosen keys stay a list in the order chosen, even with one choice. */}
        <Controller
          control={control}
          name="activityFields"
          render={({ field: { value: chosen, onChange } }) => (
            <div className="choices">
              {fields.map((field, index) => (
                <label key={field.key} className="choice">
                  <input
                    type="checkbox"
                    id={index === 0 ? fieldsId : undefined}
                    checked={chosen.includes(field.key)}
                    disabled={form.readOnly}
                    aria-describedby={error ? `${fieldsId}-error` : undefined}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...chosen, field.key] : chosen.filter((k) => k !== field.key))
                    }
                    onBlur={() => form.touch(fieldsId)}
                  />
                  {locale === 'ja' ? field.labelJa : field.labelEn}
                </label>
              ))}
            </div>
          )}
        />
      </fieldset>
      <OrganizationFields />
      <Text name="contactName" label="contactName" hint={t('contactHint')} />
      <Text name="contactEmail" label="contactEmail" type="email" />
      <Text name="contactPhone" label="contactPhone" type="tel" required={false} />
    </>
  );
}

export function ContentSection({ maxAmount }: { maxAmount: number | null }) {
  const t = useT(formTexts);
  return (
    <>
      <Text name="background" label="background" hint={t('backgroundHint')} area />
      <Text name="objectives" label="objectives" area />
      <Text
        name="requestedAmount"
        label="requestedAmount"
        hint={maxAmount !== null ? t('requestedAmountHint', { max: maxAmount.toLocaleString() }) : undefined}
      />
      <h3>{t('schedule')}</h3>
      <ScheduleTable />
    </>
  );
}

/** 団体の概要: screened with the rest and returnable, so the proposer must be able to write and correct it. */
function OrganizationFields() {
  const t = useT(formTexts);
  const form = useProposalForm();
  return (
    <fieldset className="field">
      <legend className="field-label">{t('organizationProfile')}</legend>
      <p className="field-hint">
        <ReasonNote reasons={form.reasonsFor(fieldId('organizationProfile'))} /> {t('organizationProfileHint')}
      </p>
      <Text name="orgRepresentative" label="orgRepresentative" required={false} />
      <Text name="orgFounded" label="orgFounded" hint={t('orgFoundedHint')} required={false} />
      <Text name="orgMembers" label="orgMembers" required={false} />
      <Text name="orgActivities" label="orgActivities" required={false} area />
    </fieldset>
  );
}
