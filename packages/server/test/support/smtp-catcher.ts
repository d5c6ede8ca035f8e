// A real SMTP server on a local port that keeps what it receives, for tests of email delivery.

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  /** Envelope sender. */
  from: string;
  /** Envelope recipients joined with ", " (one address in Tessera's own mail). */
  to: string;
  recipients: string[];
  subject: string;
  text: string;
  html: string | undefined;
  /** Lower-cased header names; repeated headers keep the first value. */
  headers: Map<string, string>;
  raw: string;
}

// Just enough MIME reading for tests (no mail-parser dependency): headers, encoded-word subjects,
// multipart, base64 and quoted-printable.

interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string | undefined;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitHeaders(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  // Folded lines continue the previous header.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  const input = text.replace(/=\n/g, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? '';
    const hex = input.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return qpBytes(part.body).toString('utf8');
  return part.body;
}

/** RFC 2047 words; adjacent words are joined as bytes, since a character may be split between them. */
function decodeWords(value: string): string {
  return value
    .replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
      const words = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)];
      const bytes = Buffer.concat(
        words.map(([, kind = 'Q', data = '']) =>
          kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' ')),
        ),
      );
      const trailing = /\s+$/.exec(run)?.[0] ?? '';
      return bytes.toString('utf8') + trailing;
    })
    .trim();
}

function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return (
    sections
      .filter((section) => !section.startsWith('--'))
      // The line break before a boundary belongs to the boundary (RFC 2046), not to the part.
      .flatMap((section) => leaves(splitHeaders(section.replace(/^\n/, '').replace(/\n$/, ''))))
  );
}

function parseMail(raw: string): ParsedMail {
  // SMTP DATA ends every message with a line break that no sender wrote.
  const root = splitHeaders(raw.replace(/\r?\n$/, ''));
  const parts = leaves(root);
  const ofType = (type: string) => {
    const part = parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type));
    return part ? decodeBody(part).replace(/\r\n/g, '\n') : undefined;
  };
  return {
    headers: root.headers,
    subject: decodeWords(root.headers.get('subject') ?? ''),
    text: ofType('text/plain') ?? '',
    html: ofType('text/html'),
  };
}

export interface SmtpCatcher {
  /** `smtp://127.0.0.1:port`, with credentials when the catcher requires them. */
  url: string;
  /** Accepted messages, oldest first; shared live with the server. */
  messages: CaughtMail[];
  /** The next message is refused after DATA with this reply; calls queue up. */
  rejectNext(responseCode?: number, message?: string): void;
  reset(): void;
  /** Resolves once `count` messages have been accepted. */
  waitForMessages(count: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

export interface SmtpCatcherOptions {
  /** When set, AUTH with these credentials is required; otherwise any client may send. */
  user?: string;
  pass?: string;
}

export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const rejections: Array<{ responseCode: number; message: string }> = [];
  const waiters: Array<{ count: number; resolve: (m: CaughtMail[]) => void }> = [];
  const requireAuth = options.user !== undefined;

  const settleWaiters = () => {
    for (const waiter of [...waiters]) {
      if (messages.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(messages.slice());
      }
    }
  };

  const server = new SMTPServer({
    authOptional: !requireAuth,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      if (requireAuth && (auth.username !== options.user || auth.password !== options.pass)) {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
        return;
      }
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const rejection = rejections.shift();
        if (rejection) {
          callback(Object.assign(new Error(rejection.message), { responseCode: rejection.responseCode }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = parseMail(raw);
        const mailFrom = session.envelope.mailFrom;
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: recipients.join(', '),
          recipients,
          ...parsed,
          raw,
        });
        callback(null);
        settleWaiters();
      });
    },
  });
  server.on('error', () => {
    // A client hanging up mid-dialogue is not a test failure.
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const auth = requireAuth
    ? `${encodeURIComponent(options.user ?? '')}:${encodeURIComponent(options.pass ?? '')}@`
    : '';

  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    messages,
    rejectNext(responseCode = 550, message = 'Message rejected') {
      rejections.push({ responseCode, message });
    },
    reset() {
      messages.length = 0;
      rejections.length = 0;
    },
    waitForMessages(count) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        settleWaiters();
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
