// A tiny browser for inject tests: keeps cookies, reads forms out of pages, and posts them like a browser would.
import assert from 'node:assert/strict';
import type { TestServer } from '../support/test-server.js';

export interface Page {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  location?: string;
  url: string;
}

/** The hidden and filled-in fields of the form whose action is `action` (the first one when several share it). */
export function formFields(page: Page, action: string): Record<string, string> {
  const forms = [...page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const form = forms.find(([, attrs]) =>
    new RegExp(`action="${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(attrs ?? ''),
  );
  assert.ok(form, `no form posting to ${action} on ${page.url}`);
  const fields: Record<string, string> = {};
  for (const [, attrs] of (form[2] ?? '').matchAll(/<input\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs ?? '')?.[1];
    const value = /\bvalue="([^"]*)"/.exec(attrs ?? '')?.[1];
    if (name && value !== undefined) fields[name] = unescapeHtml(value);
  }
  return fields;
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of a page, roughly: enough to assert on messages. */
export const textOf = (page: Page) => unescapeHtml(page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

export class PortalClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly s: TestServer,
    private readonly options: { ip?: string; acceptLanguage?: string } = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(setCookie: string | string[] | number | undefined): void {
    for (const line of Array.isArray(setCookie) ? setCookie : typeof setCookie === 'string' ? [setCookie] : []) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attributes.some(
        (a) =>
          /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now()),
      );
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    payload?: string,
    contentType = 'application/x-www-form-urlencoded',
  ): Promise<Page> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (this.options.acceptLanguage) headers['accept-language'] = this.options.acceptLanguage;
    if (payload !== undefined) headers['content-type'] = contentType;
    const res = await this.s.tessera.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.options.ip ?? '127.0.0.1',
      ...(payload !== undefined ? { payload } : {}),
    });
    this.remember(res.headers['set-cookie']);
    const location = typeof res.headers.location === 'string' ? res.headers.location : undefined;
    return { status: res.statusCode, headers: res.headers, body: res.body, url, ...(location ? { location } : {}) };
  }

  get(url: string): Promise<Page> {
    return this.request('GET', url);
  }

  post(url: string, fields: Record<string, string>): Promise<Page> {
    return this.request('POST', url, new URLSearchParams(fields).toString());
  }

  /** Posts the form of `page` that targets `action`, with `fields` filled in, as a browser would. */
  submit(page: Page, action: string, fields: Record<string, string> = {}): Promise<Page> {
    return this.post(action, { ...formFields(page, action), ...fields });
  }

  /** Follows one redirect, if the page is one. */
  async follow(page: Page): Promise<Page> {
    return page.location ? this.get(page.location) : page;
  }
}

/** A signed-up account driven through the portal's own pages: sign-up form, the emailed code, done. */
export async function portalSignUp(
  s: TestServer,
  client: PortalClient,
  email: string,
  password: string,
): Promise<Page> {
  const start = await client.get('/sign-up');
  const posted = await client.submit(start, '/sign-up', { email, password, country: 'VN' });
  assert.equal(posted.status, 303, textOf(posted));
  const sent = await client.follow(posted);
  const [message] = await s.tessera.stores.outbox.list({ limit: 1, to: email.toLowerCase() });
  const code = /\b(\d{6})\b/.exec(message?.body ?? '')?.[1];
  assert.ok(code, 'no code emailed');
  const done = await client.submit(sent, '/sign-up', { code, action: 'verify' });
  assert.equal(done.status, 303, textOf(done));
  assert.equal(done.location, '/account');
  return client.follow(done);
}
