import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { useErrorList } from '../../../ui/use-error-list';
import { LanguageSelect } from '../components/language-select';
import { downloadReport } from '../components/report-download';
import { allProposals, callTitle } from '../data';
import type { Report } from '../models';
import { reportsTexts } from './reports-texts';

const KINDS = ['call-summary-pdf', 'evaluation-sheet-pdf', 'call-workbook-xlsx'] as const;
type Kind = (typeof KINDS)[number];

interface ReportValues {
  kind: Kind;
  callId: string;
  /** For the evaluation sheet of one proposal only. */
  proposalId: string;
  /** The report's language, not the console's. */
  locale: 'ja' | 'en';
}

/** Ask for a report (202), poll it until it is ready, download it; and the list of earlier ones. */
export function ReportsPage() {
  const t = useT(reportsTexts);
  const { locale } = useLocale();
  const calls = useApiQuery(keys.calls.list(), (signal) => call('GET /api/v1/calls', { signal }));
  // Reports are built by the worker: while one of the list is still queued, the list reads itself again.
  const list = useApiQuery(
    keys.reports.list(),
    (signal) => call('GET /api/v1/reports', { query: { limit: 50 }, signal }),
    {
      refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'queued') ? 2_000 : false),
    },
  );
  const invalidate = useInvalidate();
  // Checked on submit; the messages stay until the next attempt.
  const { control, register, handleSubmit, watch, formState } = useForm<ReportValues>({
    defaultValues: { kind: 'call-summary-pdf', callId: '', proposalId: '', locale },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['callId', 'report-call'],
    ['proposalId', 'report-proposal'],
  ]);
  const [kind, callId] = watch(['kind', 'callId']);
  const [failure, setFailure] = useState<ApiError>();
  const [asked, setAsked] = useState<Report>();
  const proposals = useApiQuery(keys.calls.proposalList(callId), async (signal) =>
    callId ? allProposals(signal, callId) : [],
  );
  // The report just asked for, read every second until the worker has built it (or failed).
  const polled = useApiQuery(
    [...keys.reports.all, asked?.id],
    (signal) => call('GET /api/v1/reports/{id}', { path: { id: asked!.id }, signal }),
    {
      enabled: asked !== undefined,
      placeholderData: undefined,
      refetchInterval: (query) => ((query.state.data ?? asked)?.status === 'queued' ? 1_000 : false),
    },
  );
  const pending = polled.data ?? asked;
  const settled = pending !== undefined && pending.status !== 'queued';
  useEffect(() => {
    if (settled) void invalidate(keys.reports.list());
  }, [settled, invalidate]);
  const pollFailure = polled.error ?? undefined;

  const submit = async ({ kind, callId, proposalId, locale: reportLocale }: ReportValues) => {
    setFailure(undefined);
    try {
      const report = await call('POST /api/v1/reports', {
        body: { kind, callId, locale: reportLocale, ...(kind === 'evaluation-sheet-pdf' ? { proposalId } : {}) },
        idempotencyKey: newIdempotencyKey(),
      });
      setAsked(report);
      await invalidate(keys.reports.list());
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const download = (report: Report) =>
    downloadReport(report).catch((error) => error instanceof ApiError && setFailure(error));
  const tone = (status: Report['status']) => (status === 'ready' ? 'good' : status === 'failed' ? 'bad' : 'info');

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <section className="console-panel" aria-labelledby="ask-heading">
        <h2 id="ask-heading">{t('ask')}</h2>
        <form onSubmit={handleSubmit(submit)} noValidate>
          <ErrorSummary errors={errors} />
          <div className="console-grid">
            <Select id="report-kind" label={t('kind')} required {...register('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(k)}
                </option>
              ))}
            </Select>
            <Select
              id="report-call"
              label={t('call')}
              required
              error={formState.errors.callId?.message}
              {...register('callId', { validate: (id) => (id ? true : t('errCall')) })}
            >
              <option value="">—</option>
              {(calls.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {callTitle(c, locale)}
                </option>
              ))}
            </Select>
            {kind === 'evaluation-sheet-pdf' ? (
              <Select
                id="report-proposal"
                label={t('proposal')}
                required
                error={formState.errors.proposalId?.message}
                {...register('proposalId', {
                  validate: (id, all) => (all.kind !== 'evaluation-sheet-pdf' || id ? true : t('errProposal')),
                })}
              >
                <option value="">—</option>
                {(proposals.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </Select>
            ) : null}
            <Controller
              control={control}
              name="locale"
              render={({ field }) => (
                <LanguageSelect id="report-locale" required value={field.value} onChange={field.onChange} />
              )}
            />
          </div>
          <button id="report-submit" type="submit" className="button">
            {t('request')}
          </button>
        </form>
        {failure ? <ProblemMessage error={failure} /> : null}
        {pollFailure ? <ProblemMessage error={pollFailure} /> : null}
        <div role="status" aria-live="polite">
          {pending?.status === 'queued' ? <p>{t('polling')}</p> : null}
          {pending?.status === 'ready' ? (
            <p>
              {t('readyNow')}{' '}
              <button type="button" className="button" id="report-download-ready" onClick={() => download(pending)}>
                {t('download')}
              </button>
            </p>
          ) : null}
          {pending?.status === 'failed' ? <p>{`${t('failed')}: ${pending.error ?? ''}`}</p> : null}
        </div>
      </section>
      <section className="console-panel" aria-labelledby="list-heading">
        <h2 id="list-heading">{t('list')}</h2>
        <button type="button" className="button button-secondary" onClick={() => void list.refetch()}>
          {t('refresh')}
        </button>
        <Async state={list}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('created')}</th>
                      <th scope="col">{t('kind')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col" className="number">
                        {t('size')}
                      </th>
                      <th scope="col">{t('file')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((r) => (
                      <tr key={r.id}>
                        <td>{formatDate(r.createdAt, locale, true)}</td>
                        <td>{t(r.kind)}</td>
                        <td>
                          <StatusBadge tone={tone(r.status)}>{t(r.status)}</StatusBadge>
                        </td>
                        <td className="number">
                          {r.byteSize ? `${formatNumber(r.byteSize / 1024, locale, 1)} KB` : '—'}
                        </td>
                        <td>
                          {r.status === 'ready' ? (
                            <button type="button" className="button button-secondary" onClick={() => download(r)}>
                              {t('download')}
                              <span className="visually-hidden">：{r.fileName}</span>
                            </button>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Async>
      </section>
    </section>
  );
}
