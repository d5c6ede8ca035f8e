// A Twilio-style SMS provider on a real local HTTP port, for tests of the HTTP SMS adapter and of quotas.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface ReceivedSms {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body: string;
  receivedAt: number;
}

export interface FakeSmsProvider {
  /** Base URL to give the adapter, such as `http://127.0.0.1:54321`. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Accepted messages, oldest first; shared live with the server. */
  messages: ReceivedSms[];
  /** Number of requests seen, accepted or not (an adapter retry shows up here). */
  readonly requestCount: number;
  /** The next request gets this status and body (an object is sent as JSON); calls queue up. */
  failNext(status: number, body?: unknown): void;
  /** The next request is never answered, until `close`. */
  hangNext(): void;
  /** Forgets messages and queued behaviours. */
  reset(): void;
  /** Resolves once `count` messages have been accepted (for senders that do not await delivery). */
  waitForMessages(count: number): Promise<ReceivedSms[]>;
  close(): Promise<void>;
}

export interface FakeSmsProviderOptions {
  accountSid?: string;
  authToken?: string;
}

type Behaviour = { kind: 'fail'; status: number; body: unknown } | { kind: 'hang' };

const PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function credentialsMatch(header: string | undefined, accountSid: string, authToken: string): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded === `${accountSid}:${authToken}`;
}

export async function startFakeSmsProvider(options: FakeSmsProviderOptions = {}): Promise<FakeSmsProvider> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const messages: ReceivedSms[] = [];
  const behaviours: Behaviour[] = [];
  const hanging = new Set<ServerResponse>();
  const waiters: Array<{ count: number; resolve: (m: ReceivedSms[]) => void }> = [];
  let requestCount = 0;

  const settleWaiters = () => {
    for (const waiter of [...waiters]) {
      if (messages.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(messages.slice());
      }
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    requestCount += 1;
    const raw = await readBody(req);
    const behaviour = behaviours.shift();
    if (behaviour?.kind === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (behaviour?.kind === 'fail') return sendJson(res, behaviour.status, behaviour.body);

    const match = PATH.exec(req.url ?? '');
    if (req.method !== 'POST' || !match)
      return sendJson(res, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    if (
      !credentialsMatch(req.headers.authorization, accountSid, authToken) ||
      decodeURIComponent(match[1] ?? '') !== accountSid
    ) {
      return sendJson(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
    }
    if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
      return sendJson(res, 415, { code: 20415, message: 'Unsupported media type', status: 415 });
    }
    const form = new URLSearchParams(raw);
    const to = form.get('To');
    const from = form.get('From');
    const body = form.get('Body');
    if (!to) return sendJson(res, 400, { code: 21604, message: "A 'To' phone number is required.", status: 400 });
    if (!/^\+[1-9]\d{6,14}$/.test(to))
      return sendJson(res, 400, {
        code: 21211,
        message: `The 'To' number ${to} is not a valid phone number.`,
        status: 400,
      });
    if (!from) return sendJson(res, 400, { code: 21603, message: "A 'From' phone number is required.", status: 400 });
    if (!body) return sendJson(res, 400, { code: 21602, message: 'Message body is required.', status: 400 });

    const sid = `SM${randomBytes(16).toString('hex')}`;
    messages.push({ sid, accountSid, to, from, body, receivedAt: Date.now() });
    sendJson(res, 201, { sid, status: 'queued', to, from, body, account_sid: accountSid });
    settleWaiters();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendJson(res, 500, { code: 20500, message: 'Internal Server Error', status: 500 }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    get requestCount() {
      return requestCount;
    },
    failNext(status, body = { code: 20500, message: 'Internal Server Error', status }) {
      behaviours.push({ kind: 'fail', status, body });
    },
    hangNext() {
      behaviours.push({ kind: 'hang' });
    },
    reset() {
      messages.length = 0;
      behaviours.length = 0;
    },
    waitForMessages(count) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        settleWaiters();
      });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
