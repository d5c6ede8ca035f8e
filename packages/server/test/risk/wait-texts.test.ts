// How refusals read: waits in words with plurals (en, vi), and the captcha-required message fitting the challenge.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { M, formatWait, translate } from '@tessera/protocol';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, startFlow, submit } from '../support/journey.js';
import { PASSWORD } from './risk-support.js';

describe('waits in words', () => {
  test('whole units, rounded up so the wait is never promised too early', () => {
    const cases: Array<[number, string, string]> = [
      [1, '1 second', '1 giây'],
      [45, '45 seconds', '45 giây'],
      [60, '1 minute', '1 phút'],
      [61, '2 minutes', '2 phút'],
      [1380, '23 minutes', '23 phút'],
      [3539, '59 minutes', '59 phút'],
      [3600, '1 hour', '1 giờ'],
      [3601, '1 hour 1 minute', '1 giờ 1 phút'],
      [7199, '2 hours', '2 giờ'],
      [82739, '22 hours 59 minutes', '22 giờ 59 phút'],
    ];
    for (const [seconds, en, vi] of cases) {
      assert.equal(formatWait(seconds, 'en'), en, `${seconds} s`);
      assert.equal(formatWait(seconds, 'vi'), vi, `${seconds} s`);
    }
  });

  test('every quota message fills its wait from the seconds it is given', () => {
    assert.equal(
      translate(M.ERR_SMS_QUOTA_EXCEEDED, 'en', { seconds: 1380 }),
      'Too many codes were sent. Try again in 23 minutes.',
    );
    assert.equal(
      translate(M.ERR_SMS_QUOTA_EXCEEDED, 'vi', { seconds: 1380 }),
      'Đã gửi quá nhiều mã. Hãy thử lại sau 23 phút.',
    );
    assert.equal(translate(M.ERR_RATE_LIMITED, 'en', { seconds: 1 }), 'Too many requests. Try again in 1 second.');
    assert.equal(
      translate(M.ERR_ACCOUNT_THROTTLED, 'en', { seconds: 900 }),
      'Too many failed attempts. Try again in 15 minutes.',
    );
    assert.equal(
      translate(M.INFO_RESEND_AVAILABLE_IN, 'en', { seconds: 2 }),
      'You can ask for a new code in 2 seconds.',
    );
  });
});

describe('the captcha-required message fits the challenge', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { risk: { captchaAfterEmailFailures: 1 }, captcha: { kind: 'pow', maxNumber: 5000 } },
    });
  });
  after(async () => {
    await s.close();
  });

  test('a proof of work is not called an image', async () => {
    await signUp(s, { email: 'pow@example.com', password: PASSWORD });
    const flow = await startFlow(s, { kind: 'sign_in' });
    const id = flow.body.flow.id;
    const wrong = await submit(s, id, { step: 'credentials', email: 'pow@example.com', password: 'not-the-password' });
    assert.equal(wrong.body.error!.code, 'CREDENTIALS_INVALID');
    const unsolved = await submit(s, id, { step: 'credentials', email: 'pow@example.com', password: PASSWORD });
    assert.equal(unsolved.body.error!.code, 'CAPTCHA_REQUIRED');
    assert.equal(unsolved.body.error!.message, 'A short automatic check on this device is needed to continue.');
    assert.doesNotMatch(JSON.stringify(unsolved.body.ui.messages), /image/);
    assert.equal(translate(M.ERR_CAPTCHA_REQUIRED, 'en'), 'Enter the code shown in the image to continue.');
    assert.equal(
      translate(M.ERR_CAPTCHA_REQUIRED, 'vi', { captcha: 'pow' }),
      'Cần một bước kiểm tra tự động ngắn trên thiết bị này để tiếp tục.',
    );
  });
});
