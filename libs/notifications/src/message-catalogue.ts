import { type LocalizedText, warekiDate } from '@kyodo/platform';

export interface MessageData {
  proposalTitle: string;
  receiptNumber: string | null;
  state: string;
  callTitle?: string;
  /** Why it was returned / rejected / not adopted: the secretariat's or committee's words. */
  reason?: string | null;
  /** 講評 of a decision or an assessment. */
  comment?: string | null;
  conditions?: string[];
  deadline?: string | null;
  session?: { startsAt: string; place: string } | null;
  link: string;
  /** When the notice was made (ISO): an official notice is dated, in 和暦, at its head. */
  madeAt?: string;
}

export type Category =
  | 'submission'
  | 'screening'
  | 'assignment'
  | 'reminder'
  | 'session'
  | 'decision'
  | 'publication'
  | 'evaluation'
  | 'condition'
  | 'implementation'
  | 'status';

/** Notices the scheme requires: they go whatever the recipient's preference. */
export const REQUIRED_CATEGORIES: readonly Category[] = ['decision', 'screening', 'assignment'];

interface Template {
  category: Category;
  subject: (d: MessageData) => LocalizedText;
  body: (d: MessageData) => LocalizedText;
}

const no = (d: MessageData) => (d.receiptNumber ? `（受付番号 ${d.receiptNumber}）` : '');
const noEn = (d: MessageData) => (d.receiptNumber ? ` (receipt no. ${d.receiptNumber})` : '');
// Formats are made once: making one costs far more than using it, and a notice run renders thousands.
const clockTime = new Intl.DateTimeFormat('ja-JP', { timeStyle: 'short', timeZone: 'Asia/Tokyo' });
const whenEn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
/** A deadline or meeting as a notice writes it: 令和8年12月4日 17:00 in Japanese (和暦, as official notices are). */
const when = (iso: string | null | undefined, locale: 'ja' | 'en') => {
  if (!iso) return '';
  if (locale === 'ja') return `${warekiDate(iso)} ${clockTime.format(new Date(iso))}`;
  return whenEn.format(new Date(iso));
};
const meetingDate = new Intl.DateTimeFormat('ja-JP', {
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Tokyo',
});
/** A meeting's date and time the way a Japanese notice writes it: 12月10日（木）14:00. */
export function meetingWhenJa(iso: string): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    meetingDate.formatToParts(new Date(iso)).find((p) => p.type === type)?.value ?? '';
  return `${part('month')}月${part('day')}日（${part('weekday')}）${part('hour')}:${part('minute')}`;
}
const meetingDateEn = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Tokyo',
});
const meetingWhenEn = (iso: string) => meetingDateEn.format(new Date(iso));
const quote = (label: string, text: string | null | undefined) => (text ? `\n\n${label}\n${text}` : '');
const list = (label: string, items: string[] | undefined) =>
  items && items.length ? `\n\n${label}\n${items.map((c, i) => `${i + 1}. ${c}`).join('\n')}` : '';

const T = (category: Category, subject: [string, string], body: (d: MessageData) => LocalizedText): Template => ({
  category,
  subject: (d) => ({ ja: `${subject[0]}：${d.proposalTitle}`, en: `${subject[1]}: ${d.proposalTitle}` }),
  body,
});

/** A session's notice: its subject names the meeting's date and time, so the mailbox shows which meeting it is. */
const S = (category: Category, subject: [string, string], body: (d: MessageData) => LocalizedText): Template => ({
  category,
  subject: (d) =>
    d.session
      ? {
          ja: `${subject[0]}：${meetingWhenJa(d.session.startsAt)}`,
          en: `${subject[1]}: ${meetingWhenEn(d.session.startsAt)}`,
        }
      : { ja: subject[0], en: subject[1] },
  body,
});

