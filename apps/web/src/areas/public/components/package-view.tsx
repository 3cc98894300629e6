import { affiliationToShow } from '../../../ui/affiliation';
import { defineMessages, formatDate, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { PARTNERSHIP_AMOUNT_NAMES } from '../../../i18n/partnership-amounts';
import { StatusBadge } from '../../../ui/components';
import { PlainVersion, type RubySegment, RubyText } from '../furigana';
import { proposalTypeOfPackage, type PublicPackage } from '../models';
import { decisionBadge, publicTexts } from '../texts';

/** 事業評価 lives in its own file; the pages import it from here as before. */
export { AssessmentView } from './assessment-view';

export const packageTexts = defineMessages({
  ja: {
    overview: '提案の概要',
    organization: '提案団体',
    partners: '協働する担当課',
    partnerGroups: '協働相手の団体',
    call: '募集',
    theme: '市提案テーマ',
    receipt: '受付番号',
    requested: '{amount}の額',
    requestedUnset: '市への申請額',
    fields: '活動分野',
    summary: '事業の概要',
    background: '背景・地域の課題',
    objectives: '目的',
    kpis: '成果指標',
    target: '目標 {target}{unit}',
    decision: '審査結果',
    decidedAt: '決定日 {date}',
    comment: '合同評価会議の講評',
    provisionalNote: '予算の成立を条件とした採択の内定です。予算の成否が決まりしだい、結果をお知らせします。',
    budgetRejection: '予算不成立の理由',
    budgetRejectedAt: '予算不成立の決定日 {date}',
    conditions: '採択の条件',
    resolved: '対応済み',
    open: '対応中',
    committee: '評価委員会',
  },
  en: {
    overview: 'Overview',
    organization: 'Proposer',
    partners: 'Partner departments',
    partnerGroups: 'Partner groups',
    call: 'Call',
    theme: 'City theme',
    receipt: 'Receipt number',
    requested: '{amount} requested',
    requestedUnset: 'Amount requested from the city',
    fields: 'Activity fields',
    summary: 'Summary',
    background: 'Background',
    objectives: 'Objectives',
    kpis: 'Indicators',
    target: 'Target {target} {unit}',
    decision: 'Decision',
    decidedAt: 'Decided on {date}',
    comment: 'Comments of the joint evaluation',
    provisionalNote:
      'Adoption is provisional, subject to the budget passing. The result will be published once the budget is decided.',
    budgetRejection: 'Why the budget did not pass',
    budgetRejectedAt: 'Budget decided on {date}',
    conditions: 'Conditions of adoption',
    resolved: 'Met',
    open: 'Open',
    committee: 'Evaluation committee',
  },
});

/** Readings for the decision's texts (the ふりがな switch on), and the 講評's やさしい日本語 version, where there are. */
export interface DecisionReadings {
  comment?: RubySegment[];
  conditions?: RubySegment[][];
  plain?: string;
  plainRuby?: RubySegment[];
}

/** The decision with its 講評 and conditions: what a reader looks for first. */
export function DecisionView({ pkg, readings = {} }: { pkg: PublicPackage; readings?: DecisionReadings }) {
  const t = useT(packageTexts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  if (!pkg.decision) return null;
  const { provisional, budgetRejection } = pkg.decision;
  return (
    <section aria-labelledby="public-decision" className="public-decision">
      <h2 id="public-decision">{t('decision')}</h2>
      <p>
        <StatusBadge tone={decisionBadge(pkg.decision).tone}>{p(decisionBadge(pkg.decision).key)}</StatusBadge>{' '}
        <span className="meta">{t('decidedAt', { date: formatDate(pkg.decision.decidedAt, locale) })}</span>
      </p>
      {provisional ? <p data-testid="public-provisional">{t('provisionalNote')}</p> : null}
      <h3>{t('comment')}</h3>
      <p className="public-comment">
        <RubyText text={pkg.decision.comment} segments={readings.comment} />
      </p>
      {readings.plain ? (
        <PlainVersion text={readings.plain} segments={readings.plainRuby} testId="public-decision-plain" />
      ) : null}
      {budgetRejection ? (
        <>
          <h3>{t('budgetRejection')}</h3>
          <p className="public-comment" data-testid="public-budget-rejection">
            {budgetRejection.reason}
          </p>
          <p className="meta">{t('budgetRejectedAt', { date: formatDate(budgetRejection.at, locale) })}</p>
        </>
      ) : null}
      {(pkg.conditions ?? []).length > 0 ? (
        <>
          <h3>{t('conditions')}</h3>
          <ul>
            {pkg.conditions.map((condition, index) => (
              <li key={index}>
                <RubyText text={condition.text} segments={readings.conditions?.[index]} />{' '}
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
        <dt>{p('proposalType')}</dt>
        <dd>{p(proposalTypeOfPackage(proposal))}</dd>
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
        {(proposal.partnerGroups ?? []).length > 0 ? (
          <>
            <dt>{t('partnerGroups')}</dt>
            <dd>{(proposal.partnerGroups ?? []).map(localized).join('、')}</dd>
          </>
        ) : null}
        <dt>{t('call')}</dt>
        <dd>
          {localized(pkg.call.title)}（{fiscalYearLabel(pkg.call.fiscalYear, locale)}）
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
            <dt>
              {pkg.call.partnershipForm
                ? t('requested', { amount: PARTNERSHIP_AMOUNT_NAMES[pkg.call.partnershipForm][locale] })
                : t('requestedUnset')}
            </dt>
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
            {pkg.committee.map((member) => {
              const affiliation = affiliationToShow(member.name, member.affiliation);
              return (
                <li key={member.name}>
                  {member.name}
                  {affiliation ? `（${affiliation}）` : ''}
                </li>
              );
            })}
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
