// The development outbox adapters record what would have been sent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/index.js';
import { createOutboxEmail, createOutboxSms } from '../../src/messaging/index.js';
import { memoryOutbox } from './memory-outbox.js';

test('outbox SMS appends an sms entry with the clock time and reports its id', async () => {
  const store = memoryOutbox();
  const clock = new ManualClock();
  const result = await createOutboxSms(store, clock).send({
    to: '+84912345678',
    body: '123456 is your code',
    purpose: 'second_factor',
  });
  assert.equal(result.ok, true);
  const [entry] = await store.list({ limit: 10 });
  assert.ok(entry);
  assert.match(entry.id, /^msg_/);
  assert.deepEqual(result, { ok: true, providerId: entry.id });
  assert.deepEqual(
    { ...entry, id: 'x' },
    {
      id: 'x',
      channel: 'sms',
      to: '+84912345678',
      subject: null,
      body: '123456 is your code',
      purpose: 'second_factor',
      createdAt: clock.now(),
    },
  );
});

test('outbox email appends an email entry with subject and text body', async () => {
  const store = memoryOutbox();
  const clock = new ManualClock();
  const email = createOutboxEmail(store, clock);
  await email.send({ to: 'a@example.com', subject: 'First', text: 'one', purpose: 'email_verification' });
  clock.advance(1000);
  await email.send({ to: 'b@example.com', subject: 'Second', text: 'two', html: '<p>two</p>', purpose: 'recovery' });
  const listed = await store.list({ limit: 10, channel: 'email' });
  assert.deepEqual(
    listed.map((e) => [e.to, e.subject, e.body, e.purpose, e.channel]),
    [
      ['b@example.com', 'Second', 'two', 'recovery', 'email'],
      ['a@example.com', 'First', 'one', 'email_verification', 'email'],
    ],
  );
  assert.equal(listed[0]?.createdAt, clock.now());
});

test('outbox SMS refuses a number that is not E.164, as a provider would', async () => {
  const store = memoryOutbox();
  const result = await createOutboxSms(store, new ManualClock()).send({
    to: '0912345678',
    body: 'x',
    purpose: 'phone_verification',
  });
  assert.equal(result.ok, false);
  assert.equal(store.entries.length, 0);
});

test('a failing store becomes a failed delivery, not a throw', async () => {
  const store = memoryOutbox();
  store.append = async () => {
    throw new Error('disk full');
  };
  const result = await createOutboxEmail(store, new ManualClock()).send({
    to: 'a@example.com',
    subject: 's',
    text: 't',
    purpose: 'notice',
  });
  assert.deepEqual(result, { ok: false, reason: 'outbox append failed: disk full' });
});
