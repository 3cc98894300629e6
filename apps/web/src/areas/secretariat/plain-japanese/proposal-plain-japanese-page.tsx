import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Async, PageTitle, ProblemMessage, TextArea } from '../../../ui/components';
import { Findings } from './plain-japanese-page';
import { proposalPlainJapaneseTexts } from './proposal-plain-japanese-texts';
import { useVersionEditor } from './use-version-editor';

type Comment = Schema<'ProposalCommentPlainJapanese'>;
type Subject = Comment['subject'];

/**
 * The やさしい日本語 versions of a proposal's published 講評 (the decision's, the end-of-term assessment's): each written
 * beside the text as published, checked against the guideline, saved and published beside it.
 */
export function ProposalPlainJapanesePage({ proposalId }: { proposalId: string }) {
  const t = useT(proposalPlainJapaneseTexts);
  const state = useApiQuery(keys.proposalPlainJapanese(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}/plain-japanese', { path: { id: proposalId }, signal }),
  );
  const [findings, setFindings] = useState<{ subject: Subject; result: Schema<'PlainJapaneseCheck'> }>();
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>
        <Link to={`/console/proposals/${proposalId}`}>← {t('back')}</Link>
      </p>
      <p>{t('intro')}</p>
      <Async state={state}>
        {(versions) => (
          <>
            {versions.title ? <p className="meta">{versions.title}</p> : null}
            {versions.comments.map((comment) => (
              <CommentForm
                key={comment.subject}
                proposalId={proposalId}
                comment={comment}
                onChecked={(result) => setFindings({ subject: comment.subject, result })}
              />
            ))}
          </>
        )}
      </Async>
      {findings ? (
        <section className="console-panel" aria-live="polite" aria-labelledby="plain-findings-heading">
          <h2 id="plain-findings-heading">{t('findingsFor', { text: t(findings.subject) })}</h2>
          <Findings result={findings.result} />
        </section>
      ) : null}
    </section>
  );
}

function CommentForm({
  proposalId,
  comment,
  onChecked,
}: {
  proposalId: string;
  comment: Comment;
  onChecked: (result: Schema<'PlainJapaneseCheck'>) => void;
}) {
  const t = useT(proposalPlainJapaneseTexts);
  const { locale } = useLocale();
  const invalidate = useInvalidate();
  const { register, handleSubmit, getValues, formState } = useForm<{ text: string }>({
    defaultValues: { text: comment.text ?? '' },
  });
  const { notice, failure, attempt, checkText } = useVersionEditor();
  const subject = comment.subject;
  const id = subject.replace('_', '-');

  const check = () =>
    attempt(async () => {
      onChecked(await checkText(getValues('text')));
    });
  const save = ({ text }: { text: string }) =>
    attempt(async () => {
      const saved = await call('PUT /api/v1/proposals/{id}/plain-japanese', {
        path: { id: proposalId },
        body: { subject, text },
      });
      await invalidate(keys.proposalPlainJapanese(proposalId), keys.public.all);
      const now = saved.comments.find((c) => c.subject === subject);
      return now?.text ? t('saved') : t('withdrawn');
    });

  return (
    <section className="console-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(subject)}</h2>
      <h3>{t('original')}</h3>
      {comment.original ? (
        <p id={`${id}-original`} lang="ja" className="plain-original">
          {comment.original}
        </p>
      ) : (
        <p>{t('notPublished')}</p>
      )}
      {comment.original ? (
        <form onSubmit={handleSubmit(save)} noValidate>
          <TextArea
            id={`${id}-version`}
            label={t(`${subject}Text`)}
            hint={t('textHint')}
            lang="ja"
            rows={6}
            {...register('text')}
          />
          {comment.updatedAt ? (
            <p className="meta">{t('updatedAt', { at: formatDate(comment.updatedAt, locale, true) })}</p>
          ) : null}
          <p>
            <button type="button" className="button button-secondary" onClick={() => void check()}>
              {t('check')}
            </button>{' '}
            <button type="submit" className="button" disabled={formState.isSubmitting}>
              {t('save')}
            </button>
          </p>
          {failure ? <ProblemMessage error={failure} /> : null}
          <div role="status" aria-live="polite">
            {notice ? <p>{notice}</p> : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
