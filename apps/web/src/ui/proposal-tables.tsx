import { defineMessages, formatNumber, useLocale, useT } from '../i18n/i18n';

const texts = defineMessages({
  ja: {
    kind: '種別',
    outcome: '成果',
    activity: '活動',
    name: '指標',
    unit: '単位',
    baseline: '現状値',
    target: '目標値',
    task: '業務',
    group: '団体の役割',
    city: '市の役割',
    costBorneBy: '費用負担',
    borne_group: '団体',
    borne_city: '市',
    borne_shared: '双方',
    income: '収入',
    expense: '支出',
    item: '項目',
    amount: '金額（円）',
    period: '時期',
    schedule: '内容',
    totalIncome: '収入合計',
    totalExpense: '支出合計',
  },
  en: {
    kind: 'Kind',
    outcome: 'Outcome',
    activity: 'Activity',
    name: 'Indicator',
    unit: 'Unit',
    baseline: 'Baseline',
    target: 'Target',
    task: 'Task',
    group: 'Group’s part',
    city: 'City’s part',
    costBorneBy: 'Cost borne by',
    borne_group: 'The group',
    borne_city: 'The city',
    borne_shared: 'Shared',
    income: 'Income',
    expense: 'Expense',
    item: 'Item',
    amount: 'Amount (yen)',
    period: 'Period',
    schedule: 'Activity',
    totalIncome: 'Total income',
    totalExpense: 'Total expense',
  },
});

type Row = Record<string, unknown>;
type Key = keyof (typeof texts)['ja'];

/** The list-shaped sections of a proposal (KPIs, role sharing, budget, schedule) as tables with headers. */
export function ContentTable({ field, rows }: { field: string; rows: Row[] }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const columns: Key[] =
    field === 'kpis'
      ? ['kind', 'name', 'unit', 'baseline', 'target']
      : field === 'roleSharing'
        ? ['task', 'group', 'city', 'costBorneBy']
        : field === 'budget'
          ? ['kind', 'item', 'amount']
          : ['period', 'schedule'];
  const cell = (row: Row, column: Key) => {
    const value = row[column === 'schedule' ? 'activity' : column];
    if (value === undefined || value === null) return '—';
    if (typeof value === 'number') return formatNumber(value, locale);
    // Who bears the cost (団体 / 市 / 双方), not the column headers 団体の役割 / 市の役割 that share the words.
    if (column === 'costBorneBy') {
      const word = `borne_${String(value)}`;
      return word in texts.ja ? t(word as Key) : String(value);
    }
    if (column === 'kind') {
      const word = String(value);
      return word in texts.ja ? t(word as Key) : word;
    }
    return String(value);
  };
  const sum = (kind: string) =>
    rows.filter((r) => r.kind === kind).reduce((total, r) => total + (Number(r.amount) || 0), 0);
  return (
    <table className="content-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className={column === 'amount' || column === 'target' ? 'number' : undefined}>
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td
                key={column}
                className={typeof row[column] === 'number' || column === 'amount' ? 'number' : undefined}
              >
                {cell(row, column)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {field === 'budget' ? (
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('totalIncome')} / {t('totalExpense')}
            </th>
            <td className="number">
              {formatNumber(sum('income'), locale)} / {formatNumber(sum('expense'), locale)}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
