import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useSession } from '../../../auth/session';
import { useLocalized, useT } from '../../../i18n/i18n';
import { ProblemMessage, TextField } from '../../../ui/components';
import type { Call } from '../models';
import { api } from '../proposer-api';
import { texts } from '../texts';

/** The title form that starts a proposal in an open call, then opens it in the editor. */
export function StartProposal({ call }: { call: Call }) {
  const t = useT(texts);
  const localized = useLocalized();
  const { me } = useSession();
  const navigate = useNavigate();
  // Checked on submit; the message stays until the next attempt.
  const { register, handleSubmit, formState } = useForm({
    defaultValues: { title: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [problem, setProblem] = useState<ApiError>();
  // One key for the form's life: a second press after a lost answer does not start a second proposal.
  const [key] = useState(newIdempotencyKey);
  const organizationId = me?.memberships.find((m) => m.role === 'proposer' && m.organizationId)?.organizationId;
  if (!organizationId) return <p>{t('noOrganization')}</p>;
  const start = async ({ title }: { title: string }) => {
    try {
      const created = await api.start(call.id, organizationId, title.trim(), key);
      void navigate(`/workspace/proposals/${created.id}`);
    } catch (failure) {
      if (failure instanceof ApiError) setProblem(failure);
    }
  };
  return (
    <form
      noValidate
      onSubmit={handleSubmit(start)}
      aria-label={t('newProposalIn', { call: localized({ ja: call.titleJa, en: call.titleEn }) })}
    >
      <TextField
        id={`new-title-${call.id}`}
        label={t('newTitleLabel')}
        hint={t('newTitleHint')}
        required
        maxLength={200}
        error={formState.errors.title?.message}
        {...register('title', { validate: (title) => (title.trim() ? true : t('newTitleMissing')) })}
      />
      {problem ? <ProblemMessage error={problem} /> : null}
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('newProposal')}
      </button>
    </form>
  );
}
