import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { EmailChangesService, PasswordResetsService, RESET_LINK_MINUTES } from '@kyodo/identity';
import type { JobPayloads } from '@kyodo/queues';
import { EmailDeliveries } from './email-deliveries';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One e-mailed link of an account, in the recipient's language. */
interface AccountLinkMail {
  municipalityId: string | null;
  userId: string;
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  link: string;
}

const MESSAGES = {
  'password-reset': {
    subject: { ja: '【Kyodo】パスワードの再設定', en: 'Kyodo: reset your password' },
    body: {
      ja: (name: string, link: string) =>
        `${name} 様\n\nKyodo のアカウントのパスワード再設定の申込みを受け付けました。` +
        `${RESET_LINK_MINUTES}分以内に次のリンクを開き、新しいパスワードを設定してください。リンクは1回だけ使えます。\n\n${link}\n\n` +
        'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
      en: (name: string, link: string) =>
        `${name},\n\nSomeone (we hope you) asked to reset the password of this Kyodo account. ` +
        `Open the link below within ${RESET_LINK_MINUTES} minutes to set a new one. It works once.\n\n${link}\n\n` +
        'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    },
  },
  'email-change': {
    subject: { ja: '【Kyodo】メールアドレス変更の確認', en: 'Kyodo: confirm your new e-mail address' },
    body: {
      ja: (name: string, link: string) =>
        `${name} 様\n\nKyodo のアカウントのメールアドレスを、このアドレスに変更する申込みを受け付けました。` +
        `${RESET_LINK_MINUTES}分以内に次のリンクを開くと変更が完了し、以後はこのアドレスでログインします。リンクは1回だけ使えます。\n\n${link}\n\n` +
        'お心当たりのない場合は、このメールを破棄してください。メールアドレスは変更されません。',
      en: (name: string, link: string) =>
        `${name},\n\nSomeone (we hope you) asked to make this the e-mail address of a Kyodo account. ` +
        `Open the link below within ${RESET_LINK_MINUTES} minutes to confirm it; you then sign in with this address. ` +
        `It works once.\n\n${link}\n\nIf you did not ask for this, ignore this e-mail: nothing changes.`,
    },
  },
} as const;

/** To the old address once a change is confirmed: no link, only what happened and what to do if it was not them. */
const CHANGED = {
  subject: { ja: '【Kyodo】メールアドレスが変更されました', en: 'Kyodo: your e-mail address was changed' },
  body: {
    ja: (name: string, newEmail: string) =>
      `${name} 様\n\nKyodo のアカウントのメールアドレス（ログイン名）が ${newEmail} に変更されました。` +
      '以後、このアドレスではログインできません。\n\n' +
      'お心当たりのない場合は、第三者がアカウントを使っているおそれがあります。すぐに事務局へご連絡ください。',
    en: (name: string, newEmail: string) =>
      `${name},\n\nThe e-mail address (sign-in name) of your Kyodo account was changed to ${newEmail}. ` +
      'This address no longer signs in.\n\n' +
      'If you did not make this change, someone else may be using your account: contact the secretariat at once.',
  },
} as const;

/**
 * E-mails an account's links — a password reset, the confirmation of a new e-mail address — once per link (keyed by
 * it), and the notice to an address a confirmed change replaced. The identity library derives each link's token again from its id: neither the job nor the database holds it.
 * A link used or expired by the time the job runs is not sent.
 */
@Injectable()
export class SendAccountLink {
  private readonly baseUrl: string;

  constructor(
    private readonly resets: PasswordResetsService,
    private readonly emailChanges: EmailChangesService,
    private readonly emails: EmailDeliveries,
    config: AppConfig,
  ) {
    this.baseUrl = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  async passwordReset(job: JobPayloads['account.password-reset']): Promise<{ sent: boolean }> {
    const mail = await this.resets.mailFor(job.resetId);
    if (!mail) return { sent: false };
    const link = `${this.baseUrl}/password-reset/${encodeURIComponent(mail.token)}`;
    return this.send('password-reset', `password-reset:${job.resetId}`, { ...mail, link });
  }

  async emailChange(job: JobPayloads['account.email-change']): Promise<{ sent: boolean }> {
    const mail = await this.emailChanges.mailFor(job.changeId);
    if (!mail) return { sent: false };
    const link = `${this.baseUrl}/email-change/${encodeURIComponent(mail.token)}`;
    return this.send('email-change', `email-change:${job.changeId}`, { ...mail, link });
  }

  /** Tells the old address that a confirmed change replaced it; once per change. */
  async emailChanged(job: JobPayloads['account.email-changed']): Promise<{ sent: boolean }> {
    const notice = await this.emailChanges.previousAddressNoticeFor(job.changeId);
    if (!notice) return { sent: false };
    const text = CHANGED.body[notice.locale](notice.displayName, notice.newEmail);
    const sent = await this.emails.sendOnce({
      key: `email-changed:${job.changeId}`,
      municipalityId: notice.municipalityId,
      userId: notice.userId,
      mail: {
        to: notice.email,
        subject: CHANGED.subject[notice.locale],
        text,
        html: `<!doctype html><html lang="${notice.locale}"><body><pre>${escapeHtml(text)}</pre></body></html>`,
      },
    });
    return { sent };
  }

  private async send(kind: keyof typeof MESSAGES, key: string, mail: AccountLinkMail): Promise<{ sent: boolean }> {
    const text = MESSAGES[kind].body[mail.locale](mail.displayName, mail.link);
    const sent = await this.emails.sendOnce({
      key,
      municipalityId: mail.municipalityId,
      userId: mail.userId,
      mail: {
        to: mail.email,
        subject: MESSAGES[kind].subject[mail.locale],
        text,
        html: `<!doctype html><html lang="${mail.locale}"><body><pre>${escapeHtml(text)}</pre><p><a href="${escapeHtml(mail.link)}">${escapeHtml(mail.link)}</a></p></body></html>`,
      },
    });
    return { sent };
  }
}
