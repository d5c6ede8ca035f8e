// Sends one webhook over HTTP: POST, no redirects followed, a hard timeout, and (unless allowed) no connection to a
// private address, checked on what the name resolves to at connect time.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from './url-policy.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Aborted when the worker stops: the attempt then counts as not made. */
  signal: AbortSignal;
}

export type WebhookResponse = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** The port the worker sends through (tests may replace it). */
export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

const USER_AGENT = 'Tessera-Webhooks/1';

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return (callback as (e: Error | null, a: LookupAddress[] | string, f?: number) => void)(error, []);
    const list = addresses as LookupAddress[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    const done = callback as (e: Error | null, a: LookupAddress[] | string, f?: number) => void;
    if (refused) return done(new Error(`refused private address ${refused.address}`), []);
    if (options.all) return done(null, list);
    return done(null, list[0]!.address, list[0]!.family);
  });
};

export function createHttpSender(options: { allowPrivate: boolean }): WebhookSender {
  return {
    send(request) {
      return new Promise((resolve) => {
        let url: URL;
        try {
          url = new URL(request.url);
        } catch {
          return resolve({ ok: false, status: null, error: 'invalid URL' });
        }
        if (!options.allowPrivate && isPrivateAddress(url.hostname))
          return resolve({ ok: false, status: null, error: `refused private address ${url.hostname}` });
        const body = Buffer.from(request.body, 'utf8');
        const client = url.protocol === 'https:' ? https : http;
        let settled = false;
        const finish = (outcome: WebhookResponse) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          request.signal.removeEventListener('abort', onAbort);
          resolve(outcome);
        };
        const req = client.request(url, {
          method: 'POST',
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'content-length': String(body.length),
            'user-agent': USER_AGENT,
          },
          ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
        });
        const timer = setTimeout(() => {
          req.destroy();
          finish({ ok: false, status: null, error: `no answer within ${request.timeoutMs} ms` });
        }, request.timeoutMs);
        const onAbort = () => {
          req.destroy();
          finish({ ok: false, status: null, error: 'aborted' });
        };
        request.signal.addEventListener('abort', onAbort, { once: true });
        req.on('response', (res) => {
          const status = res.statusCode ?? 0;
          // The body is not needed; read it away (bounded by the timeout) so the socket is freed.
          res.resume();
          res.on('end', () =>
            finish(
              status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` },
            ),
          );
          res.on('error', (e) => finish({ ok: false, status, error: e.message }));
        });
        req.on('error', (e) => finish({ ok: false, status: null, error: e.message }));
        req.end(body);
      });
    },
  };
}
