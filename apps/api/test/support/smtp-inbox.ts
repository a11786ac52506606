import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it: the envelope's recipients, the decoded subject and plain-text body. */
export interface ReceivedMail {
  to: string;
  subject: string;
  body: string;
  /** The message as it came over the wire. */
  raw: string;
}

export interface SmtpInbox {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  /** Every mail received so far, in order. */
  readonly mails: ReceivedMail[];
  /** Mails whose subject matches, in order. */
  matching(subject: RegExp): ReceivedMail[];
  /** Waits until `check` holds for the mails received (10 s by default). */
  until(check: (mails: ReceivedMail[]) => boolean, what: string, ms?: number): Promise<void>;
  /**
   * Holds the answer to the next mail's data (the sender waits for "250 OK") until `release()` is called: a mail in
   * flight, for what a server does when it stops meanwhile. Resolves when that mail has arrived and is held.
   */
  holdNext(): { arrived: Promise<ReceivedMail>; release(): void };
  close(): Promise<void>;
}

/** The decoded text of RFC 2047 encoded words (`=?UTF-8?Q?Ma=C3=9Fwerk?=`) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Subject and body of a single-part plain-text message, decoded (quoted-printable or base64). */
export function parseMail(raw: string): { subject: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const content = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? Buffer.from(
          content
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
        : content;
  return { subject: decodeHeader(header('Subject')), body: body.replace(/\r\n/g, '\n') };
}

/**
 * A real SMTP server on loopback that keeps what it receives, for tests that read the mail the product sent (no TLS, no
 * authentication). `answerAfterMs` makes it think before it accepts each mail, as a busy relay does, so that senders
 * overlap. Close it after the apps that send to it.
 */
export async function anSmtpInbox({ answerAfterMs = 0 }: { answerAfterMs?: number } = {}): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  let hold: { arrived: (mail: ReceivedMail) => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const mail = { to: session.envelope.rcptTo.map((r) => r.address).join(','), raw, ...parseMail(raw) };
        const held = hold;
        hold = null;
        if (!held) {
          setTimeout(() => {
            mails.push(mail);
            callback();
          }, answerAfterMs);
          return;
        }
        held.arrived(mail);
        // the mail counts as received once the server has said so, as for a real server
        void held.released.then(() => {
          mails.push(mail);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    matching: (subject) => mails.filter((m) => subject.test(m.subject)),
    async until(check, what, ms = 10_000) {
      const end = Date.now() + ms;
      while (!check(mails)) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; received: ${mails.map((m) => m.to)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    holdNext() {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const arrived = new Promise<ReceivedMail>((resolve) => (hold = { arrived: resolve, released }));
      return { arrived, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
