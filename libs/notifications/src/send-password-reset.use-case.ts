import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { PasswordResetsService, RESET_LINK_MINUTES } from '@kyodo/identity';
import type { JobPayloads } from '@kyodo/queues';
import { EmailDeliveries } from './email-deliveries';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * E-mails a password-reset link, once per link (keyed by it). The token is derived again from the link's id by
 * the identity library: neither the job nor the database holds it. A link used or expired by the time the job runs
 * is not sent.
 */
@Injectable()
export class SendPasswordReset {
  private readonly baseUrl: string;

  constructor(
    private readonly resets: PasswordResetsService,
    private readonly emails: EmailDeliveries,
    config: AppConfig,
  ) {
    this.baseUrl = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  async execute(job: JobPayloads['account.password-reset']): Promise<{ sent: boolean }> {
    const mail = await this.resets.mailFor(job.resetId);
    if (!mail) return { sent: false };
    const link = `${this.baseUrl}/password-reset/${encodeURIComponent(mail.token)}`;
    const en = mail.locale === 'en';
    const subject = en ? 'Kyodo: reset your password' : '【Kyodo】パスワードの再設定';
    const text = en
      ? `${mail.displayName},\n\nSomeone (we hope you) asked to reset the password of this Kyodo account. ` +
        `Open the link below within ${RESET_LINK_MINUTES} minutes to set a new one. It works once.\n\n${link}\n\n` +
        'If you did not ask for this, ignore this e-mail: your password stays as it is.'
      : `${mail.displayName} 様\n\nKyodo のアカウントのパスワード再設定の申込みを受け付けました。` +
        `${RESET_LINK_MINUTES}分以内に次のリンクを開き、新しいパスワードを設定してください。リンクは1回だけ使えます。\n\n${link}\n\n` +
        'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。';
    const sent = await this.emails.sendOnce({
      key: `password-reset:${job.resetId}`,
      municipalityId: mail.municipalityId,
      userId: mail.userId,
      mail: {
        to: mail.email,
        subject,
        text,
        html: `<!doctype html><html lang="${mail.locale}"><body><pre>${escapeHtml(text)}</pre><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></body></html>`,
      },
    });
    return { sent };
  }
}
