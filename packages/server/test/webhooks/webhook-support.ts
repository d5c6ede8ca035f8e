// A real webhook receiver for the suites: it checks every delivery's Standard Webhooks signature with its own code
// (not the server's), records what arrived in order, and answers what the test scripts (200, 500, or a hang).
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DbKind } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

export interface Received {
  id: string;
  timestamp: number;
  type: string;
  data: Record<string, unknown>;
  body: string;
  /** Whether the signature verified with the endpoint's secret. */
  signed: boolean;
  path: string;
}

export interface Receiver {
  url(path?: string): string;
  /** Every delivery received, answered or not, in arrival order. */
  received: Received[];
  /** Sets the secret signatures are checked with (an endpoint's, once it is created). */
  secret(value: string): void;
  /** What to answer next: a status per request in turn, then 200; `'hang'` never answers. */
  script(...answers: Array<number | 'hang'>): void;
  /** The most deliveries that were ever in flight at once for one webhook-id at one path, and for one path. */
  maxConcurrentPerId: number;
  maxConcurrentPerPath: number;
  close(): Promise<void>;
}

/** The spec's check, written out: base64 HMAC-SHA256, keyed by the bytes after `whsec_`, over `id.timestamp.body`. */
export function verifiesStandardWebhook(secret: string, id: string, timestamp: string, body: string, header: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return header.split(' ').some((part) => {
    const [version, signature] = part.split(',');
    const a = Buffer.from(signature ?? '');
    const b = Buffer.from(expected);
    return version === 'v1' && a.length === b.length && timingSafeEqual(a, b);
  });
}

export async function startReceiver(options: { delayMs?: number } = {}): Promise<Receiver> {
  let secret = '';
  const answers: Array<number | 'hang'> = [];
  const received: Received[] = [];
  const inFlightById = new Map<string, number>();
  const inFlightByPath = new Map<string, number>();
  const hanging: http.ServerResponse[] = [];
  const receiver = {
    received,
    maxConcurrentPerId: 0,
    maxConcurrentPerPath: 0,
  } as Receiver;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      const timestamp = String(req.headers['webhook-timestamp']);
      const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      const path = req.url ?? '/';
      received.push({
        id,
        timestamp: Number(timestamp),
        type: parsed.type,
        data: parsed.data,
        body,
        path,
        signed: verifiesStandardWebhook(secret, id, timestamp, body, String(req.headers['webhook-signature'] ?? '')),
      });
      // One event goes to every endpoint that wants it under the same id: "at once" is per endpoint and id.
      const key = `${path} ${id}`;
      const byId = (inFlightById.get(key) ?? 0) + 1;
      const byPath = (inFlightByPath.get(path) ?? 0) + 1;
      inFlightById.set(key, byId);
      inFlightByPath.set(path, byPath);
      receiver.maxConcurrentPerId = Math.max(receiver.maxConcurrentPerId, byId);
      receiver.maxConcurrentPerPath = Math.max(receiver.maxConcurrentPerPath, byPath);
      const answer = answers.shift() ?? 200;
      const done = () => {
        inFlightById.set(key, inFlightById.get(key)! - 1);
        inFlightByPath.set(path, inFlightByPath.get(path)! - 1);
      };
      if (answer === 'hang') {
        hanging.push(res);
        res.on('close', done);
        return;
      }
      setTimeout(() => {
        done();
        res.writeHead(answer).end();
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = (path = '/hook') => `http://127.0.0.1:${port}${path}`;
  receiver.secret = (value) => (secret = value);
  receiver.script = (...next) => answers.push(...next);
  receiver.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}

/** A test server whose worker does not run by itself: tests drive it with `runOnce` and the manual clock. */
export function startHookServer(db: DbKind, webhooks: Record<string, unknown> = {}): Promise<TestServer> {
  return startTestServer({
    db,
    overrides: {
      webhooks: { worker: false, allowPrivateUrls: true, retryBaseSeconds: 10, timeoutSeconds: 2, ...webhooks },
    },
  });
}

/** Creates an endpoint for `types` at the receiver and tells the receiver its secret. */
export async function endpointFor(s: TestServer, receiver: Receiver, types: string[], path?: string) {
  const created = await s.tessera.webhooks.endpoints.create({ url: receiver.url(path), eventTypes: types });
  if (!created.ok) throw new Error(created.problem);
  receiver.secret(created.secret);
  return created.endpoint;
}
