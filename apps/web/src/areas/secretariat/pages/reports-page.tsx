import { useEffect, useState, type FormEvent } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { LanguageSelect } from '../components/language-select';
import { downloadReport } from '../components/report-download';
import { allProposals, callTitle } from '../data';
import type { Report } from '../models';
import { reportsTexts } from './reports-texts';

const KINDS = ['call-summary-pdf', 'evaluation-sheet-pdf', 'call-workbook-xlsx'] as const;
type Kind = (typeof KINDS)[number];

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
  const [kind, setKind] = useState<Kind>('call-summary-pdf');
  const [callId, setCallId] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [reportLocale, setReportLocale] = useState<'ja' | 'en'>(locale);
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Array<{ fieldId: string; message: string }> = [];
    if (!callId) found.push({ fieldId: 'report-call', message: t('errCall') });
    if (kind === 'evaluation-sheet-pdf' && !proposalId)
      found.push({ fieldId: 'report-proposal', message: t('errProposal') });
    setErrors(found);
    if (found.length > 0) return;
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
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} />
          <div className="console-grid">
            <Select id="report-kind" label={t('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
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
              value={callId}
              onChange={(e) => setCallId(e.target.value)}
              error={errors.find((e) => e.fieldId === 'report-call')?.message}
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
                value={proposalId}
                onChange={(e) => setProposalId(e.target.value)}
                error={errors.find((e) => e.fieldId === 'report-proposal')?.message}
              >
                <option value="">—</option>
                {(proposals.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </Select>
            ) : null}
            <LanguageSelect id="report-locale" value={reportLocale} onChange={setReportLocale} />
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
