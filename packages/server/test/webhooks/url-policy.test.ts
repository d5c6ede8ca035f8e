// Webhook URLs: http(s) only, no credentials, and no loopback or private address unless the config allows them;
// a name is checked again on what it resolves to when a delivery connects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWebhookUrl, createHttpSender, isPrivateAddress } from '../../src/webhooks/index.js';
import { startReceiver } from './webhook-support.js';

test('refused: other schemes, credentials, fragments, loopback and private ranges; allowed: public https', () => {
  const strict = { allowPrivate: false };
  for (const url of [
    'file:///etc/passwd',
    'ftp://example.com/',
    'gopher://example.com',
    'https://user:pw@example.com/hook',
    'https://user@example.com/hook',
    'https://example.com/hook#x',
    'http://127.0.0.1/hook',
    'http://localhost:8080/hook',
    'http://api.localhost/hook',
    'http://10.1.2.3/',
    'http://172.20.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:127.0.0.1]/',
    'not a url',
  ])
    assert.equal(checkWebhookUrl(url, strict).ok, false, url);
  assert.deepEqual(checkWebhookUrl(' https://shop.example.com/hooks/tessera ', strict), {
    ok: true,
    url: 'https://shop.example.com/hooks/tessera',
  });
  assert.equal(checkWebhookUrl('http://93.184.216.34/hook', strict).ok, true);
  // The config flag lets a vendor point at its own network; credentials and other schemes stay refused.
  const open = { allowPrivate: true };
  assert.equal(checkWebhookUrl('http://127.0.0.1:9000/hook', open).ok, true);
  assert.equal(checkWebhookUrl('http://u:p@127.0.0.1/hook', open).ok, false);
  assert.equal(checkWebhookUrl('file:///tmp/x', open).ok, false);
});

test('isPrivateAddress', () => {
  for (const a of ['127.0.0.1', '10.0.0.1', '::1', 'fc00::1', '::ffff:192.168.0.1', '224.0.0.1'])
    assert.ok(isPrivateAddress(a), a);
  for (const a of ['8.8.8.8', '2606:4700:4700::1111', '93.184.216.34']) assert.ok(!isPrivateAddress(a), a);
});

test('the sender refuses a name that resolves to loopback at connect time, unless allowed', async () => {
  const receiver = await startReceiver();
  try {
    const port = new URL(receiver.url()).port;
    const request = (url: string) => ({
      url,
      headers: {},
      body: '{}',
      timeoutMs: 2000,
      signal: new AbortController().signal,
    });
    const strict = await createHttpSender({ allowPrivate: false }).send(request(`http://localhost:${port}/hook`));
    assert.equal(strict.ok, false);
    assert.match(strict.ok ? '' : strict.error, /private address/);
    const literal = await createHttpSender({ allowPrivate: false }).send(request(`http://127.0.0.1:${port}/hook`));
    assert.equal(literal.ok, false);
    assert.equal(receiver.received.length, 0);
    const allowed = await createHttpSender({ allowPrivate: true }).send(request(`http://localhost:${port}/hook`));
    assert.deepEqual(allowed, { ok: true, status: 200 });
  } finally {
    await receiver.close();
  }
});

test('the sender gives up on a receiver that does not answer within the timeout', async () => {
  const receiver = await startReceiver();
  try {
    receiver.script('hang');
    const r = await createHttpSender({ allowPrivate: true }).send({
      url: receiver.url(),
      headers: {},
      body: '{}',
      timeoutMs: 200,
      signal: new AbortController().signal,
    });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /no answer within 200 ms/);
  } finally {
    await receiver.close();
  }
});
