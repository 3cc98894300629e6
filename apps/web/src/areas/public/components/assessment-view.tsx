import type { Schema } from '../../../api/models';
import { defineMessages, formatDate, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { CaptionedTable } from '../../../ui/captioned-table';
import { StatusBadge } from '../../../ui/status-badge';
import { PlainVersion, type RubySegment, RubyText } from '../furigana';
import type { PublicPackage } from '../models';

type Assessment = Schema<'PublicationPackageAssessment'>;

export const assessmentViewTexts = defineMessages({
  ja: {
    heading: '事業評価',
    verdict: '評価 {verdict}',
    comment: '評価委員会の講評',
    kpis: '成果指標の目標と実績',
    kpi: '指標',
    target: '目標',
    actual: '実績',
    rate: '達成率',
    noActual: '報告なし',
    selfHeading: '自己評価（団体と担当課）',
    group: '団体',
    department: '担当課',
    item: '評価項目',
    differs: '2点以上の差',
    differsYes: '差あり',
    notGiven: '未提出',
    combined:
      '100点換算：団体 {group}点／担当課 {department}点／評価委員会 {committee}点、配分（{wg}：{wd}：{wc}）による合計 {combined}点',
  },
  en: {
    heading: 'Project evaluation',
    verdict: 'Rating {verdict}',
    comment: 'Comments of the evaluation committee',
    kpis: 'KPIs: targets and actuals',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    rate: 'Achievement',
    noActual: 'Not reported',
    selfHeading: 'Self-evaluations (group and department)',
    group: 'Group',
    department: 'Department',
    item: 'Item',
    differs: 'Differs by 2 or more',
    differsYes: 'Differs',
    notGiven: 'Not given',
    combined:
      'On 100: group {group} / department {department} / committee {committee}; combined by the weights ({wg}:{wd}:{wc}) {combined}',
  },
});

/**
 * 事業評価 of a finished project: the committee's verdict and comment, the KPIs planned against actual with 達成率,
 * and both partners' self-evaluations side by side (items 2 or more apart flagged, as the committee sees them).
 * Packages published before the KPIs and self-evaluations were carried show the verdict and comment only.
 */
export function AssessmentView({
  pkg,
  readings = {},
}: {
  pkg: PublicPackage | null;
  /** The comment's readings (the ふりがな switch on) and its やさしい日本語 version, where there are. */
  readings?: { comment?: RubySegment[]; plain?: string; plainRuby?: RubySegment[] };
}) {
  const t = useT(assessmentViewTexts);
  const { locale } = useLocale();
  const assessment = pkg?.assessment;
  if (!assessment) return null;
  return (
    <section aria-labelledby="public-assessment" className="public-assessment">
      <h2 id="public-assessment">{t('heading')}</h2>
      <p>
        <StatusBadge tone="info">{t('verdict', { verdict: assessment.verdict })}</StatusBadge>{' '}
        <span className="meta">{formatDate(assessment.assessedAt, locale)}</span>
      </p>
      <h3>{t('comment')}</h3>
      <p className="public-comment">
        <RubyText text={assessment.comment} segments={readings.comment} />
      </p>
      {readings.plain ? (
        <PlainVersion text={readings.plain} segments={readings.plainRuby} testId="public-assessment-plain" />
      ) : null}
      <KpiTable assessment={assessment} />
      <SelfEvaluations assessment={assessment} />
    </section>
  );
}

function KpiTable({ assessment }: { assessment: Assessment }) {
  const t = useT(assessmentViewTexts);
  const { locale } = useLocale();
  const localized = useLocalized();
  const kpis = assessment.kpis ?? [];
  if (kpis.length === 0) return null;
  return (
    <>
      <CaptionedTable
        id="public-assessment-kpis"
        caption={t('kpis')}
        columns={[t('kpi'), t('target'), t('actual'), t('rate')]}
      >
        {kpis.map((kpi) => (
          <tr key={kpi.name}>
            <th scope="row">{kpi.name}</th>
            <td>{`${formatNumber(kpi.target, locale)}${kpi.unit}`}</td>
            <td>{kpi.actual === null ? t('noActual') : `${formatNumber(kpi.actual, locale)}${kpi.unit}`}</td>
            <td>{kpi.achievementPercent === null ? '—' : `${formatNumber(kpi.achievementPercent, locale, 1)}%`}</td>
          </tr>
        ))}
      </CaptionedTable>
      {assessment.achievementRounding ? <p className="meta">{localized(assessment.achievementRounding)}</p> : null}
    </>
  );
}

function SelfEvaluations({ assessment }: { assessment: Assessment }) {
  const t = useT(assessmentViewTexts);
  const { locale } = useLocale();
  const localized = useLocalized();
  const self = assessment.selfEvaluations;
  if (!self) return null;
  const score = (value: number | null) => (value === null ? t('notGiven') : formatNumber(value, locale));
  const combined = assessment.combined;
  return (
    <>
      <h3>{t('selfHeading')}</h3>
      <div className="self-evaluations">
        {(['group', 'department'] as const).map((side) => (
          <div key={side} className="self-evaluation-text">
            <h4>{t(side)}</h4>
            <p className="public-text">{self[side]?.summary ?? t('notGiven')}</p>
          </div>
        ))}
      </div>
      {self.criteria.length > 0 ? (
        <CaptionedTable
          id="public-self-evaluations"
          caption={t('selfHeading')}
          columns={[t('item'), t('group'), t('department'), t('differs')]}
        >
          {self.criteria.map((item) => (
            <tr key={item.key}>
              <th scope="row">{item.label ? localized(item.label) : item.key}</th>
              <td>{score(item.group)}</td>
              <td>{score(item.department)}</td>
              <td>{item.differsBy2 ? <StatusBadge tone="warn">{t('differsYes')}</StatusBadge> : '—'}</td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      {combined ? (
        <p>
          {t('combined', {
            group: formatNumber(combined.group, locale, 2),
            department: formatNumber(combined.department, locale, 2),
            committee: formatNumber(combined.committee, locale, 2),
            combined: formatNumber(combined.combined, locale, 2),
            wg: combined.weights.group,
            wd: combined.weights.department,
            wc: combined.weights.committee,
          })}
        </p>
      ) : null}
    </>
  );
}
