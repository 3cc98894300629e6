/**
 * 和暦 and 年度 as a Japanese municipality writes them. One rule, from `Intl` with the Japanese calendar
 * (`ja-JP-u-ca-japanese`), so the era boundaries (平成31年4月30日 → 令和元年5月1日) and 元年 come from ICU rather
 * than from a table of our own. The web app has a thin twin (apps/web/src/i18n/japanese-calendar.ts) of the same
 * rule; japanese-calendar.spec.ts holds the two to the same answers.
 */

/** Days are read in Japan: a deadline at 2026-04-01T00:00+09:00 is 令和8年4月1日, not the UTC day before. */
const TIME_ZONE = 'Asia/Tokyo';

const DAY_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TIME_ZONE,
});

const ERA_YEAR_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The year, month and day in Japan as YYYY-MM-DD. Made once: building an Intl.DateTimeFormat costs far more than
 * using one (measured: the two helpers below took an eighth of the API's time on GET /api/v1/calls when they built
 * one per call).
 */
const JAPAN_DAY = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** A plain day (YYYY-MM-DD) is that day in Japan; an instant is the day it is in Japan. */
function instantOf(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+09:00`) : new Date(value);
}

/** 令和8年12月4日; the first year of an era is 元年 (令和元年5月1日). */
export function warekiDate(value: string | Date): string {
  return DAY_FORMAT.format(instantOf(value));
}

/**
 * 令和8年度: the era year in which the fiscal year (April–March) begins. A fiscal year starting in April 2019 began
 * under 平成 but is written 令和元年度 by every municipality (the era changed on 1 May, and the year is named for the
 * era it mostly ran in), so the era is read on 1 May of the year.
 */
export function warekiFiscalYear(fiscalYear: number): string {
  let written = FISCAL_YEARS.get(fiscalYear);
  if (written === undefined) {
    const parts = ERA_YEAR_FORMAT.formatToParts(new Date(Date.UTC(fiscalYear, 4, 1)));
    const era = parts.find((part) => part.type === 'era')?.value ?? '';
    const year = parts.find((part) => part.type === 'year')?.value ?? String(fiscalYear);
    written = `${era}${year}年度`;
    FISCAL_YEARS.set(fiscalYear, written);
  }
  return written;
}

/** Each fiscal year's name, once: every list of calls or proposals writes the same few years again and again. */
const FISCAL_YEARS = new Map<number, string>();

/** The fiscal year as screens show it: 令和8（2026）年度 in Japanese, FY2026 in English. */
export function fiscalYearLabel(fiscalYear: number, locale: 'ja' | 'en'): string {
  if (locale === 'en') return `FY${fiscalYear}`;
  return `${warekiFiscalYear(fiscalYear).replace(/年度$/, '')}（${fiscalYear}）年度`;
}

/** The fiscal year (April–March, in Japan) an instant falls in: 2027-03-31 belongs to 2026. */
export function fiscalYearOf(value: string | Date): number {
  const [year, month] = japanDay(value).split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The day (YYYY-MM-DD) an instant falls on in Japan. */
export function japanDay(value: string | Date): string {
  const instant = instantOf(value);
  const ms = instant.getTime();
  // Japan has kept UTC+9 with no summer time since 1952: from then on the day is plain arithmetic (a seventh of
  // the API's time on GET /api/v1/calls went to formatting it); before, and for invalid dates, ICU decides.
  if (ms >= JST_FIXED_SINCE && ms < LAST_ARITHMETIC_INSTANT)
    return new Date(ms + NINE_HOURS).toISOString().slice(0, 10);
  return JAPAN_DAY.format(instant);
}

const NINE_HOURS = 9 * 60 * 60 * 1000;
const JST_FIXED_SINCE = Date.UTC(1952, 0, 1);
/** Beyond year 9999 toISOString writes six-digit years. */
const LAST_ARITHMETIC_INSTANT = Date.UTC(9999, 11, 31) - NINE_HOURS;
