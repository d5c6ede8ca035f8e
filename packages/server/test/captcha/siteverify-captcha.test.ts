// Checks the siteverify adapter against a local fake verifier: success, refusal, and failing closed when it is down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSiteverifyCaptcha, type CaptchaPort } from '../../src/captcha/index.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const SECRET = 'test-secret';
const GOOD_TOKEN = 'good-token';

interface Seen {
  method: string;
  contentType: string;
  form: URLSearchParams;
}
const seen: Seen[] = [];
let server: Server;
let baseUrl: string;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      seen.push({ method: req.method ?? '', contentType: req.headers['content-type'] ?? '', form });
      if (req.url === '/broken') {
        res.writeHead(500).end('oops');
        return;
      }
      if (req.url === '/not-json') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
        return;
      }
      if (req.url === '/truthy') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: 'true' }));
        return;
      }
      if (req.url === '/hang') return; // never answers
      const success = form.get('secret') === SECRET && form.get('response') === GOOD_TOKEN;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify(success ? { success: true } : { success: false, 'error-codes': ['invalid-input-response'] }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function adapter(path = '/siteverify', extra: { timeoutMs?: number } = {}): CaptchaPort {
  return createSiteverifyCaptcha({ verifyUrl: `${baseUrl}${path}`, secret: SECRET, siteKey: 'site-key-1', ...extra });
}

async function check(captcha: CaptchaPort, answer: string | undefined, now = NOW): Promise<boolean> {
  const { state } = await captcha.issue({ flowId: 'flow_a', now: NOW, locale: 'en' });
  return captcha.verify({ flowId: 'flow_a', now, state, answer, ip: '203.0.113.7' });
}

test('issue gives the widget site key and an empty hidden answer input', async () => {
  const { state, nodes } = await adapter().issue({ flowId: 'flow_a', now: NOW, locale: 'en' });
  assert.equal(state.kind, 'siteverify');
  assert.equal(state.expiresAt, NOW + 5 * 60_000);
  assert.ok(nodes.some((n) => n.name === 'captcha_widget' && n.value === 'site-key-1'));
  assert.ok(nodes.some((n) => n.name === 'captcha_answer' && n.type === 'hidden' && n.value === ''));
  assert.ok(!JSON.stringify({ state, nodes }).includes(SECRET));
});

test('a token the verifier accepts passes, and the request speaks siteverify', async () => {
  seen.length = 0;
  assert.equal(await check(adapter(), GOOD_TOKEN), true);
  const request = seen[0];
  assert.equal(request?.method, 'POST');
  assert.match(request?.contentType ?? '', /^application\/x-www-form-urlencoded/);
  assert.equal(request?.form.get('secret'), SECRET);
  assert.equal(request?.form.get('response'), GOOD_TOKEN);
  assert.equal(request?.form.get('remoteip'), '203.0.113.7');
});

test('a token the verifier refuses fails', async () => {
  assert.equal(await check(adapter(), 'forged-token'), false);
});

test('no token, or an expired challenge, fails without asking the verifier', async () => {
  seen.length = 0;
  assert.equal(await check(adapter(), undefined), false);
  assert.equal(await check(adapter(), ''), false);
  assert.equal(await check(adapter(), GOOD_TOKEN, NOW + 5 * 60_000), false);
  assert.equal(seen.length, 0);
});

test('verifier errors, odd replies and timeouts fail closed', async () => {
  assert.equal(await check(adapter('/broken'), GOOD_TOKEN), false);
  assert.equal(await check(adapter('/not-json'), GOOD_TOKEN), false);
  assert.equal(await check(adapter('/truthy'), GOOD_TOKEN), false);
  assert.equal(await check(adapter('/hang', { timeoutMs: 200 }), GOOD_TOKEN), false);
});

test('an unreachable verifier fails closed without throwing', async () => {
  const down = createServer();
  await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
  const port = (down.address() as AddressInfo).port;
  await new Promise<void>((resolve) => down.close(() => resolve()));
  const captcha = createSiteverifyCaptcha({
    verifyUrl: `http://127.0.0.1:${port}/siteverify`,
    secret: SECRET,
    siteKey: 'k',
  });
  assert.equal(await check(captcha, GOOD_TOKEN), false);
});

test('a throwing fetch fails closed too', async () => {
  const captcha = createSiteverifyCaptcha({
    verifyUrl: 'https://verifier.invalid/siteverify',
    secret: SECRET,
    siteKey: 'k',
    fetch: async () => {
      throw new TypeError('fetch failed');
    },
  });
  assert.equal(await check(captcha, GOOD_TOKEN), false);
});
