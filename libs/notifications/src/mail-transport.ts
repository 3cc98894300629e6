import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so a resend after a crash is recognisable as the same message. */
  messageId: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/** The injection token of the process's one MailTransport (see NotificationsModule). */
export const MAIL_TRANSPORT = Symbol('MailTransport');

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * nodemailer is loaded with the first message, not with the module: it holds about 20 MB in each process from boot,
 * and a trial install may send its first message hours later. Created once per transport; later sends reuse it.
 */
class LazyTransporter {
  private transporter: Promise<Transporter> | null = null;

  constructor(private readonly options: object) {}

  get(): Promise<Transporter> {
    this.transporter ??= import('nodemailer').then(({ createTransport }) => createTransport(this.options as never));
    return this.transporter;
  }

  close(): void {
    void this.transporter?.then((transporter) => transporter.close());
  }
}

/** Real delivery over SMTP (SMTP_URL). */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: LazyTransporter;

  constructor(
    url: string,
    private readonly from: string,
    options: { pool?: boolean } = {},
  ) {
    // A pool (the default) reuses a few SMTP connections: a batch of notices must not open one per message.
    // Bounded timeouts keep every send well inside the delivery lease (EMAIL_SEND_LEASE_SECONDS).
    const limits = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
    this.transporter = new LazyTransporter({
      url,
      ...limits,
      ...((options.pool ?? true) ? { pool: true, maxConnections: 4 } : {}),
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await (await this.transporter.get()).sendMail({ from: this.from, ...mail });
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * The default without SMTP: each message becomes an .eml file under
 * `<dataDir>/mail`, and its path (never the recipient) is logged. Nothing leaves the machine unasked.
 */
export class FileMailTransport implements MailTransport {
  private readonly transporter: LazyTransporter;
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.transporter = new LazyTransporter({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await (await this.transporter.get()).sendMail({ from: this.from, ...mail });
    mkdirSync(this.dir, { recursive: true });
    const name = createHash('sha256').update(mail.messageId).digest('hex').slice(0, 24);
    const path = join(this.dir, `${name}.eml`);
    writeFileSync(path, info.message as Buffer);
    // The path only: the recipient's address is personal data and stays in the file.
    this.logger.log(`wrote ${path}`);
  }

  close(): void {
    this.transporter.close();
  }
}

export function createMailTransport(smtpUrl: string | undefined, dataDir: string, from: string): MailTransport {
  return smtpUrl ? new SmtpMailTransport(smtpUrl, from) : new FileMailTransport(join(dataDir, 'mail'), from);
}
