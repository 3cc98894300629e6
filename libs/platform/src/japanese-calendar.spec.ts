import * as web from '../../../apps/web/src/i18n/japanese-calendar';
import { fiscalYearLabel, fiscalYearOf, japanDay, warekiDate, warekiFiscalYear } from './japanese-calendar';

describe('japanese calendar', () => {
  it('writes a day in 和暦 as the forms do', () => {
    expect(warekiDate('2026-12-04')).toBe('令和8年12月4日');
    expect(warekiDate('2027-03-31')).toBe('令和9年3月31日');
  });

  it('calls the first year of an era 元年, and knows where 平成 ended', () => {
    expect(warekiDate('2019-04-30')).toBe('平成31年4月30日');
    expect(warekiDate('2019-05-01')).toBe('令和元年5月1日');
    expect(warekiDate('1989-01-07')).toBe('昭和64年1月7日');
    expect(warekiDate('1989-01-08')).toBe('平成元年1月8日');
  });

  it('reads an instant as the day it is in Japan', () => {
    // 15:30 UTC on 30 April 2019 is already 1 May in Tokyo.
    expect(warekiDate(new Date('2019-04-30T15:30:00Z'))).toBe('令和元年5月1日');
    expect(warekiDate('2026-03-31T15:00:00Z')).toBe('令和8年4月1日');
    expect(japanDay('2026-03-31T15:00:00Z')).toBe('2026-04-01');
  });

  it('finds the day in Japan by arithmetic exactly where ICU does, across and around the days that turn', () => {
    const icu = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'Asia/Tokyo',
    });
    const checked = [Date.UTC(1951, 11, 31, 14, 59, 59), Date.UTC(1952, 0, 1), Date.UTC(2026, 2, 31, 14, 59, 59, 999)];
    // Every 7 h 13 min 17 s from 1952 to 2100: each hour of the day and each day of the year comes round.
    for (let t = Date.UTC(1952, 0, 1); t < Date.UTC(2100, 0, 1); t += 26_000_000) checked.push(t);
    for (const t of [Date.UTC(2026, 2, 31, 15), Date.UTC(2026, 2, 31, 15) - 1]) checked.push(t);
    const differing = checked.filter((t) => japanDay(new Date(t)) !== icu.format(new Date(t)));
    expect(checked.length).toBeGreaterThan(170_000);
    expect(differing).toEqual([]);
  });

  it('names the fiscal year by the era it ran in: FY2019 is 令和元年度', () => {
    expect(warekiFiscalYear(2026)).toBe('令和8年度');
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(fiscalYearLabel(2026, 'ja')).toBe('令和8（2026）年度');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元（2019）年度');
    expect(fiscalYearLabel(2026, 'en')).toBe('FY2026');
  });

  it('puts April–March in one fiscal year, in Japan', () => {
    expect(fiscalYearOf('2026-04-01T00:00:00+09:00')).toBe(2026);
    expect(fiscalYearOf('2027-03-31T23:59:00+09:00')).toBe(2026);
    expect(fiscalYearOf('2026-03-31T23:59:00+09:00')).toBe(2025);
    expect(fiscalYearOf('2026-03-31T15:00:00Z')).toBe(2026);
  });

  it('is the very rule the web app shows', () => {
    for (const year of [2018, 2019, 2026]) {
      expect(web.fiscalYearLabel(year, 'ja')).toBe(fiscalYearLabel(year, 'ja'));
      expect(web.warekiFiscalYear(year)).toBe(warekiFiscalYear(year));
    }
    expect(web.warekiDate('2019-05-01')).toBe('令和元年5月1日');
  });
});
