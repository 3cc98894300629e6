import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { type GroupRegistrationMail, GroupRegistrationMails, REGISTRATION_LINK_HOURS } from '@kyodo/identity';
import type { GroupRegistrationMailKind, JobPayloads } from '@kyodo/queues';
import { EmailDeliveries } from './email-deliveries';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

type Texts = Record<'ja' | 'en', (mail: GroupRegistrationMail, link: string) => string>;

const SUBJECTS: Record<GroupRegistrationMailKind, Record<'ja' | 'en', string>> = {
  confirm: {
    ja: '【Kyodo】団体登録：メールアドレスの確認',
    en: 'Kyodo: confirm the e-mail address of your group registration',
  },
  'existing-account': { ja: '【Kyodo】団体登録のお申込みについて', en: 'Kyodo: about your group registration' },
  approved: { ja: '【Kyodo】団体登録が承認されました', en: 'Kyodo: your group registration is approved' },
  returned: { ja: '【Kyodo】団体登録の差戻し', en: 'Kyodo: your group registration was returned' },
  refused: { ja: '【Kyodo】団体登録の審査結果', en: 'Kyodo: the decision on your group registration' },
};

const BODIES: Record<GroupRegistrationMailKind, Texts> = {
  confirm: {
    ja: (m, link) =>
      `${m.contactName} 様\n\n${m.municipalityName.ja}の協働事業提案制度への団体登録（${m.groupName}）のお申込みを受け付けました。` +
      `${REGISTRATION_LINK_HOURS}時間以内に次のリンクを開き、メールアドレスを確認してください。確認後、事務局が審査します。リンクは1回だけ使えます。\n\n${link}\n\n` +
      'お心当たりのない場合は、このメールを破棄してください。登録は行われません。',
    en: (m, link) =>
      `${m.contactName},\n\nWe received a registration of the group "${m.groupName}" with ${m.municipalityName.en}. ` +
      `Open the link below within ${REGISTRATION_LINK_HOURS} hours to confirm this e-mail address; the secretariat then reviews the registration. ` +
      `It works once.\n\n${link}\n\nIf you did not register, ignore this e-mail: nothing is registered.`,
  },
  'existing-account': {
    ja: (m, link) =>
      `${m.contactName} 様\n\nこのメールアドレスで団体登録（${m.groupName}）のお申込みがありましたが、このアドレスにはすでに Kyodo のアカウントがあります。` +
      `そのためお申込みは受け付けていません。既存のアカウントでログインしてください。パスワードをお忘れの場合は、ログイン画面から再設定できます。\n\n${link}\n\n` +
      '別の団体を登録する場合は、別のメールアドレスでお申し込みください。お心当たりのない場合は、このメールを破棄してください。',
    en: (m, link) =>
      `${m.contactName},\n\nSomeone registered the group "${m.groupName}" with this e-mail address, but it already has a Kyodo account, ` +
      `so the registration was not accepted. Sign in with your account; if you forgot its password, reset it from the sign-in page.\n\n${link}\n\n` +
      'To register another group, use another e-mail address. If you did not register, ignore this e-mail.',
  },
  approved: {
    ja: (m, link) =>
      `${m.contactName} 様\n\n団体登録（${m.groupName}）が${m.municipalityName.ja}の事務局により承認されました。` +
      `登録したメールアドレスとパスワードでログインし、提案できます。\n\n${link}`,
    en: (m, link) =>
      `${m.contactName},\n\nThe secretariat of ${m.municipalityName.en} approved the registration of "${m.groupName}". ` +
      `Sign in with the e-mail address and password you registered with to make proposals.\n\n${link}`,
  },
  returned: {
    ja: (m, link) =>
      `${m.contactName} 様\n\n団体登録（${m.groupName}）は、次の理由により事務局から差し戻されました。\n\n${m.reasons}\n\n` +
      `お手数ですが、内容を直して、もう一度お申し込みください。\n\n${link}`,
    en: (m, link) =>
      `${m.contactName},\n\nThe secretariat returned the registration of "${m.groupName}" for these reasons:\n\n${m.reasons}\n\n` +
      `Please correct it and register again.\n\n${link}`,
  },
  refused: {
    ja: (m, link) =>
      `${m.contactName} 様\n\n団体登録（${m.groupName}）は、次の理由により承認されませんでした。\n\n${m.reasons}\n\n` +
      `ご不明な点は事務局にお問い合わせください。\n\n${link}`,
    en: (m, link) =>
      `${m.contactName},\n\nThe registration of "${m.groupName}" was not approved, for these reasons:\n\n${m.reasons}\n\n` +
      `For questions, contact the secretariat.\n\n${link}`,
  },
};

/**
 * E-mails about a group's registration (団体登録), once each (keyed by the registration and the e-mail), in the
 * language the group registered in. There is no account yet, so none is named in the delivery's record.
 */
@Injectable()
export class SendGroupRegistrationMail {
  private readonly baseUrl: string;

  constructor(
    private readonly mails: GroupRegistrationMails,
    private readonly emails: EmailDeliveries,
    config: AppConfig,
  ) {
    this.baseUrl = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  async execute(job: JobPayloads['account.group-registration']): Promise<{ sent: boolean }> {
    const mail = await this.mails.mailFor(job.registrationId, job.mail);
    if (!mail) return { sent: false };
    const text = BODIES[job.mail][mail.locale](mail, this.linkFor(job.mail, mail));
    const sent = await this.emails.sendOnce({
      key: `group-registration:${job.registrationId}:${job.mail}`,
      municipalityId: mail.municipalityId,
      userId: null,
      mail: {
        to: mail.email,
        subject: SUBJECTS[job.mail][mail.locale],
        text,
        html: `<!doctype html><html lang="${mail.locale}"><body><pre>${escapeHtml(text)}</pre></body></html>`,
      },
    });
    return { sent };
  }

  private linkFor(kind: GroupRegistrationMailKind, mail: GroupRegistrationMail): string {
    const code = encodeURIComponent(mail.municipalityCode);
    switch (kind) {
      case 'confirm':
        return `${this.baseUrl}/group-registration/confirm/${encodeURIComponent(mail.token ?? '')}`;
      case 'returned':
        return `${this.baseUrl}/group-registration?m=${code}`;
      case 'refused':
        return `${this.baseUrl}/?m=${code}`;
      case 'existing-account':
      case 'approved':
        return `${this.baseUrl}/login`;
    }
  }
}
