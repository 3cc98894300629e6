import type { ScoringMethod, StageDisplay } from '../api/review-models';
import { defineMessages, formatNumber, useLocale, useT } from '../i18n/i18n';

const messages = defineMessages({
  ja: {
    result: '採点結果',
    line: '平均{total}点（{full}点満点）',
    onHundred: '100点換算 {n}点',
    scorers: '審査員 {n}名',
    roundingNote: '※端数処理の関係で合計が合わない場合があります。',
    legacy: '合計点（100点満点）',
    proportional: '各項目の点数は「配点×評価点÷満点の評価点」で数えます（最も低い評価でも配点の一部を得ます）。',
    range: '各項目の点数は「配点×（評価点−最低点）÷（最高点−最低点）」で数えます（最も低い評価は0点です）。',
  },
  en: {
    result: 'Result',
    line: 'Mean {total} of {full} points',
    onHundred: '{n} on 100',
    scorers: '{n} scorers',
    roundingNote: '* Because of rounding, the items may not add up to the total.',
    legacy: 'Total (out of 100)',
    proportional:
      'Each item counts as weight × score ÷ the top score (the lowest level still earns part of the weight).',
    range: 'Each item counts as weight × (score − lowest) ÷ (top − lowest) (the lowest level earns nothing).',
  },
});

/**
 * A stage's total as a municipality publishes it: 「平均48.6点（60点満点）」 on the rubric's own full marks, the
 * 100-point conversion where the call shows it, and the standard rounding note exactly when the items shown do not
 * add up to the total shown. Results published before the display existed show their total on 100, as they were.
 */
export function ScoreTotal({ display, total }: { display: StageDisplay | undefined; total: number }) {
  const t = useT(messages);
  const { locale } = useLocale();
  if (!display)
    return (
      <p className="score-total">
        {t('legacy')}: <strong data-testid="score-total">{formatNumber(total, locale, 2)}</strong>
      </p>
    );
  return (
    <>
      <p className="score-total">
        {t('result')}{' '}
        <strong data-testid="score-total">{t('line', { total: display.total, full: display.fullMarks })}</strong>
        {display.onHundred ? `（${t('onHundred', { n: display.onHundred })}）` : ''}
        {display.scorers > 0 ? <span className="meta">　{t('scorers', { n: display.scorers })}</span> : null}
      </p>
      {display.roundingNote ? (
        <p className="meta" data-testid="rounding-note">
          {t('roundingNote')}
        </p>
      ) : null}
    </>
  );
}

/** How the rubric counts a score, said on the sheet and beside the results. */
export function ScoringMethodNote({ scoring }: { scoring: ScoringMethod | undefined }) {
  const t = useT(messages);
  return (
    <p className="meta" data-testid="scoring-method">
      {t(scoring === 'range' ? 'range' : 'proportional')}
    </p>
  );
}

/** The text of a displayed total alone, for a live region or a table cell: 「48.6 / 60」. */
export function displayedTotal(display: StageDisplay | undefined, total: number, locale: 'ja' | 'en'): string {
  return display ? `${display.total} / ${display.fullMarks}` : formatNumber(total, locale, 2);
}
