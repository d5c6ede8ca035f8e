// SMS delivery through a Twilio-style REST provider (Messages.json, form body, HTTP basic auth).

import { errorText, failed } from './failure.js';
import { isE164 } from './phone.js';
import type { SmsSender } from './types.js';

export interface HttpSmsOptions {
  /** Such as `https://api.twilio.com`; the `/2010-04-01/…` path is appended. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The sender number (E.164) or alphanumeric sender id. */
  from: string;
  /** Injected for tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** A hung provider must not hold a sign-in open; default 10 s. */
  timeoutMs?: number;
}

const FAILED_STATUSES = new Set(['failed', 'undelivered', 'canceled']);

function messagesUrl(baseUrl: string, accountSid: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('SMS provider baseUrl must be http(s)');
  const base = url.href.replace(/\/+$/, '');
  return `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
}

async function readJson(res: Response): Promise<Record<string, unknown> | null> {
  // Reading may time out like the request itself; that must reach the caller's catch, not look like "no body".
  const text = await res.text();
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function providerError(status: number, body: Record<string, unknown> | null): string {
  const code = body?.['code'];
  const message = body?.['message'];
  const detail = [
    typeof code === 'number' || typeof code === 'string' ? `code ${code}` : null,
    typeof message === 'string' ? message : null,
  ]
    .filter(Boolean)
    .join(': ');
  const kind = status === 401 || status === 403 ? 'rejected the credentials' : 'rejected the message';
  return `SMS provider ${kind} (HTTP ${status})${detail ? `: ${detail}` : ''}`;
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

/** Throws at construction on a malformed baseUrl (a configuration error); never throws from `send`. */
export function createHttpSms(options: HttpSmsOptions): SmsSender {
  const url = messagesUrl(options.baseUrl, options.accountSid);
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const secrets = [options.authToken, authorization];
  return {
    async send(msg) {
      if (!isE164(msg.to)) return failed('destination is not an E.164 phone number');
      try {
        const res = await doFetch(url, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ To: msg.to, From: options.from, Body: msg.body }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = await readJson(res);
        if (!res.ok) return failed(providerError(res.status, body), secrets);
        const sid = body?.['sid'];
        const status = body?.['status'];
        if (typeof status === 'string' && FAILED_STATUSES.has(status)) {
          return failed(`SMS provider reported status ${status}`, secrets);
        }
        return typeof sid === 'string' ? { ok: true, providerId: sid } : { ok: true };
      } catch (err) {
        if (isTimeout(err)) return failed(`SMS provider did not answer within ${timeoutMs} ms`);
        return failed(`SMS provider unreachable: ${errorText(err)}`, secrets);
      }
    },
  };
}