/** Every message in Japanese and English; the recipient's locale picks. */
export const TEMPLATES: Record<string, Template> = {
  'proposal.submitted': T('submission', ['新しい提案が提出されました', 'New proposal submitted'], (d) => ({
    ja: `提案「${d.proposalTitle}」が提出されました${no(d)}。形式審査を行ってください。`,
    en: `The proposal "${d.proposalTitle}" was submitted${noEn(d)}. Please carry out the formal screening.`,
  })),
  'proposal.received': T('submission', ['提案を受け付けました', 'Your proposal was received'], (d) => ({
    ja: `提案「${d.proposalTitle}」を受け付けました${no(d)}。受付番号はお問い合わせの際にお伝えください。形式審査の結果は追ってお知らせします。`,
    en: `Your proposal "${d.proposalTitle}" was received${noEn(d)}. Please quote the receipt number in any enquiry. We will tell you the screening result.`,
  })),
  'proposal.resubmitted': T('submission', ['提案が再提出されました', 'Proposal resubmitted'], (d) => ({
    ja: `修正を依頼した提案「${d.proposalTitle}」${no(d)}が再提出されました。`,
    en: `The proposal "${d.proposalTitle}"${noEn(d)} returned for correction was resubmitted.`,
  })),
  'proposal.returned': T('screening', ['提案の修正をお願いします', 'Please correct your proposal'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}について、事務局から修正の依頼がありました。締切までに修正のうえ再提出してください。${quote('【修正をお願いする点】', d.reason)}`,
    en: `The secretariat returned "${d.proposalTitle}"${noEn(d)} for correction. Please correct it and resubmit before the deadline.${quote('[What to correct]', d.reason)}`,
  })),
  'proposal.accepted': T('screening', ['形式審査を通過しました', 'Your proposal passed the screening'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}は形式審査を通過し、審査に進みます。`,
    en: `"${d.proposalTitle}"${noEn(d)} passed the formal screening and goes on to review.`,
  })),
  'proposal.ineligible': T('screening', ['形式審査の結果', 'Result of the screening'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}は、募集要項の要件を満たさないため審査の対象外となりました。${quote('【理由】', d.reason)}`,
    en: `"${d.proposalTitle}"${noEn(d)} does not meet the call's requirements and will not be reviewed.${quote('[Reason]', d.reason)}`,
  })),
  'review.assigned': T('assignment', ['審査を担当してください', 'Review assigned'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}の審査担当に割り当てられました。利害関係がある場合は申告してください。${d.deadline ? `採点の締切は${when(d.deadline, 'ja')}です。` : ''}`,
    en: `You were assigned to review "${d.proposalTitle}"${noEn(d)}. Declare any conflict of interest.${d.deadline ? ` Scores are due by ${when(d.deadline, 'en')}.` : ''}`,
  })),
  'reminder.submission': T('reminder', ['提出締切が近づいています', 'The submission deadline is near'], (d) => ({
    ja: `下書きの提案「${d.proposalTitle}」はまだ提出されていません。提出締切は${when(d.deadline, 'ja')}です。`,
    en: `Your draft "${d.proposalTitle}" is not submitted yet. The deadline is ${when(d.deadline, 'en')}.`,
  })),
  'reminder.review': T('reminder', ['採点の締切が近づいています', 'Scores are due soon'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}の採点票が未提出です。締切は${when(d.deadline, 'ja')}です。`,
    en: `Your score sheet for "${d.proposalTitle}"${noEn(d)} is not submitted. It is due by ${when(d.deadline, 'en')}.`,
  })),
  'session.invitation': S('session', ['合同評価会議のご案内', 'Joint evaluation session'], (d) => ({
    ja: `合同評価会議を${when(d.session?.startsAt, 'ja')}に${d.session?.place ?? ''}で開催します。予定表ファイルを添付しました。`,
    en: `The joint evaluation session takes place on ${when(d.session?.startsAt, 'en')} at ${d.session?.place ?? ''}. A calendar file is attached.`,
  })),
  'reminder.session': S('reminder', ['明日は合同評価会議です', 'The session is tomorrow'], (d) => ({
    ja: `合同評価会議は${when(d.session?.startsAt, 'ja')}から${d.session?.place ?? ''}で開催されます。`,
    en: `The joint evaluation session starts ${when(d.session?.startsAt, 'en')} at ${d.session?.place ?? ''}.`,
  })),
  'proposal.decided': T('decision', ['審査結果のお知らせ', 'Decision on your proposal'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}の審査結果が決定しました。${quote('【講評】', d.comment)}${list('【採択の条件】', d.conditions)}`,
    en: `A decision was made on "${d.proposalTitle}"${noEn(d)}.${quote('[Committee comments]', d.comment)}${list('[Conditions]', d.conditions)}`,
  })),
  'proposal.published': T('publication', ['審査結果を公表しました', 'The result is published'], (d) => ({
    ja: `提案「${d.proposalTitle}」${no(d)}の審査結果を公表しました。`,
    en: `The result for "${d.proposalTitle}"${noEn(d)} is now public.`,
  })),
  'evaluation.requested': T(
    'evaluation',
    ['事業評価（自己評価）のお願い', 'Please submit your self-evaluation'],
    (d) => ({
      ja: `事業「${d.proposalTitle}」の実施期間が終了しました。自己評価を提出してください。`,
      en: `The term of "${d.proposalTitle}" has ended. Please submit your self-evaluation.`,
    }),
  ),
  'condition.follow_up': T('condition', ['採択条件への対応状況のご確認', 'Conditions of adoption: follow-up'], (d) => ({
    ja: `事業「${d.proposalTitle}」の採択条件への対応状況をご報告ください。${list('【条件】', d.conditions)}`,
    en: `Please report how the conditions of "${d.proposalTitle}" are being met.${list('[Conditions]', d.conditions)}`,
  })),
  // 実施中: what the partners file, and what the secretariat decides of it. The secretariat's note is on the page the
  // link opens (notices carry ids only; the record's note stays with the record).
  'progress_report.submitted': T('implementation', ['中間報告が提出されました', 'Progress report filed'], (d) => ({
    ja: `事業「${d.proposalTitle}」の中間報告が提出されました。内容を確認し、受理または差し戻してください。`,
    en: `A progress report on "${d.proposalTitle}" was filed. Please check it and accept or return it.`,
  })),
  'progress_report.accepted': T('implementation', ['中間報告を受理しました', 'Progress report accepted'], (d) => ({
    ja: `事業「${d.proposalTitle}」の中間報告を事務局が受理しました。成果指標の実績は公開ページの進捗に反映されます。`,
    en: `The secretariat accepted the progress report on "${d.proposalTitle}". Its KPI actuals now show on the public page.`,
  })),
  'progress_report.returned': T(
    'implementation',
    ['中間報告の修正をお願いします', 'Progress report returned'],
    (d) => ({
      ja: `事業「${d.proposalTitle}」の中間報告について、事務局から修正の依頼がありました。事務局のコメントを確認し、改めて提出してください。`,
      en: `The secretariat returned the progress report on "${d.proposalTitle}". Please read its note and file the report again.`,
    }),
  ),
  'plan_change.requested': T('implementation', ['計画変更の申請がありました', 'Plan change requested'], (d) => ({
    ja: `事業「${d.proposalTitle}」について計画変更の申請がありました。内容を確認し、承認または差し戻してください。`,
    en: `A plan change was requested for "${d.proposalTitle}". Please check it and approve or return it.`,
  })),
  'plan_change.approved': T('implementation', ['計画変更を承認しました', 'Plan change approved'], (d) => ({
    ja: `事業「${d.proposalTitle}」の計画変更を事務局が承認しました。変更後の内容が協定と成果指標の目標値に反映されています。`,
    en: `The secretariat approved the plan change for "${d.proposalTitle}". The agreement and the KPIs' targets now read as changed.`,
  })),
  'plan_change.returned': T('implementation', ['計画変更の申請が差し戻されました', 'Plan change returned'], (d) => ({
    ja: `事業「${d.proposalTitle}」の計画変更の申請が差し戻されました。計画は変更されていません。事務局のコメントを確認してください。`,
    en: `The plan change requested for "${d.proposalTitle}" was returned; the plan is unchanged. Please read the secretariat's note.`,
  })),
  'results_report.submitted': T('implementation', ['実績報告が提出されました', 'Results report filed'], (d) => ({
    ja: `事業「${d.proposalTitle}」の実績報告（収支決算を含む）が提出されました。内容を確認し、受理または差し戻してください。`,
    en: `The results report (with the accounts) of "${d.proposalTitle}" was filed. Please check it and accept or return it.`,
  })),
  'results_report.accepted': T('implementation', ['実績報告を受理しました', 'Results report accepted'], (d) => ({
    ja: `事業「${d.proposalTitle}」の実績報告を事務局が受理しました。事業評価では、この報告の実績が使われます。`,
    en: `The secretariat accepted the results report of "${d.proposalTitle}". The project evaluation uses its actuals.`,
  })),
  'results_report.returned': T('implementation', ['実績報告の修正をお願いします', 'Results report returned'], (d) => ({
    ja: `事業「${d.proposalTitle}」の実績報告について、事務局から修正の依頼がありました。事務局のコメントを確認し、改めて提出してください。`,
    en: `The secretariat returned the results report of "${d.proposalTitle}". Please read its note and file the report again.`,
  })),
};

