// SMS pumping defences: quotas per number per hour stop sends, and only allowed countries get codes.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, outboxCount, signInWithPassword, signUp, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';

for (const db of databaseKinds()) {
  describe(`SMS quotas on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { sms: { perNumberHour: 3, perNumberDay: 6 } } });
    });
    after(async () => {
      await s.close();
    });

    // Refused attempts count against the quotas too, so hammering a number keeps it closed.
    test('the hourly quota per number stops sends; the next hour allows again, up to the daily cap', async () => {
      const phone = '+12015550150';
      const { token } = await signUp(s, { email: 'quota@example.com', password: PASSWORD });
      await addPhone(s, token, phone, PASSWORD); // send 1
      const before = await outboxCount(s, phone);
      const first = await signInWithPassword(s, 'quota@example.com', PASSWORD); // send 2
      const second = await signInWithPassword(s, 'quota@example.com', PASSWORD); // send 3
      assert.equal(await outboxCount(s, phone), before + 2);
      assert.equal(first.body.step, 'second_factor');

      const third = await signInWithPassword(s, 'quota@example.com', PASSWORD); // refused
      assert.equal(third.body.step, 'second_factor');
      assert.ok(
        third.body.ui.messages.some((m) => m.id === 4100008),
        'the step says the quota is spent',
      );
      assert.equal(await outboxCount(s, phone), before + 2);

      s.clock.advance(61_000);
      const resend = await submit(s, second.body.flow.id, { step: 'second_factor', action: 'resend' });
      assert.equal(resend.status, 429);
      assert.equal(resend.body.error!.code, 'SMS_QUOTA_EXCEEDED');
      assert.equal(await outboxCount(s, phone), before + 2);

      s.clock.advance(3600_000);
      const nextHour = await signInWithPassword(s, 'quota@example.com', PASSWORD); // 6th attempt today (two were refused): the daily cap is now spent
      assert.ok(!nextHour.body.ui.messages.some((m) => m.id === 4100008));
      s.clock.advance(3600_000);
      const dayCap = await signInWithPassword(s, 'quota@example.com', PASSWORD);
      assert.ok(dayCap.body.ui.messages.some((m) => m.id === 4100008));
      assert.equal(await outboxCount(s, phone), before + 3);
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
