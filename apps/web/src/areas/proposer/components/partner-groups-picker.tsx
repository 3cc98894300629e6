import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';
import { useLocalized, useT } from '../../../i18n/i18n';
import { organizationTexts } from '../../../organization/organization-texts';
import { ProblemMessage } from '../../../ui/components';

type Organization = Pick<Schema<'Organization'>, 'id' | 'kind' | 'nameJa' | 'nameEn'>;

/**
 * 協働相手: a department's proposal names the citizen groups it works with, chosen from the registered
 * organisations (groups and intermediaries; departments are partners of another kind). Saved on its own, beside the
 * proposal form, like the choice of a continued project.
 */
export function PartnerGroupsPicker({
  organizations,
  current,
  onSave,
}: {
  organizations: Organization[];
  current: string[];
  onSave: (partnerGroupIds: string[]) => Promise<void>;
}) {
  const t = useT(organizationTexts);
  const localized = useLocalized();
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const groups = organizations.filter((o) => o.kind !== 'department');
  const { register, handleSubmit, formState } = useForm<{ partnerGroupIds: string[] }>({
    defaultValues: { partnerGroupIds: current },
  });

  const save = async ({ partnerGroupIds }: { partnerGroupIds: string[] | false }) => {
    setFailure(undefined);
    setNotice('');
    try {
      // One checkbox ticked alone arrives as an array too; none ticked as false.
      await onSave(Array.isArray(partnerGroupIds) ? partnerGroupIds : []);
      setNotice(t('partnerGroupsSaved'));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(save)} aria-labelledby="partner-groups-heading">
      <h2 id="partner-groups-heading">{t('partnerGroupsHeading')}</h2>
      <p>{t('partnerGroupsIntro')}</p>
      {failure ? <ProblemMessage error={failure} /> : null}
      {groups.length === 0 ? (
        <p className="notice">{t('partnerGroupsNone')}</p>
      ) : (
        <fieldset className="checkbox-group">
          <legend>{t('partnerGroupsLegend')}</legend>
          {groups.map((o) => (
            <div className="checkbox" key={o.id}>
              <input id={`partner-group-${o.id}`} type="checkbox" value={o.id} {...register('partnerGroupIds')} />
              <label htmlFor={`partner-group-${o.id}`}>{localized({ ja: o.nameJa, en: o.nameEn })}</label>
            </div>
          ))}
        </fieldset>
      )}
      <button id="partner-groups-submit" type="submit" className="button" disabled={formState.isSubmitting}>
        {t('savePartnerGroups')}
      </button>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </form>
  );
}
