// The HTTP SMS adapter against a fake Twilio-style provider on a real local port.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpSms, type DeliveryResult } from '../../src/messaging/index.js';
import { startFakeSmsProvider, type FakeSmsProvider } from '../support/fake-sms-provider.js';

const FROM = '+15005550006';

function adapter(provider: FakeSmsProvider, overrides: { authToken?: string; timeoutMs?: number } = {}) {
  return createHttpSms({
    baseUrl: provider.url,
    accountSid: provider.accountSid,
    authToken: overrides.authToken ?? provider.authToken,
    from: FROM,
    ...(overrides.timeoutMs !== undefined ? { timeoutMs: overrides.timeoutMs } : {}),
  });
}

function reasonOf(result: DeliveryResult): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

test('delivers an SMS and reports the provider message sid', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  const result = await adapter(provider).send({
    to: '+84912345678',
    body: '123456 is your code',
    purpose: 'second_factor',
  });
  assert.equal(provider.messages.length, 1);
  const [sms] = provider.messages;
  assert.deepEqual(result, { ok: true, providerId: sms?.sid });
  assert.equal(sms?.to, '+84912345678');
  assert.equal(sms?.from, FROM);
  assert.equal(sms?.body, '123456 is your code');
});

test('a 400 provider error is a failure carrying the provider code and message', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  provider.failNext(400, { code: 21408, message: 'Permission to send an SMS has not been enabled for the region' });
  const reason = reasonOf(await adapter(provider).send({ to: '+84912345678', body: 'x', purpose: 'second_factor' }));
  assert.match(reason, /400/);
  assert.match(reason, /21408/);
  assert.match(reason, /region/);
  assert.equal(provider.messages.length, 0);
});

test('a 5xx without a JSON body is still a failure', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  provider.failNext(503, 'Service Unavailable');
  const reason = reasonOf(await adapter(provider).send({ to: '+84912345678', body: 'x', purpose: 'second_factor' }));
  assert.match(reason, /503/);
});

test('bad credentials are a failure whose reason does not contain the token', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  const wrongToken = 'wrong-token-0123456789abcdef';
  const reason = reasonOf(
    await adapter(provider, { authToken: wrongToken }).send({
      to: '+84912345678',
      body: 'x',
      purpose: 'second_factor',
    }),
  );
  assert.match(reason, /401/);
  assert.ok(!reason.includes(wrongToken));
  assert.ok(!reason.includes(provider.authToken));
  assert.equal(provider.messages.length, 0);
});

test('a provider error echoing the token does not leak it into the reason', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  provider.failNext(400, { code: 1, message: `bad token ${provider.authToken}` });
  const reason = reasonOf(await adapter(provider).send({ to: '+84912345678', body: 'x', purpose: 'second_factor' }));
  assert.ok(!reason.includes(provider.authToken));
});

test('a hung provider is a failure once the timeout passes', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  provider.hangNext();
  const reason = reasonOf(
    await adapter(provider, { timeoutMs: 200 }).send({ to: '+84912345678', body: 'x', purpose: 'second_factor' }),
  );
  assert.match(reason, /did not answer/);
  // The provider works again for the next message.
  const next = await adapter(provider).send({ to: '+84912345678', body: 'y', purpose: 'second_factor' });
  assert.equal(next.ok, true);
});

test('a number that is not E.164 is refused before calling the provider', async (t) => {
  const provider = await startFakeSmsProvider();
  t.after(() => provider.close());
  const result = await adapter(provider).send({ to: '0912 345 678', body: 'x', purpose: 'phone_verification' });
  assert.equal(result.ok, false);
  assert.equal(provider.requestCount, 0);
});

test('an unreachable provider is a failure, not a throw', async (t) => {
  const provider = await startFakeSmsProvider();
  const url = provider.url;
  await provider.close();
  const sms = createHttpSms({ baseUrl: url, accountSid: 'AC1', authToken: 'tok-secret', from: FROM });
  const reason = reasonOf(await sms.send({ to: '+84912345678', body: 'x', purpose: 'second_factor' }));
  assert.match(reason, /unreachable/);
  assert.ok(!reason.includes('tok-secret'));
  t.diagnostic(reason);
});
