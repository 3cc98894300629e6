import { callDateWarnings, closedDay, type CallDates } from './call-calendar';

const at = (iso: string) => new Date(iso);
const base: CallDates = {
  fiscalYear: 2026,
  recruitmentFiscalYear: 2026,
  submissionOpensAt: at('2026-04-01T09:00:00+09:00'),
  submissionClosesAt: at('2026-06-30T17:00:00+09:00'), // a Tuesday
  screeningAt: null,
  reviewDeadlineAt: at('2026-07-31T17:00:00+09:00'), // a Friday
  jointEvaluationAt: null,
  publicationAt: null,
};

describe('call date warnings', () => {
  it('has nothing to say of a call inside its fiscal year with deadlines on working days', () => {
    expect(callDateWarnings(base)).toEqual([]);
  });

  it('flags a deadline on a public holiday, a weekend or the year-end closure', () => {
    expect(closedDay('2026-03-20')).toEqual({ ja: '祝日（春分の日）', en: 'a public holiday (Vernal Equinox Day)' });
    expect(closedDay('2026-05-04')?.ja).toBe('祝日（みどりの日）');
    expect(closedDay('2026-06-27')).toEqual({ ja: '土曜日', en: 'a Saturday' });
    expect(closedDay('2026-12-29')?.ja).toBe('年末年始の閉庁日');
    expect(closedDay('2026-06-30')).toBeNull();
    const warnings = callDateWarnings({
      ...base,
      // 17:00 on 4 May in Japan; still 4 May in UTC, but 23:30 on 3 May UTC would already be the 4th in Japan.
      submissionClosesAt: at('2026-05-03T23:30:00Z'),
      reviewDeadlineAt: at('2026-06-27T12:00:00+09:00'),
    });
    expect(warnings.map((w) => [w.code, w.field, w.day])).toEqual([
      ['deadline_on_closed_day', 'submissionClosesAt', '2026-05-04'],
      ['deadline_on_closed_day', 'reviewDeadlineAt', '2026-06-27'],
    ]);
    expect(warnings[0]!.message.ja).toBe('提出締切日（令和8年5月4日）は祝日（みどりの日）で、市役所の閉庁日です。');
  });

  it('does not flag a holiday that is not a deadline', () => {
    expect(callDateWarnings({ ...base, publicationAt: at('2026-05-04T10:00:00+09:00') })).toEqual([]);
  });

  it('warns, without refusing, when a date falls outside the recruitment fiscal year', () => {
    const warnings = callDateWarnings({ ...base, publicationAt: at('2027-04-01T10:00:00+09:00') });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'outside_recruitment_year', field: 'publicationAt', day: '2027-04-01' });
    expect(warnings[0]!.message.ja).toContain('募集年度（令和8年度：4月1日〜翌年3月31日）の外');
  });

  it('tells a scheme that recruits the year before to say so, and is content once it does', () => {
    const ahead = {
      ...base,
      submissionOpensAt: at('2025-10-01T09:00:00+09:00'),
      submissionClosesAt: at('2025-11-28T17:00:00+09:00'), // a Friday
      reviewDeadlineAt: at('2026-01-09T17:00:00+09:00'), // a Friday
      publicationAt: at('2026-02-13T10:00:00+09:00'),
    };
    const warnings = callDateWarnings(ahead);
    expect(warnings.map((w) => w.code)).toEqual(['recruits_year_before']);
    expect(warnings[0]!.message.ja).toContain('募集年度を令和7年度としてください');
    expect(callDateWarnings({ ...ahead, recruitmentFiscalYear: 2025 })).toEqual([]);
  });
});
