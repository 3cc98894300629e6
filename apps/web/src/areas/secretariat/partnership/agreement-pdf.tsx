import { useState } from 'react';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ProblemMessage } from '../../../ui/components';
import type { Report } from '../models';
import { downloadReport } from '../components/report-download';

const texts = defineMessages({
  ja: {
    make: '協定書（PDF）を作成する',
    making: '協定書を作成しています…',
    ready: '協定書を作成しました。',
    download: '協定書をダウンロード',
    failed: '協定書を作成できませんでした。時間をおいてもう一度お試しください。',
  },
  en: {
    make: 'Make the agreement document (PDF)',
    making: 'Making the agreement document…',
    ready: 'The agreement document is ready.',
    download: 'Download the agreement document',
    failed: 'The agreement document could not be made. Try again later.',
  },
});

/** 協定書: asks the worker for the PDF (a report of kind agreement-pdf), follows it until built, offers the download. */
export function AgreementPdf({ proposalId, callId }: { proposalId: string; callId: string }) {
  const t = useT(texts);
  const [asked, setAsked] = useState<Report>();
  const [problem, setProblem] = useState<ApiError>();
  // Read every second until the worker has built it (or failed), as the reports page does.
  const polled = useApiQuery(
    [...keys.reports.all, asked?.id],
    (signal) => call('GET /api/v1/reports/{id}', { path: { id: asked!.id }, signal }),
    {
      enabled: asked !== undefined,
      placeholderData: undefined,
      refetchInterval: (query) => ((query.state.data ?? asked)?.status === 'queued' ? 1_000 : false),
    },
  );
  const report = polled.data ?? asked;

  const make = async () => {
    setProblem(undefined);
    try {
      setAsked(await call('POST /api/v1/reports', { body: { kind: 'agreement-pdf', callId, proposalId } }));
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
    }
  };

  const status = !report
    ? ''
    : report.status === 'queued'
      ? t('making')
      : report.status === 'ready'
        ? t('ready')
        : t('failed');
  return (
    <div className="agreement-pdf">
      {problem ? <ProblemMessage error={problem} /> : null}
      <p role="status" aria-live="polite" className="notice-inline">
        {status}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          data-action="agreement-pdf"
          onClick={() => void make()}
        >
          {t('make')}
        </button>
        {report?.status === 'ready' ? (
          <button
            type="button"
            className="button"
            data-action="agreement-download"
            onClick={() => void downloadReport(report)}
          >
            {t('download')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
