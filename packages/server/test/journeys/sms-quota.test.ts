// SMS pumping defences: quotas per number per hour and day stop sends and name their wait; only allowed countries get codes.
import { describe, test, before, after } from 'node:test';
import type { FlowView } from '@tessera/protocol';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, outboxCount, signInWithPassword, signUp, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';

const resendOf = (view: FlowView) => view.ui.nodes.find((n) => n.name === 'resend')!;

for (const db of databaseKinds()) {
  describe(`SMS quotas on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { sms: { perNumberHour: 3, perNumberDay: 5 } } });
    });
    after(async () => {
      await s.close();
    });

    // A refused attempt takes nothing from a quota, so the wait it names holds: trying again cannot push it back.
    test('the hourly quota per number stops sends with its wait; resend is not offered until then; then the daily cap', async () => {
      const phone = '+12015550150';
      const { token } = await signUp(s, { email: 'quota@example.com', password: PASSWORD });
      await addPhone(s, token, phone, PASSWORD); // send 1
      const before = await outboxCount(s, phone);
      const first = await signInWithPassword(s, 'quota@example.com', PASSWORD); // send 2
      const second = await signInWithPassword(s, 'quota@example.com', PASSWORD); // send 3: the hour is now spent
      assert.equal(await outboxCount(s, phone), before + 2);
      assert.equal(first.body.step, 'second_factor');
      assert.equal(resendOf(first.body).availableIn, 60, 'the cooldown: the quota still had room');
      assert.equal(resendOf(second.body).availableIn, 3600, 'the send that spent the hour says so: no resend to fail');

      const third = await signInWithPassword(s, 'quota@example.com', PASSWORD); // refused
      assert.equal(third.body.step, 'second_factor');
      const spent = third.body.ui.messages.find((m) => m.id === 4100008);
      assert.equal(spent?.text, 'Too many codes were sent. Try again in 1 hour.');
      assert.equal(resendOf(third.body).availableIn, 3600);
      assert.equal(await outboxCount(s, phone), before + 2);

      s.clock.advance(61_000);
      const resend = await submit(s, first.body.flow.id, { step: 'second_factor', action: 'resend' });
      assert.equal(resend.status, 429);
      assert.equal(resend.body.error!.code, 'SMS_QUOTA_EXCEEDED');
      assert.equal(resend.body.error!.retryAfterSeconds, 3539);
      assert.equal(resend.headers['retry-after'], '3539');
      assert.equal(resend.body.error!.message, 'Too many codes were sent. Try again in 59 minutes.');
      assert.equal(resendOf(resend.body).availableIn, 3539, 'the refused flow learnt the wait: resend is unavailable');
      const again = await submit(s, first.body.flow.id, { step: 'second_factor', action: 'resend' });
      assert.equal(again.body.error!.retryAfterSeconds, 3539, 'asking again does not push the wait back');
      assert.equal(await outboxCount(s, phone), before + 2);

      // The account page's "add a phone" is refused with the same wait.
      const viaAccount = await call(s, 'POST', '/v1/account/phone', { phone, password: PASSWORD }, { token });
      assert.equal(viaAccount.status, 429);
      assert.equal(viaAccount.body.error.code, 'SMS_QUOTA_EXCEEDED');
      assert.equal(viaAccount.headers['retry-after'], '3539');
      assert.equal(viaAccount.body.error.retryAfterSeconds, 3539);

      s.clock.advance(3539_000);
      const fourth = await signInWithPassword(s, 'quota@example.com', PASSWORD); // flows last 30 minutes: a new one
      assert.ok(!fourth.body.ui.messages.some((m) => m.id === 4100008), JSON.stringify(fourth.body.ui.messages));
      assert.equal(await outboxCount(s, phone), before + 3, 'the hour freed: a new code went out (send 4 today)');
      const fifth = await signInWithPassword(s, 'quota@example.com', PASSWORD); // send 5: the day's cap is spent
      assert.equal(await outboxCount(s, phone), before + 4);
      // The day frees when send 1 leaves it: 24 h after it, 1 h 1 min ago.
      assert.equal(resendOf(fifth.body).availableIn, 24 * 3600 - 3600);
      const dayCap = await signInWithPassword(s, 'quota@example.com', PASSWORD, undefined, 'vi');
      const capped = dayCap.body.ui.messages.find((m) => m.id === 4100008);
      assert.equal(capped?.text, 'Đã gửi quá nhiều mã. Hãy thử lại sau 23 giờ.');
      assert.equal(await outboxCount(s, phone), before + 4);
    });

    test('numbers outside the allowed countries are refused before anything is sent', async () => {
      const { token } = await signUp(s, { email: 'abroad@example.com', password: PASSWORD });
      const refused = await call(
        s,
        'POST',
        '/v1/account/phone',
        { phone: '+7 912 345-67-89', password: PASSWORD },
        { token },
      );
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, 'PHONE_COUNTRY_NOT_ALLOWED');
      const invalid = await call(s, 'POST', '/v1/account/phone', { phone: '12345', password: PASSWORD }, { token });
      assert.equal(invalid.body.error.code, 'PHONE_INVALID');
      const wrongPassword = await call(
        s,
        'POST',
        '/v1/account/phone',
        { phone: '+84 912 345 678', password: 'nope-nope-nope' },
        { token },
      );
      assert.equal(wrongPassword.body.error.code, 'PASSWORD_INCORRECT');
      assert.equal(await outboxCount(s, '+84912345678'), 0);
    });
  });
}
