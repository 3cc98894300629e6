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
    origin: '提案区分（group＝団体提案、department＝市提案）',
    organization: '提案団体・担当課',
    activity_fields: '活動分野（キーを ; で区切る）',
    requested_amount: '負担金の額（円）',
    decision: '採否（adopted＝採択、adoptedWithConditions＝条件付き採択、notAdopted＝不採択）',
    document_total: '書類審査の合計点（100点満点）',
    presentation_total: '公開プレゼンテーション審査の合計点（100点満点）',
    committee_comment: '合同評価会議の講評',
    published_at: '公開日時（ISO 8601）',
  },
  en: {
    columns: 'Columns',
    name: 'Column',
    meaning: 'Meaning',
    receipt_number: 'Receipt number',
    fiscal_year: 'Fiscal year',
    title: 'Proposal title',
    origin: 'Origin (group, department)',
    organization: 'Proposing group or department',
    activity_fields: 'Activity fields (keys separated by ;)',
    requested_amount: 'Requested contribution (yen)',
    decision: 'Decision (adopted, adoptedWithConditions, notAdopted)',
    document_total: 'Document review total (out of 100)',
    presentation_total: 'Presentation review total (out of 100)',
    committee_comment: 'Comments of the joint evaluation',
    published_at: 'Published at (ISO 8601)',
  },
});

const COLUMNS = [
  'receipt_number',
  'fiscal_year',
  'title',
  'origin',
  'organization',
  'activity_fields',
  'requested_amount',
  'decision',
  'document_total',
  'presentation_total',
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
