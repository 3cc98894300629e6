import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface HeldMessage {
  /** Resolves with the envelope recipient once the held message's data has arrived (never acknowledged). */
  arrived: Promise<string>;
}

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Messages to one address. */
  to(address: string): ParsedMail[];
  /**
   * The next message is received but never acknowledged: the client is left
   * mid-send, and unless it stays connected the message is not delivered.
   */
  holdNext(): HeldMessage;
  stop(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let hold: ((recipient: string) => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (hold) {
        const arrived = hold;
        hold = null;
        stream.on('end', () => arrived(session.envelope.rcptTo[0]?.address ?? ''));
        stream.resume();
        return; // no callback: the 250 never comes
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((m) => {
        const recipients = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
        return recipients.some((r) => r.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
      }),
    holdNext: () => ({ arrived: new Promise<string>((resolve) => (hold = resolve)) }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
