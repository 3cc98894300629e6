import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { call } from '../api/client';
import { useSession } from '../auth/session';
import { ApiError } from '../api/problem';
import { useLocalized, useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { useInvalidate } from '../queries/use-invalidate';
import { Async, ErrorSummary, PageTitle, ProblemMessage, TextArea } from '../ui/components';
import { useErrorList } from '../ui/use-error-list';
import { feedbackTexts } from './feedback-texts';

const POINTS = [1, 2, 3, 4, 5] as const;
const COMMENT_MAX = 2000;

type Answers = Record<string, string>;

/** One stage's questionnaire of one proposal: five-point items as radio groups, one free text, sent once. */
export function FeedbackPage({ proposalId, stage }: { proposalId: string; stage: string }) {
  const t = useT(feedbackTexts);
  const localized = useLocalized();
  const invalidate = useInvalidate();
  // Back to where the invitation was: the workspace of a proposer, else the review desk of a department's staff.
  const home = useSession().hasRole('proposer') ? '/workspace' : '/review';
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const invitations = useApiQuery(keys.me.feedback(), (signal) => call('GET /api/v1/me/feedback', { signal }), {
    enabled: !sent,
  });
  const { register, handleSubmit, formState } = useForm<Answers>({ mode: 'onSubmit', reValidateMode: 'onSubmit' });
  const { errors, isSubmitting, submitCount } = formState;
  const asked = invitations.data?.find((i) => i.proposalId === proposalId && i.stage === stage);
  const summary = useErrorList(errors, submitCount, [
    ...(asked?.questionnaire.questions ?? []).map((q): [string, string] => [q.key, `feedback-${q.key}-1`]),
    ['comment', 'feedback-comment'],
  ]);

  if (sent) {
    return (
      <section>
        <PageTitle>{t('invitationsTitle')}</PageTitle>
        <div role="status" className="notice notice-good">
          <p className="notice-title">{t('thanks')}</p>
        </div>
        <p>
          <Link to={home}>{t('back')}</Link>
        </p>
      </section>
    );
  }

  return (
    <Async state={invitations}>
      {(items) => {
        const invitation = items.find((i) => i.proposalId === proposalId && i.stage === stage);
        if (!invitation) {
          return (
            <section>
              <PageTitle>{t('invitationsTitle')}</PageTitle>
              <p>{t('notFound')}</p>
              <p>
                <Link to={home}>{t('back')}</Link>
              </p>
            </section>
          );
        }
        const { questionnaire } = invitation;
        const stageName = localized(questionnaire.title);
        const submit = async (answers: Answers) => {
          setProblem(null);
          try {
            await call('POST /api/v1/me/feedback', {
              body: {
                proposalId,
                stage: invitation.stage,
                ratings: questionnaire.questions.map((q) => ({ question: q.key, value: Number(answers[q.key]) })),
                ...(answers.comment?.trim() ? { comment: answers.comment.trim() } : {}),
              },
            });
            setSent(true);
            await invalidate(keys.me.feedback());
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            setProblem(error);
          }
        };
        return (
          <section>
            <PageTitle>{t('pageTitle', { stage: stageName })}</PageTitle>
            <p>{t('about', { title: invitation.proposalTitle, year: invitation.fiscalYear, stage: stageName })}</p>
            <p className="field-hint">{t('anonymity')}</p>
            <form
              onSubmit={handleSubmit(submit, () => setProblem(null))}
              noValidate
              aria-label={t('pageTitle', { stage: stageName })}
            >
              <ErrorSummary errors={summary} />
              {problem ? <ProblemMessage error={problem} /> : null}
              {questionnaire.questions.map((question) => {
                const label = localized(question.text);
                return (
                  <fieldset
                    key={question.key}
                    className="criterion"
                    aria-invalid={errors[question.key] ? true : undefined}
                  >
                    <legend>{label}</legend>
                    {errors[question.key] ? <p className="field-error">{errors[question.key]?.message}</p> : null}
                    <div className="score-options">
                      {POINTS.map((point) => (
                        <label key={point} className="score-option">
                          <input
                            id={`feedback-${question.key}-${point}`}
                            type="radio"
                            value={String(point)}
                            {...register(question.key, { required: t('missing', { question: label }) })}
                          />
                          <span className="score-descriptor">{t(`scale${point}`)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
              <TextArea
                id="feedback-comment"
                label={localized(questionnaire.comment)}
                hint={t('commentHint')}
                error={errors.comment?.message}
                {...register('comment', {
                  validate: (value) => (value ?? '').length <= COMMENT_MAX || t('commentTooLong'),
                })}
              />
              <div className="button-row">
                <button id="feedback-submit" type="submit" className="button" disabled={isSubmitting}>
                  {t('submit')}
                </button>
              </div>
            </form>
          </section>
        );
      }}
    </Async>
  );
}
