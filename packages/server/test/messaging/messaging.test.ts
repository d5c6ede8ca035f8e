// createMessaging wires the configured adapters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/index.js';
import { createMessaging } from '../../src/messaging/index.js';
import { startFakeSmsProvider } from '../support/fake-sms-provider.js';
import { startSmtpCatcher } from '../support/smtp-catcher.js';
import { memoryOutbox } from './memory-outbox.js';

test('outbox configuration sends both channels to the outbox', async () => {
  const outbox = memoryOutbox();
  const messaging = createMessaging(
    { sms: { kind: 'outbox' }, email: { kind: 'outbox' } },
    { outbox, clock: new ManualClock() },
  );
  await messaging.sms.send({ to: '+84912345678', body: 'a', purpose: 'second_factor' });
  await messaging.email.send({ to: 'a@example.com', subject: 's', text: 'b', purpose: 'notice' });
  assert.deepEqual(
    (await outbox.list({ limit: 5 })).map((e) => e.channel),
    ['email', 'sms'],
  );
});

test('provider configuration sends to the HTTP SMS provider and the SMTP server', async (t) => {
  const provider = await startFakeSmsProvider();
  const catcher = await startSmtpCatcher();
  t.after(() => Promise.all([provider.close(), catcher.close()]));
  const outbox = memoryOutbox();
  const messaging = createMessaging(
    {
      sms: {
        kind: 'http',
        baseUrl: provider.url,
        accountSid: provider.accountSid,
        authToken: provider.authToken,
        from: '+15005550006',
      },
      email: { kind: 'smtp', url: catcher.url, from: 'no-reply@tessera.test' },
    },
    { outbox, clock: new ManualClock() },
  );
  assert.equal((await messaging.sms.send({ to: '+84912345678', body: 'a', purpose: 'second_factor' })).ok, true);
  assert.equal(
    (await messaging.email.send({ to: 'a@example.com', subject: 's', text: 'b', purpose: 'notice' })).ok,
    true,
  );
  assert.equal(provider.messages.length, 1);
  assert.equal(catcher.messages.length, 1);
  assert.equal(outbox.entries.length, 0);
});
