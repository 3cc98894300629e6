import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { PARTNERSHIP_FORMS, type Partnership, type PartnershipForm } from '../../../partnership/partnership-models';
import { ErrorSummary, ProblemMessage, Select, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { SendWithConfirmation, useConfirmedSend } from '../../../ui/send-with-confirmation';
import { agreementTexts } from './agreement-texts';
import { AgreementPartiesFields, partyValuesOf, type PartyValues } from './agreement-parties-fields';

interface AgreementValues {
  groupName: string;
  departmentName: string;
  termStart: string;
  termEnd: string;
  partnershipForm: PartnershipForm;
  grantedAmount: string;
  roleSharing: string;
  costSharing: string;
  informationSharing: string;
  formNumber: string;
  madeOn: string;
  /** Every party's name and contact details as the 協定書 prints them. */
  parties: PartyValues[];
}

const FIELD_IDS: Array<[keyof AgreementValues, string]> = [
  ['groupName', 'ag-group'],
  ['departmentName', 'ag-department'],
  ['termStart', 'ag-term-start'],
  ['termEnd', 'ag-term-end'],
  ['grantedAmount', 'ag-amount'],
  ['roleSharing', 'ag-roles'],
  ['costSharing', 'ag-costs'],
  ['informationSharing', 'ag-information'],
  ['madeOn', 'ag-made-on'],
];

/** The 協定 form, from the defaults the API carries over from the proposal; concluded after a confirmation. */
export function AgreementForm({
  partnership,
  requestedAmount,
  onConcluded,
}: {
  partnership: Partnership;
  requestedAmount: number;
  onConcluded: (next: Partnership) => void;
}) {
  const t = useT(agreementTexts);
  const { locale } = useLocale();
  const draft = partnership.agreementDraft;
  const { register, handleSubmit, getValues, formState } = useForm<AgreementValues>({
    defaultValues: {
      groupName: draft.group.name,
      departmentName: draft.department.name,
      termStart: draft.termStart,
      termEnd: draft.termEnd,
      partnershipForm: draft.partnershipForm,
      grantedAmount: String(draft.grantedAmount),
      roleSharing: draft.roleSharing,
      costSharing: draft.costSharing,
      informationSharing: draft.informationSharing,
      formNumber: draft.formNumber,
      madeOn: draft.madeOn,
      parties: partyValuesOf(draft.parties),
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, FIELD_IDS);
  const required = (field: keyof typeof agreementTexts.ja) => ({
    validate: (value: string) => (value.trim() ? true : t('errRequired', { field: t(field) })),
  });

  const sending = useConfirmedSend(async () => {
    const values = getValues();
    const next = await call('POST /api/v1/proposals/{id}/agreement', {
      path: { id: partnership.proposal.id },
      body: {
        ...values,
        groupName: values.groupName.trim(),
        departmentName: values.departmentName.trim(),
        grantedAmount: Number(values.grantedAmount),
        formNumber: values.formNumber.trim(),
        parties: values.parties.map((party) => ({
          organizationId: party.organizationId,
          name: party.name.trim(),
          address: party.address.trim(),
          representative: party.representative.trim(),
          phone: party.phone.trim(),
          email: party.email.trim(),
        })),
      },
      ifMatch: partnership.proposal.version,
      idempotencyKey: newIdempotencyKey(),
    });
    onConcluded(next);
  });

  return (
    <form className="agreement-form" noValidate onSubmit={handleSubmit(sending.ask)}>
      <p>{t('intro')}</p>
      <ErrorSummary errors={errors} />
      {sending.failure ? <ProblemMessage error={sending.failure} /> : null}
      <fieldset className="console-fieldset">
        <legend>{t('parties')}</legend>
        <TextField
          id="ag-group"
          label={t('groupName')}
          required
          error={formState.errors.groupName?.message}
          {...register('groupName', required('groupName'))}
        />
        <TextField
          id="ag-department"
          label={t('departmentName')}
          required
          error={formState.errors.departmentName?.message}
          {...register('departmentName', required('departmentName'))}
        />
      </fieldset>
      <AgreementPartiesFields
        parties={draft.parties}
        namedAbove={[draft.group.organizationId, draft.department.organizationId]}
        // The parties' fields register into this form's `parties`; the narrower type is the part they touch.
        register={register as never}
        errors={formState.errors}
      />
      <fieldset className="console-fieldset">
        <legend>{t('term')}</legend>
        <TextField
          id="ag-term-start"
          type="date"
          label={t('termStart')}
          required
          error={formState.errors.termStart?.message}
          {...register('termStart', required('termStart'))}
        />
        <TextField
          id="ag-term-end"
          type="date"
          label={t('termEnd')}
          required
          error={formState.errors.termEnd?.message}
          {...register('termEnd', {
            validate: (end, all) =>
              !end ? t('errRequired', { field: t('termEnd') }) : end > all.termStart ? true : t('errTermOrder'),
          })}
        />
      </fieldset>
      <Select id="ag-form" label={t('form')} required {...register('partnershipForm')}>
        {PARTNERSHIP_FORMS.map((form) => (
          <option key={form} value={form}>
            {t(form)}
          </option>
        ))}
      </Select>
      <TextField
        id="ag-amount"
        inputMode="numeric"
        label={t('grantedAmount')}
        hint={t('grantedHint', { amount: formatNumber(requestedAmount, locale) })}
        required
        error={formState.errors.grantedAmount?.message}
        {...register('grantedAmount', {
          validate: (value) => (/^\d{1,11}$/.test(value.trim()) ? true : t('errAmount')),
        })}
      />
      <TextArea
        id="ag-roles"
        rows={4}
        label={t('roleSharing')}
        required
        error={formState.errors.roleSharing?.message}
        {...register('roleSharing', required('roleSharing'))}
      />
      <TextArea
        id="ag-costs"
        rows={3}
        label={t('costSharing')}
        required
        error={formState.errors.costSharing?.message}
        {...register('costSharing', required('costSharing'))}
      />
      <TextArea
        id="ag-information"
        rows={2}
        label={t('informationSharing')}
        hint={t('informationHint')}
        required
        error={formState.errors.informationSharing?.message}
        {...register('informationSharing', required('informationSharing'))}
      />
      <TextField id="ag-form-number" label={t('formNumber')} hint={t('formNumberHint')} {...register('formNumber')} />
      <TextField
        id="ag-made-on"
        type="date"
        label={t('madeOn')}
        required
        error={formState.errors.madeOn?.message}
        {...register('madeOn', required('madeOn'))}
      />
      <SendWithConfirmation
        sending={sending}
        label={t('conclude')}
        title={t('confirmTitle')}
        action="conclude"
        dialogClassName="console-dialog"
      >
        <p>{t('confirmBody')}</p>
        <dl className="pairs">
          <dt>{t('parties')}</dt>
          <dd>
            {getValues('groupName')} ／ {getValues('departmentName')}
          </dd>
          <dt>{t('term')}</dt>
          <dd>
            {getValues('termStart')} – {getValues('termEnd')}
          </dd>
          <dt>{t('form')}</dt>
          <dd>{t(getValues('partnershipForm'))}</dd>
          <dt>{t('grantedAmount')}</dt>
          <dd>{formatNumber(Number(getValues('grantedAmount') || 0), locale)}</dd>
        </dl>
      </SendWithConfirmation>
    </form>
  );
}
