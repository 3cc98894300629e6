/**
 * verify.mjs, the script in the open-data ZIP: plain Node.js, no dependencies, exact arithmetic on BigInt. It reads
 * rule.json, scores.csv and results.csv beside it, recomputes every total and rank, prints OK or NG per proposal and
 * stage, and exits 0 only if everything matches. Kept as text here (it is a file of the archive, not of the app); the
 * unit spec runs it against the aggregation's own results.
 */
export const VERIFY_SCRIPT = String.raw`// Kyodo open data: recomputes every published total and rank from the anonymised score matrix.
// 協働事業提案 公開データ：匿名化した採点表から、公表された合計点と順位をすべて計算し直して照合します。
// Usage / 使い方: node verify.mjs [folder]   (Node.js 18 or later; no other software needed)
// Exit code 0: everything matches / すべて一致. 1: some figure does not match (NG). 2: files missing or unreadable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = process.argv[2] || fileURLToPath(new URL('.', import.meta.url));

// ---- exact fractions on BigInt: no floating point anywhere ----
const gcd = (a, b) => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
};
const frac = (n, d = 1n) => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};
const add = (a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => frac(a.n * b.n, a.d * b.d);
const div = (a, b) => frac(a.n * b.d, a.d * b.n);
const cmp = (a, b) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const ZERO = frac(0n);
/** A decimal text such as "4.5", "-1" or "48.6" taken exactly. */
const decimal = (text) => {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (!m) throw new Error('not a decimal number: ' + text);
  const digits = m[3] || '';
  const n = BigInt(m[2] + digits) * (m[1] ? -1n : 1n);
  return frac(n, 10n ** BigInt(digits.length));
};
/** The value × 10^places, rounded half up (away from zero): the one rounding step. */
const scaled = (f, places) => {
  const s = f.n * 10n ** BigInt(places);
  const neg = s < 0n;
  const mag = neg ? -s : s;
  const r = (mag * 2n + f.d) / (2n * f.d);
  return neg ? -r : r;
};
const show = (value, places) => {
  const neg = value < 0n;
  const digits = (neg ? -value : value).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const part = digits.slice(digits.length - places).replace(/0+$/, '');
  return (neg ? '-' : '') + whole + (part ? '.' + part : '');
};

// ---- RFC 4180 CSV (UTF-8, BOM allowed); a cell the writer guarded with ' loses it ----
function readCsv(name) {
  const text = readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows;
  const unguard = (v) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, unguard(r[i] ?? '')])));
}

let rule;
let scoreRows;
let resultRows;
try {
  rule = JSON.parse(readFileSync(join(folder, 'rule.json'), 'utf8'));
  scoreRows = readCsv('scores.csv');
  resultRows = readCsv('results.csv');
} catch (error) {
  console.error('NG  rule.json, scores.csv, results.csv を読めません / cannot read them: ' + error.message);
  process.exit(2);
}
if (rule.format !== 'kyodo-verification-1') {
  console.error('NG  rule.json の形式が違います / unknown format: ' + rule.format);
  process.exit(2);
}

const ruleOf = new Map(rule.stages.map((s) => [s.call_id + '|' + s.stage, s]));
const sheetsOf = new Map();
for (const r of scoreRows) {
  const key = r.call_id + '|' + r.stage + '|' + r.proposal_id;
  const sheets = sheetsOf.get(key) || new Map();
  const sheet = sheets.get(r.scorer) || {};
  sheet[r.criterion_key] = decimal(r.score);
  sheets.set(r.scorer, sheet);
  sheetsOf.set(key, sheets);
}

const pointsOf = (criterion, score, scoring) => {
  const weight = decimal(criterion.weight);
  const max = decimal(criterion.scale_max);
  if (scoring === 'proportional') return div(mul(weight, score), max);
  const min = decimal(criterion.scale_min);
  return div(mul(weight, sub(score, min)), sub(max, min));
};
const fullMarksOf = (r) => r.criteria.reduce((acc, c) => add(acc, decimal(c.weight)), ZERO);

/** One proposal at one stage, recomputed: the exact total on full marks and on 100, and each scorer's own total. */
function recompute(r, sheets) {
  let points = ZERO;
  for (const c of r.criteria) {
    const values = [...sheets.values()].map((s) => s[c.key]).filter((v) => v !== undefined);
    const mean = values.length ? div(values.reduce(add, ZERO), frac(BigInt(values.length))) : ZERO;
    points = add(points, pointsOf(c, mean, r.scoring));
  }
  const fullMarks = fullMarksOf(r);
  const onHundred = div(mul(points, frac(100n)), fullMarks);
  const scorerTotals = new Map();
  for (const [scorer, s] of sheets) {
    const own = r.criteria.reduce((acc, c) => add(acc, pointsOf(c, s[c.key] ?? decimal(c.scale_min), r.scoring)), ZERO);
    scorerTotals.set(scorer, div(mul(own, frac(100n)), fullMarks));
  }
  return { points, onHundred, scorerTotals };
}

/** Orders one group of equal totals by the rule: places, best first (a place of several stays level). */
function breakTie(ruleName, group) {
  if (group.length < 2 || ruleName === 'committee') return [group];
  let key;
  if (ruleName === 'lower_amount')
    key = (e) => (e.row.requested_amount === '' ? null : decimal(e.row.requested_amount));
  else {
    const scorers = [...group[0].scorerTotals.keys()].filter((id) => group.every((e) => e.scorerTotals.has(id)));
    const ranks = new Map(group.map((e) => [e, 0n]));
    const firsts = new Map(group.map((e) => [e, 0n]));
    for (const scorer of scorers) {
      for (const e of group) {
        const mine = e.scorerTotals.get(scorer);
        const rank = 1 + group.filter((o) => cmp(o.scorerTotals.get(scorer), mine) > 0).length;
        ranks.set(e, ranks.get(e) + BigInt(rank));
        const shared = group.filter((o) => cmp(o.scorerTotals.get(scorer), mine) === 0).length > 1;
        if (rank === 1 && !shared) firsts.set(e, firsts.get(e) + 1n);
      }
    }
    if (scorers.length === 0) key = () => null;
    else if (ruleName === 'rank_sum') key = (e) => frac(ranks.get(e));
    else key = (e) => frac(-firsts.get(e));
  }
  const compare = (a, b) => (a === null || b === null ? (a === b ? 0 : a === null ? 1 : -1) : cmp(a, b));
  const places = [];
  for (const e of [...group].sort((a, b) => compare(key(a), key(b)))) {
    const last = places[places.length - 1];
    if (last && compare(key(last[0]), key(e)) === 0) last.push(e);
    else places.push([e]);
  }
  return places;
}

let failures = 0;
const groups = new Map();
for (const row of resultRows) {
  const key = row.call_id + '|' + row.stage;
  groups.set(key, [...(groups.get(key) || []), row]);
}
for (const [key, rows] of groups) {
  const r = ruleOf.get(key);
  const entries = rows.map((row) => {
    const name = row.receipt_number + ' ' + row.title + ' (' + row.stage + ')';
    if (!r) return { row, name, error: 'rule.json に規則がありません / no rule for this stage' };
    const sheets = sheetsOf.get(key + '|' + row.proposal_id) || new Map();
    return { row, name, ...recompute(r, sheets), sheets };
  });
  // Ranks: only when every proposal the stage ranked is published here.
  const complete = entries.every((e) => !e.error && String(entries.length) === e.row.ranked);
  const rankOf = new Map();
  if (complete) {
    const sorted = [...entries].sort((a, b) => cmp(b.onHundred, a.onHundred));
    let position = 1;
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j < sorted.length && cmp(sorted[j].onHundred, sorted[i].onHundred) === 0) j++;
      for (const place of breakTie(r.tie_break, sorted.slice(i, j))) {
        for (const e of place) rankOf.set(e, position);
        position += place.length;
      }
      i = j;
    }
  }
  for (const e of entries) {
    const problems = [];
    const facts = [];
    if (e.error) problems.push(e.error);
    else {
      const decimals = r.score_decimals.max;
      if (String(e.sheets.size) !== e.row.scorers)
        problems.push('採点した委員 scorers: 公表 ' + e.row.scorers + ' / 採点表 ' + e.sheets.size);
      if (e.row.points !== '') {
        const mine = scaled(e.points, decimals);
        if (mine !== scaled(decimal(e.row.points), decimals))
          problems.push('合計点 points: 公表 ' + e.row.points + ' / 再計算 ' + show(mine, decimals));
        else facts.push('合計点 ' + e.row.points + '/' + show(scaled(fullMarksOf(r), decimals), decimals));
      }
      const hundred = scaled(e.onHundred, 2);
      if (hundred !== scaled(decimal(e.row.total), 2))
        problems.push('100点換算 total: 公表 ' + e.row.total + ' / 再計算 ' + show(hundred, 2));
      else facts.push('100点換算 ' + e.row.total);
      if (!complete)
        facts.push(
          '順位 ' +
            e.row.rank +
            '（公開 ' +
            entries.length +
            '/' +
            e.row.ranked +
            ' 件のため照合できません / not all ranked proposals are published）',
        );
      else if (String(rankOf.get(e)) !== e.row.rank)
        problems.push('順位 rank: 公表 ' + e.row.rank + ' / 再計算 ' + rankOf.get(e));
      else facts.push('順位 ' + e.row.rank);
    }
    if (problems.length > 0) {
      failures++;
      console.log('NG  ' + e.name + ': ' + problems.join('; '));
    } else console.log('OK  ' + e.name + ': ' + facts.join(', '));
  }
}
console.log(
  failures === 0
    ? 'すべて一致しました / everything matches (' + resultRows.length + ')'
    : failures + ' 件が一致しません / ' + failures + ' result(s) do not match',
);
process.exit(failures === 0 ? 0 : 1);
`;
