// The journey with real delivery: email through an SMTP server, SMS through an HTTP provider (a local fake of its API).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeSmsProvider, type FakeSmsProvider } from '../support/fake-sms-provider.js';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, startFlow, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const code = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

describe('SMTP and HTTP SMS delivery', () => {
  let s: TestServer;
  let smtp: SmtpCatcher;
  let sms: FakeSmsProvider;
  before(async () => {
    smtp = await startSmtpCatcher();
    sms = await startFakeSmsProvider();
    s = await startTestServer({
      db: 'sqlite',
      overrides: {
        email: { smtpUrl: smtp.url, from: 'Tessera <no-reply@tessera.test>' },
        sms: {
          provider: {
            kind: 'http',
            baseUrl: sms.url,
            accountSid: sms.accountSid,
            authToken: sms.authToken,
            from: '+15005550006',
          },
        },
      },
    });
  });
  after(async () => {
    await s.close();
    await smtp.close();
    await sms.close();
  });

  test('sign-up code by SMTP, phone code and sign-in code by the SMS provider', async () => {
    const flow = await startFlow(s, { kind: 'sign_up', locale: 'vi' });
    await submit(s, flow.body.flow.id, { step: 'details', email: 'nam@example.vn', password: PASSWORD, country: 'VN' });
    await smtp.waitForMessages(1);
    const mail = smtp.messages[0]!;
    assert.deepEqual(mail.recipients ?? [mail.to], ['nam@example.vn']);
    assert.doesNotMatch(mail.subject, /\d{6}/, 'codes stay out of subjects');
    const done = await submit(s, flow.body.flow.id, { step: 'verify_email', action: 'verify', code: code(mail.text) });
    assert.equal(done.body.step, 'done');
    const token = done.body.result!.session!.token;

    await call(s, 'POST', '/v1/account/phone', { phone: '+84 912 000 111', password: PASSWORD }, { token });
    await sms.waitForMessages(1);
    assert.equal(sms.messages[0]!.to, '+84912000111');
    assert.equal(
      (await call(s, 'POST', '/v1/account/phone/verify', { code: code(sms.messages[0]!.body) }, { token })).status,
      200,
    );

    const signIn = await startFlow(s, { kind: 'sign_in' });
    const second = await submit(s, signIn.body.flow.id, {
      step: 'credentials',
      email: 'nam@example.vn',
      password: PASSWORD,
    });
    assert.equal(second.body.step, 'second_factor');
    await sms.waitForMessages(2);
    const finished = await submit(s, signIn.body.flow.id, {
      step: 'second_factor',
      action: 'verify',
      code: code(sms.messages[1]!.body),
    });
    assert.equal(finished.body.step, 'done');
    assert.equal((await s.tessera.stores.outbox.list({ limit: 10 })).length, 0, 'nothing went to the dev outbox');
  });

  test('a provider failure is reported as DELIVERY_FAILED on resend, not a 500', async () => {
    const signIn = await startFlow(s, { kind: 'sign_in' });
    await submit(s, signIn.body.flow.id, { step: 'credentials', email: 'nam@example.vn', password: PASSWORD });
    s.clock.advance(61_000);
    sms.failNext(500, { code: 20500, message: 'Internal provider error' });
    const resend = await submit(s, signIn.body.flow.id, { step: 'second_factor', action: 'resend' });
    assert.equal(resend.status, 503);
    assert.equal(resend.body.error!.code, 'DELIVERY_FAILED');
  });
});
