import { defineMessages, useT } from '../../../i18n/i18n';
import { ScrollTable } from './scroll-table';

/** The open-data columns (libs/disclosure/src/open-data-columns.ts), explained. */
const messages = defineMessages({
  ja: {
    columns: '項目の説明',
    name: '項目名',
    meaning: '内容',
    receipt_number: '受付番号',
    fiscal_year: '年度',
    title: '提案名',
    origin: '提案者（group＝市民活動団体、department＝市（担当課））',
    proposal_type: '提案の種類（theme＝テーマ設定型：市が示したテーマへの提案、free＝自由提案型）',
    organization: '提案団体・担当課',
    activity_fields: '活動分野（キーを ; で区切る）',
    requested_amount: '負担金の額（円）',
    decision: '採否（adopted＝採択、adoptedWithConditions＝条件付き採択、notAdopted＝不採択）',
    document_total: '書類審査の合計点（100点換算）',
    document_points: '書類審査の平均点（評価シートの満点のまま）',
    document_full_marks: '書類審査の評価シートの満点',
    presentation_total: '公開プレゼンテーション審査の合計点（100点換算）',
    presentation_points: '公開プレゼンテーション審査の平均点（評価シートの満点のまま）',
    presentation_full_marks: '公開プレゼンテーション審査の評価シートの満点',
    committee_comment: '合同評価会議の講評',
    published_at: '公開日時（ISO 8601）',
    decision_provisional: '採択内定（予算の成立待ち）なら true',
  },
  en: {
    columns: 'Columns',
    name: 'Column',
    meaning: 'Meaning',
    receipt_number: 'Receipt number',
    fiscal_year: 'Fiscal year',
    title: 'Proposal title',
    origin: 'Proposer (group: a citizen group; department: a city department)',
    proposal_type: 'Proposal type (theme: answers a theme the city set; free: the proposer set the subject)',
    organization: 'Proposing group or department',
    activity_fields: 'Activity fields (keys separated by ;)',
    requested_amount: 'Requested contribution (yen)',
    decision: 'Decision (adopted, adoptedWithConditions, notAdopted)',
    document_total: 'Document review total (converted to 100)',
    document_points: 'Document review mean total, on the rubric’s own full marks',
    document_full_marks: 'Full marks of the document review rubric',
    presentation_total: 'Presentation review total (converted to 100)',
    presentation_points: 'Presentation review mean total, on the rubric’s own full marks',
    presentation_full_marks: 'Full marks of the presentation rubric',
    committee_comment: 'Comments of the joint evaluation',
    published_at: 'Published at (ISO 8601)',
    decision_provisional: 'true while the adoption is provisional, pending the budget',
  },
});

const COLUMNS = [
  'receipt_number',
  'fiscal_year',
  'title',
  'origin',
  'proposal_type',
  'organization',
  'activity_fields',
  'requested_amount',
  'decision',
  'document_total',
  'document_points',
  'document_full_marks',
  'presentation_total',
  'presentation_points',
  'presentation_full_marks',
  'committee_comment',
  'published_at',
] as const;

export function OpenDataColumns() {
  const t = useT(messages);
  return (
    <>
      <h2>{t('columns')}</h2>
      <ScrollTable label={t('columns')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>{t(column)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
