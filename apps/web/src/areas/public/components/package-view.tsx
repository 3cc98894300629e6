import { defineMessages, formatDate, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { StatusBadge } from '../../../ui/components';
import type { PublicPackage } from '../models';
import { decisionTone, publicTexts } from '../texts';

export const packageTexts = defineMessages({
  ja: {
    overview: '提案の概要',
    organization: '提案団体',
    partners: '協働する担当課',
    call: '募集',
    theme: '市提案テーマ',
    receipt: '受付番号',
    requested: '負担金の額',
    fields: '活動分野',
    summary: '事業の概要',
    background: '背景・地域の課題',
    objectives: '目的',
    kpis: '成果指標',
    target: '目標 {target}{unit}',
    decision: '審査結果',
    decidedAt: '決定日 {date}',
    comment: '合同評価会議の講評',
    conditions: '採択の条件',
    resolved: '対応済み',
    open: '対応中',
    assessment: '事業評価の結果',
    verdict: '評価 {verdict}',
    committee: '評価委員会',
  },
  en: {
    overview: 'Overview',
    organization: 'Proposer',
    partners: 'Partner departments',
    call: 'Call',
    theme: 'City theme',
    receipt: 'Receipt number',
    requested: 'Requested contribution',
    fields: 'Activity fields',
    summary: 'Summary',
    background: 'Background',
    objectives: 'Objectives',
    kpis: 'Indicators',
    target: 'Target {target} {unit}',
    decision: 'Decision',
    decidedAt: 'Decided on {date}',
    comment: 'Comments of the joint evaluation',
    conditions: 'Conditions of adoption',
    resolved: 'Met',
    open: 'Open',
    assessment: 'Project evaluation',
    verdict: 'Rating {verdict}',
    committee: 'Evaluation committee',
  },
});

/** The decision with its 講評 and conditions: what a reader looks for first. */
export function DecisionView({ pkg }: { pkg: PublicPackage }) {
  const t = useT(packageTexts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  if (!pkg.decision) return null;
  return (
    <section aria-labelledby="public-decision" className="public-decision">
      <h2 id="public-decision">{t('decision')}</h2>
      <p>
        <StatusBadge tone={decisionTone(pkg.decision.outcome)}>{p(pkg.decision.outcome)}</StatusBadge>{' '}
        <span className="meta">{t('decidedAt', { date: formatDate(pkg.decision.decidedAt, locale) })}</span>
      </p>
      <h3>{t('comment')}</h3>
      <p className="public-comment">{pkg.decision.comment}</p>
      {(pkg.conditions ?? []).length > 0 ? (
        <>
          <h3>{t('conditions')}</h3>
          <ul>
            {pkg.conditions.map((condition, index) => (
              <li key={index}>
                {condition.text}{' '}
                <StatusBadge tone={condition.resolved ? 'good' : 'neutral'}>
                  {condition.resolved ? t('resolved') : t('open')}
                </StatusBadge>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function AssessmentView({ pkg }: { pkg: PublicPackage | null }) {
  const t = useT(packageTexts);
  const { locale } = useLocale();
  if (!pkg?.assessment) return null;
  return (
    <section aria-labelledby="public-assessment">
      <h2 id="public-assessment">{t('assessment')}</h2>
      <p>
        <StatusBadge tone="info">{t('verdict', { verdict: pkg.assessment.verdict })}</StatusBadge>{' '}
        <span className="meta">{formatDate(pkg.assessment.assessedAt, locale)}</span>
      </p>
      <p className="public-comment">{pkg.assessment.comment}</p>
    </section>
  );
}

/** Who proposed what: the public summary of the proposal. */
export function OverviewView({ pkg }: { pkg: PublicPackage }) {
  const t = useT(packageTexts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const localized = useLocalized();
  const { proposal } = pkg;
  return (
    <section aria-labelledby="public-overview">
      <h2 id="public-overview">{t('overview')}</h2>
      <dl className="pairs">
        <dt>{t('organization')}</dt>
        <dd>
          {localized(proposal.organization)}（{p(proposal.origin)}）
        </dd>
        {(proposal.partnerDepartments ?? []).length > 0 ? (
          <>
            <dt>{t('partners')}</dt>
            <dd>{proposal.partnerDepartments.map(localized).join('、')}</dd>
          </>
        ) : null}
        <dt>{t('call')}</dt>
        <dd>
          {localized(pkg.call.title)}（{p('fiscalYear', { year: pkg.call.fiscalYear })}）
        </dd>
        {proposal.theme ? (
          <>
            <dt>{t('theme')}</dt>
            <dd>{proposal.theme}</dd>
          </>
        ) : null}
        {proposal.receiptNumber ? (
          <>
            <dt>{t('receipt')}</dt>
            <dd>{proposal.receiptNumber}</dd>
          </>
        ) : null}
        {proposal.requestedAmount !== null ? (
          <>
            <dt>{t('requested')}</dt>
            <dd>{p('yen', { amount: formatNumber(proposal.requestedAmount, locale) })}</dd>
          </>
        ) : null}
      </dl>
      {proposal.summary ? <TextBlock title={t('summary')} text={proposal.summary} /> : null}
      {proposal.background ? <TextBlock title={t('background')} text={proposal.background} /> : null}
      {proposal.objectives ? <TextBlock title={t('objectives')} text={proposal.objectives} /> : null}
      {(proposal.kpis ?? []).length > 0 ? (
        <>
          <h3>{t('kpis')}</h3>
          <ul>
            {proposal.kpis.map((kpi) => (
              <li key={kpi.name}>
                {kpi.name}
                {kpi.target !== undefined
                  ? `：${t('target', { target: formatNumber(kpi.target, locale), unit: kpi.unit ?? '' })}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pkg.committee && pkg.committee.length > 0 ? (
        <>
          <h3>{t('committee')}</h3>
          <ul>
            {pkg.committee.map((member) => (
              <li key={member.name}>
                {member.name}
                {member.affiliation ? `（${member.affiliation}）` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function TextBlock({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h3>{title}</h3>
      <p className="public-text">{text}</p>
    </>
  );
}
