import type { AppConfig } from '@kyodo/config';
import type { GroupRegistrationMail, GroupRegistrationMails } from '@kyodo/identity';
import type { GroupRegistrationMailKind } from '@kyodo/queues';
import type { EmailDeliveries, EmailDelivery } from './email-deliveries';
import { SendGroupRegistrationMail } from './send-group-registration-mail.use-case';

const MAIL: GroupRegistrationMail = {
  municipalityId: '6d1f6f3e-1f9e-4a35-9a3b-2f8a4b1c0d01',
  municipalityCode: 'fujisawa',
  municipalityName: { ja: '藤沢市', en: 'Fujisawa' },
  email: 'kodomo@example.jp',
  contactName: '湘南 さくら',
  groupName: 'ふじさわ子ども食堂ネット',
  locale: 'ja',
  token: 'the-token-0123456789',
  expiresAt: new Date('2026-12-07T00:00:00Z'),
  reasons: '会則に役員の定めがありません。',
};

describe('the e-mails about a group registration', () => {
  const sent: EmailDelivery[] = [];
  let current: GroupRegistrationMail | null = MAIL;
  const use = new SendGroupRegistrationMail(
    { mailFor: async () => current } as unknown as GroupRegistrationMails,
    {
      sendOnce: async (delivery: EmailDelivery) => {
        sent.push(delivery);
        return true;
      },
    } as unknown as EmailDeliveries,
    { PUBLIC_BASE_URL: 'https://kyodo.example.jp/' } as AppConfig,
  );
  const send = async (mail: GroupRegistrationMailKind, overrides: Partial<GroupRegistrationMail> = {}) => {
    current = { ...MAIL, ...overrides };
    sent.length = 0;
    const outcome = await use.execute({ registrationId: 'r-1', mail, outboxId: 'o-1' });
    return { outcome, delivery: sent[0] };
  };

  it('sends the link to confirm the address, keyed once per registration and e-mail, to no account', async () => {
    const { outcome, delivery } = await send('confirm');
    expect(outcome).toEqual({ sent: true });
    expect(delivery!.key).toBe('group-registration:r-1:confirm');
    expect(delivery!.userId).toBeNull();
    expect(delivery!.mail.to).toBe('kodomo@example.jp');
    expect(delivery!.mail.subject).toBe('【Kyodo】団体登録：メールアドレスの確認');
    expect(delivery!.mail.text).toContain('https://kyodo.example.jp/group-registration/confirm/the-token-0123456789');
    expect(delivery!.mail.text).toContain('24時間以内');
  });

  it('tells an address that already has an account to sign in, with no link to confirm anything', async () => {
    const { delivery } = await send('existing-account', { token: null });
    expect(delivery!.mail.text).toContain('https://kyodo.example.jp/login');
    expect(delivery!.mail.text).not.toContain('/group-registration/confirm/');
  });

  it('gives the reasons of a return, with the way back to the form, in the language registered in', async () => {
    const { delivery } = await send('returned', { locale: 'en', reasons: 'The rules name no officers.' });
    expect(delivery!.mail.subject).toBe('Kyodo: your group registration was returned');
    expect(delivery!.mail.text).toContain('The rules name no officers.');
    expect(delivery!.mail.text).toContain('https://kyodo.example.jp/group-registration?m=fujisawa');
  });

  it('escapes the reasons in the HTML part', async () => {
    const { delivery } = await send('refused', { reasons: '<script>x</script>' });
    expect(delivery!.mail.html).not.toContain('<script>');
  });

  it('sends nothing once the e-mail is no longer current (link used or expired, decision overtaken)', async () => {
    current = null;
    sent.length = 0;
    expect(await use.execute({ registrationId: 'r-1', mail: 'confirm', outboxId: 'o-1' })).toEqual({ sent: false });
    expect(sent).toEqual([]);
  });
});
