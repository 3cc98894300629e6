import type { UseFormRegister, FieldErrors } from 'react-hook-form';
import type { Schema } from '../../../api/models';
import { useT } from '../../../i18n/i18n';
import { organizationTexts } from '../../../organization/organization-texts';
import { TextField } from '../../../ui/components';

export type AgreementSignatory = Schema<'AgreementSignatory'>;
/** What the form edits of a party: everything but who it is and which side it is on. */
export type PartyValues = Pick<
  AgreementSignatory,
  'organizationId' | 'name' | 'address' | 'representative' | 'phone' | 'email'
>;

const ROLE_KEY = {
  proposer: 'roleProposer',
  partnerDepartment: 'rolePartnerDepartment',
  partnerGroup: 'rolePartnerGroup',
} as const;

export const partyValuesOf = (parties: AgreementSignatory[]): PartyValues[] =>
  parties.map(({ organizationId, name, address, representative, phone, email }) => ({
    organizationId,
    name,
    address,
    representative,
    phone,
    email,
  }));

/**
 * 協定の当事者: one group of fields per party (the proposer, the partner departments, the partner groups), filled from
 * their records (団体情報) and correctable for the 協定書.
 */
export function AgreementPartiesFields({
  parties,
  namedAbove,
  register,
  errors,
}: {
  parties: AgreementSignatory[];
  /** The parties whose names the form asks above (the group and the department the preamble names 乙 and 甲). */
  namedAbove: Array<string | null>;
  // The form's own values hold `parties` beside the other terms.
  register: UseFormRegister<{ parties: PartyValues[] }>;
  errors: FieldErrors<{ parties: PartyValues[] }>;
}) {
  const t = useT(organizationTexts);
  if (parties.length === 0) return null;
  return (
    <fieldset className="console-fieldset" aria-describedby="ag-parties-hint">
      <legend>{t('agreementPartiesLegend')}</legend>
      <p id="ag-parties-hint" className="field-hint">
        {t('agreementPartiesHint')}
      </p>
      {parties.map((party, index) => {
        const role = t(ROLE_KEY[party.role]);
        const id = (field: string) => `ag-party-${index}-${field}`;
        return (
          <fieldset key={party.organizationId} className="console-fieldset">
            <legend>
              {role}：{party.name}
            </legend>
            {namedAbove.includes(party.organizationId) ? null : (
              <TextField
                id={id('name')}
                label={t('partyName')}
                required
                error={errors.parties?.[index]?.name?.message}
                {...register(`parties.${index}.name`, {
                  validate: (value) => (value.trim() ? true : t('errPartyName', { role })),
                })}
              />
            )}
            <TextField id={id('address')} label={t('address')} {...register(`parties.${index}.address`)} />
            <TextField
              id={id('representative')}
              label={t('representative')}
              {...register(`parties.${index}.representative`)}
            />
            <TextField id={id('phone')} type="tel" label={t('phone')} {...register(`parties.${index}.phone`)} />
            <TextField id={id('email')} type="email" label={t('email')} {...register(`parties.${index}.email`)} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
