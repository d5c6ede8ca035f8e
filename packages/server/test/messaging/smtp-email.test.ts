// The SMTP adapter against a real local SMTP server, and against none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSmtpEmail, createTemplates } from '../../src/messaging/index.js';
import { startSmtpCatcher } from '../support/smtp-catcher.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('delivers a message to the SMTP server', async (t) => {
  const catcher = await startSmtpCatcher();
  t.after(() => catcher.close());
  const email = createSmtpEmail({ url: catcher.url, from: 'Tessera <no-reply@tessera.test>' });
  const result = await email.send({
    to: 'user@example.com',
    subject: 'Hello',
    text: 'Your code is 123456.',
    purpose: 'email_verification',
  });
  assert.equal(result.ok, true);
  assert.equal(catcher.messages.length, 1);
  const [mail] = catcher.messages;
  assert.equal(mail?.to, 'user@example.com');
  assert.equal(mail?.from, 'no-reply@tessera.test');
  assert.equal(mail?.subject, 'Hello');
  assert.equal(mail?.text, 'Your code is 123456.');
});

test('delivers a Vietnamese template with text and html parts intact', async (t) => {
  const catcher = await startSmtpCatcher({ user: 'mailer', pass: 'p@ss:word' });
  t.after(() => catcher.close());
  const email = createSmtpEmail({ url: catcher.url, from: 'no-reply@tessera.test' });
  const msg = createTemplates().recoveryEmail({ to: 'user@example.com', locale: 'vi', code: '482913', minutes: 10 });
  const result = await email.send(msg);
  assert.equal(result.ok, true, JSON.stringify(result));
  const [mail] = catcher.messages;
  assert.equal(mail?.subject, msg.subject);
  assert.equal(mail?.text, msg.text);
  assert.match(mail?.html ?? '', /482913/);
});

test('a refused message is a failure with the server reply', async (t) => {
  const catcher = await startSmtpCatcher();
  t.after(() => catcher.close());
  catcher.rejectNext(554, 'Spam detected');
  const email = createSmtpEmail({ url: catcher.url, from: 'no-reply@tessera.test' });
  const result = await email.send({ to: 'user@example.com', subject: 'Hi', text: 'code 999111', purpose: 'recovery' });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.reason.includes('554'));
  assert.ok(!result.ok && !result.reason.includes('999111'));
  assert.equal(catcher.messages.length, 0);
});

test('wrong SMTP credentials are a failure that does not reveal the password', async (t) => {
  const catcher = await startSmtpCatcher({ user: 'mailer', pass: 'right-password' });
  t.after(() => catcher.close());
  const port = new URL(catcher.url).port;
  const email = createSmtpEmail({
    url: `smtp://mailer:wrong-password@127.0.0.1:${port}`,
    from: 'no-reply@tessera.test',
  });
  const result = await email.send({ to: 'user@example.com', subject: 'Hi', text: 'x', purpose: 'notice' });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && !result.reason.includes('wrong-password'));
});

test('reports failure, without throwing, when no server listens', async () => {
  const port = await closedPort();
  const email = createSmtpEmail({
    url: `smtp://user:secret-pass@127.0.0.1:${port}`,
    from: 'no-reply@tessera.test',
    timeoutMs: 2000,
  });
  const result = await email.send({
    to: 'user@example.com',
    subject: 'Hi',
    text: 'code 123456',
    purpose: 'second_factor',
  });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && /connection/i.test(result.reason), !result.ok ? result.reason : '');
  assert.ok(!result.ok && !result.reason.includes('secret-pass'));
});

test('a url that is not smtp is a configuration error at construction', () => {
  assert.throws(() => createSmtpEmail({ url: 'http://mail.example.com', from: 'a@example.com' }), /smtp/);
});
