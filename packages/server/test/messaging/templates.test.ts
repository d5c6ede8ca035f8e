// Message templates: every locale carries the code, purposes are right, English SMS fits one segment.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from '@tessera/protocol';
import { createTemplates, gsm7Length } from '../../src/messaging/index.js';

const templates = createTemplates();
const code = '482913';

test('SMS templates carry the code and their purpose in every locale', () => {
  for (const locale of LOCALES) {
    const second = templates.secondFactorSms({ to: '+84912345678', locale, code, minutes: 5 });
    const phone = templates.phoneVerificationSms({ to: '+84912345678', locale, code, minutes: 5 });
    assert.equal(second.purpose, 'second_factor');
    assert.equal(phone.purpose, 'phone_verification');
    assert.equal(second.to, '+84912345678');
    for (const sms of [second, phone]) {
      assert.ok(sms.body.includes(code), `${locale}: ${sms.body}`);
      assert.ok(!sms.body.includes('@'), 'no WebOTP line without a host');
    }
  }
});

test('the English second-factor SMS reads as specified', () => {
  const sms = templates.secondFactorSms({ to: '+15551234567', locale: 'en', code, minutes: 5 });
  assert.equal(sms.body, "482913 is your Tessera verification code. It expires in 5 minutes. Don't share it.");
});

test('English SMS stay within one 160-character GSM-7 segment, with a WebOTP line', () => {
  for (const host of [undefined, 'accounts.tessera-example.com']) {
    for (const make of [templates.secondFactorSms, templates.phoneVerificationSms]) {
      const sms = make({ to: '+15551234567', locale: 'en', code, minutes: 10, ...(host ? { host } : {}) });
      const length = gsm7Length(sms.body);
      assert.ok(length !== null && length <= 160, `${length}: ${sms.body}`);
    }
  }
});

test('a host adds a WebOTP last line with the bare host name', () => {
  for (const host of ['id.example.com', 'https://id.example.com:8443/base']) {
    const sms = templates.secondFactorSms({ to: '+15551234567', locale: 'vi', code, minutes: 5, host });
    assert.equal(sms.body.split('\n').at(-1), `@id.example.com #${code}`);
  }
  assert.throws(() => templates.secondFactorSms({ to: '+1', locale: 'en', code, minutes: 5, host: 'bad host' }));
});

test('email templates carry the code in text and html, with their purpose, in every locale', () => {
  for (const locale of LOCALES) {
    const verification = templates.emailVerificationEmail({ to: 'a@example.com', locale, code, minutes: 15 });
    const recovery = templates.recoveryEmail({ to: 'a@example.com', locale, code, minutes: 15 });
    assert.equal(verification.purpose, 'email_verification');
    assert.equal(recovery.purpose, 'recovery');
    for (const mail of [verification, recovery]) {
      assert.equal(mail.to, 'a@example.com');
      assert.ok(mail.subject.includes('Tessera'));
      assert.ok(!mail.subject.includes(code), 'codes stay out of subjects shown in notifications');
      assert.ok(mail.text.includes(code) && mail.text.includes('15'));
      assert.ok(mail.html?.includes(code));
      assert.ok(mail.html?.includes(`lang="${locale}"`));
    }
  }
});

test('the sign-up-with-existing-address email has no code and links only what is given', () => {
  for (const locale of LOCALES) {
    const mail = templates.signupExistingEmail({
      to: 'a@example.com',
      locale,
      signInUrl: 'https://id.example.com/sign-in',
    });
    assert.equal(mail.purpose, 'signup_existing');
    assert.ok(mail.text.includes('https://id.example.com/sign-in'));
    assert.ok(mail.html?.includes('href="https://id.example.com/sign-in"'));
    assert.ok(!mail.text.includes('undefined'));
  }
});

test('access notices show the details given, escaped in html, and a configured product name', () => {
  const custom = createTemplates({ productName: 'Acme ID', timeZone: 'Asia/Ho_Chi_Minh' });
  for (const locale of LOCALES) {
    for (const event of ['sign_in', 'new_device'] as const) {
      const mail = custom.accessNoticeEmail({
        to: 'a@example.com',
        locale,
        event,
        at: Date.UTC(2026, 10, 24, 12, 0, 0),
        device: 'Laptop <script>',
        ip: '203.0.113.7',
        manageUrl: 'javascript:alert(1)',
      });
      assert.equal(mail.purpose, 'notice');
      assert.ok(mail.subject.includes('Acme ID'));
      assert.ok(mail.text.includes('203.0.113.7') && mail.text.includes('Laptop <script>'));
      assert.ok(mail.text.includes('2026'));
      assert.ok(mail.html?.includes('Laptop &#60;script&#62;'));
      assert.ok(!mail.html?.includes('javascript:'));
      assert.ok(!mail.text.includes('javascript:'));
    }
  }
});

test('gsm7Length counts extension characters twice and rejects Vietnamese diacritics', () => {
  assert.equal(gsm7Length('abc'), 3);
  assert.equal(gsm7Length('{}'), 4);
  assert.equal(gsm7Length('mã'), null);
});
