import { renderMessage, TEMPLATES } from './message-catalogue';

const data = {
  proposalTitle: '多世代がつながる地域食堂の運営',
  receiptNumber: '2026-0007',
  state: 'submitted.screening',
  callTitle: '令和8年度 協働事業提案制度',
  reason: '収支予算の内訳を補足してください。',
  comment: '地域ニーズの把握が的確である。',
  conditions: ['四半期ごとに進捗を報告すること'],
  deadline: '2026-06-30T08:00:00.000Z',
  session: { startsAt: '2026-08-20T04:30:00.000Z', place: '市役所 第3会議室' },
  link: 'https://kyodo.example/proposals/1',
};

describe('message templates', () => {
  it.each(Object.keys(TEMPLATES))('%s renders in Japanese and English with the data it names', (template) => {
    const message = renderMessage(template, data);
    for (const locale of ['ja', 'en'] as const) {
      // A session's notice is about a meeting, not one proposal: its subject names the meeting's date instead.
      const named = template.includes('session')
        ? { ja: '8月20日（木）13:30', en: 'Thu 20 Aug' }[locale]
        : data.proposalTitle;
      expect(message.subject[locale]).toContain(named);
      expect(message.text[locale]).not.toMatch(/undefined|null|\[object/);
      expect(message.text[locale]).toContain(data.link);
      expect(message.html[locale]).toContain(`lang="${locale}"`);
    }
    expect(message.text.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it('puts the reason, 講評, conditions, deadlines and session times where they belong', () => {
    expect(renderMessage('proposal.returned', data).text.ja).toContain(
      '【修正をお願いする点】\n収支予算の内訳を補足してください。',
    );
    const decided = renderMessage('proposal.decided', data);
    expect(decided.text.ja).toContain('【講評】\n地域ニーズの把握が的確である。');
    expect(decided.text.ja).toContain('1. 四半期ごとに進捗を報告すること');
    expect(decided.required).toBe(true);
    expect(renderMessage('reminder.submission', data).text.ja).toContain('提出締切は令和8年6月30日 17:00です');
    expect(renderMessage('session.invitation', data).text.en).toContain('20 August 2026 at 13:30');
    expect(renderMessage('proposal.received', data).text.ja).toContain('受付番号 2026-0007');
  });

  it('dates a notice at its head in 和暦, the day it was made in Japan', () => {
    // 16:00 UTC on 3 December is already 4 December in Japan.
    const made = renderMessage('proposal.received', { ...data, madeAt: '2026-12-03T16:00:00Z' });
    expect(made.text.ja.startsWith('令和8年12月4日\n\n提案「')).toBe(true);
    expect(made.text.en.startsWith('Date: 令和8年12月4日\n\n')).toBe(true);
    expect(made.html.ja).toContain('令和8年12月4日<br><br>');
  });

  it('escapes HTML in user-written text', () => {
    const message = renderMessage('proposal.returned', { ...data, reason: '<script>alert(1)</script>' });
    expect(message.html.ja).not.toContain('<script>');
    expect(message.html.ja).toContain('&lt;script&gt;');
  });
});
