import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Hold {
  /** Resolves with the envelope recipient of the first held message once its data has arrived. */
  arrived: Promise<string>;
  /** Messages from now on are acknowledged (and kept) again; the held ones never are. */
  release(): void;
}

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Messages to one address. */
  to(address: string): ParsedMail[];
  /**
   * From now until `release()`, every message is received but never
   * acknowledged: its client is left mid-send, and the message is not
   * delivered. Holding all of them (not just the first) keeps a test free of
   * a message that was acknowledged a moment before its sender was killed.
   */
  hold(): Hold;
  stop(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let holding = false;
  let firstHeld: ((recipient: string) => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (holding) {
        const arrived = firstHeld;
        firstHeld = null;
        stream.on('end', () => arrived?.(session.envelope.rcptTo[0]?.address ?? ''));
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
  // A client killed mid-conversation (the worker-kill tests) resets its connection, and smtp-server reports that as
  // an 'error' event; with no listener it would be thrown in the test process. It is expected here, not a failure.
  server.on('error', () => undefined);
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
    hold: () => {
      holding = true;
      return {
        arrived: new Promise<string>((resolve) => (firstHeld = resolve)),
        release: () => {
          holding = false;
        },
      };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
