import { call } from '../../api/client';
import { formatNumber, useLocale, useT } from '../../i18n/i18n';
import { Async } from '../../ui/components';
import { ContentTable } from '../../ui/proposal-tables';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { ProposalAttachments } from './proposal-attachments';
import { reviewerTexts } from './texts';

/** The proposal as the reviewer reads it beside the sheet. */
export function ProposalPanel({ proposalId }: { proposalId: string }) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  const proposal = useApiQuery(keys.proposals.one(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}', { path: { id: proposalId }, signal }),
  );
  return (
    <section aria-labelledby="proposal-heading" className="review-proposal">
      <h2 id="proposal-heading">{t('proposalHeading')}</h2>
      <Async state={proposal}>
        {(p) => {
          const content = p.content;
          return (
            <>
              {p.receiptNumber ? <p className="meta">{t('receipt', { number: p.receiptNumber })}</p> : null}
              {(['summary', 'background', 'objectives'] as const).map((key) =>
                content[key] ? (
                  <div key={key}>
                    <h3>{t(key)}</h3>
                    <p className="prose">{content[key]}</p>
                  </div>
                ) : null,
              )}
              {content.kpis?.length ? (
                <>
                  <h3>{t('kpis')}</h3>
                  <ul>
                    {content.kpis.map((kpi) => (
                      <li key={kpi.name}>
                        {kpi.name}: {formatNumber(kpi.target, locale)} {kpi.unit}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {content.schedule?.length ? (
                <>
                  <h3>{t('schedule')}</h3>
                  <ul>
                    {content.schedule.map((row) => (
                      <li key={row.period}>
                        {row.period}: {row.activity}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {(['roleSharing', 'budget'] as const).map((key) =>
                content[key]?.length ? (
                  <div key={key} className="table-scroll" role="region" aria-label={t(key)} tabIndex={0}>
                    <h3>{t(key)}</h3>
                    <ContentTable field={key} rows={content[key]} />
                  </div>
                ) : null,
              )}
              <ProposalAttachments proposalId={proposalId} />
              {typeof content.requestedAmount === 'number' ? (
                <p>
                  <strong>{t('requestedAmount')}</strong>:{' '}
                  {t('yen', { amount: formatNumber(content.requestedAmount, locale) })}
                </p>
              ) : null}
            </>
          );
        }}
      </Async>
    </section>
  );
}