const FALLBACK = T('status', ['提案の状況が更新されました', 'Proposal status updated'], (d) => ({
  ja: `提案「${d.proposalTitle}」${no(d)}の状況が「${d.state}」になりました。`,
  en: `The proposal "${d.proposalTitle}"${noEn(d)} is now in state "${d.state}".`,
}));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Subject, plain text and HTML in both languages; templates the catalogue does not know fall back to a status notice. */
/** The category a template's notices belong to (unknown templates: the fallback's). */
export function categoryOf(template: string): Category {
  return (TEMPLATES[template] ?? FALLBACK).category;
}

export function renderMessage(template: string, data: MessageData) {
  const t = TEMPLATES[template] ?? FALLBACK;
  const subject = t.subject(data);
  const body = t.body(data);
  const footer = {
    ja: `\n\nKyodo（協働事業提案制度）\n${data.link}`,
    en: `\n\nKyodo (collaborative proposals)\n${data.link}`,
  };
  // The date of making heads the notice, as on a municipal 通知書 (in 和暦 in both languages: it is the official date).
  const dated = (locale: 'ja' | 'en') =>
    data.madeAt ? `${locale === 'ja' ? '' : 'Date: '}${warekiDate(data.madeAt)}\n\n` : '';
  const text = { ja: dated('ja') + body.ja + footer.ja, en: dated('en') + body.en + footer.en };
  const html = (locale: 'ja' | 'en') =>
    `<!doctype html><html lang="${locale}"><body><p>${escapeHtml(text[locale]).replaceAll('\n', '<br>')}</p></body></html>`;
  return {
    category: t.category,
    required: REQUIRED_CATEGORIES.includes(t.category),
    subject,
    body,
    text,
    html: { ja: html('ja'), en: html('en') },
  };
}
