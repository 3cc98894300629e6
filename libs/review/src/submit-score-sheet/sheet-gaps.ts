import type { LocalizedText } from '@kyodo/platform';
import type { RubricDefinition } from '../rubric-definition';

/** What one criterion of a sheet still lacks before the sheet can be submitted. */
export interface SheetGap {
  criterion: string;
  /** `score`: not scored; `comment`: the rubric requires a comment and none is given. */
  missing: Array<'score' | 'comment'>;
}

/**
 * Each criterion that keeps the sheet from being submitted, with exactly what it lacks: a reviewer who scored
 * everything but left out a required comment is told of that comment, not of a missing score.
 */
export function sheetGaps(
  definition: RubricDefinition,
  scores: Record<string, unknown>,
  comments: Record<string, string | undefined>,
): SheetGap[] {
  return definition.criteria.flatMap((c) => {
    const missing: SheetGap['missing'] = [];
    if (typeof scores[c.key] !== 'number') missing.push('score');
    if (c.commentRequired && !comments[c.key]?.trim()) missing.push('comment');
    return missing.length > 0 ? [{ criterion: c.key, missing }] : [];
  });
}

/** The gaps in words, by the criteria's labels: 「未採点：…。コメントが必要：…。」 */
export function describeGaps(definition: RubricDefinition, gaps: SheetGap[]): LocalizedText {
  const label = new Map(definition.criteria.map((c) => [c.key, c]));
  const names = (kind: 'score' | 'comment', locale: 'ja' | 'en') =>
    gaps
      .filter((g) => g.missing.includes(kind))
      .map((g) => {
        const c = label.get(g.criterion)!;
        return locale === 'ja' ? c.labelJa : c.labelEn || c.labelJa;
      });
  const ja = [
    names('score', 'ja').length > 0 ? `未採点の項目：${names('score', 'ja').join('、')}。` : '',
    names('comment', 'ja').length > 0 ? `コメントが必要な項目：${names('comment', 'ja').join('、')}。` : '',
  ].join('');
  const en = [
    names('score', 'en').length > 0 ? `Not scored: ${names('score', 'en').join(', ')}.` : '',
    names('comment', 'en').length > 0 ? `Comment required: ${names('comment', 'en').join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { ja, en };
}
