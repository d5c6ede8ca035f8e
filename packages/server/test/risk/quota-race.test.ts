// Limits decided with the attempt: racing SMS sends, family invitations and requests get exactly the quota, the rest
// a refusal that names its wait (Retry-After, retryAfterSeconds), on SQLite, PostgreSQL and with Redis counters.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, outboxCount, signUp, startFlow, submit } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';
import { PASSWORD, addressOf, backends } from './risk-support.js';

const RACERS = 16;
const QUOTA = 4;
const HOUR_S = 3600;

for (const backend of backends()) {
  describe(`quotas under racing requests on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({
        db: backend.db,
        redis: backend.redis,
        overrides: {
          // Only the number's hourly quota binds: every racer has its own address and the account's bars are wide.
          sms: { perNumberHour: QUOTA + 1, perNumberDay: 100, perAccountHour: 100, perAccountDay: 100 },
          risk: { captchaAfterEmailFailures: 1000 },
          licensing: { invitationsPerAccountHour: QUOTA },
        },
      });
    });
    after(async () => {
      await s.close();
    });

    test(`${RACERS} sign-ins at once against an SMS quota of ${QUOTA}: exactly ${QUOTA} codes, the rest told the wait`, async () => {
      const phone = '+12015550177';
      const { token } = await signUp(s, { email: 'race@example.com', password: PASSWORD });
      await addPhone(s, token, phone, PASSWORD); // one of the number's QUOTA + 1 this hour
      const sentBefore = await outboxCount(s, phone);
      const flows = await Promise.all(
        Array.from({ length: RACERS }, (_, i) => startFlow(s, { kind: 'sign_in' }, { ip: addressOf(i) })),
      );
      const steps = await Promise.all(
        flows.map((f, i) =>
          submit(
            s,
            f.body.flow.id,
            { step: 'credentials', email: 'race@example.com', password: PASSWORD },
            { ip: addressOf(i) },
          ),
        ),
      );
      assert.equal((await outboxCount(s, phone)) - sentBefore, QUOTA, 'exactly the quota was sent');
      const refused = steps.filter((r) => r.body.ui.messages.some((m) => m.id === 4100008));
      assert.equal(
        refused.length,
        RACERS - QUOTA,
        'every other racer was refused: none refused by a send that never happened',
      );
      // The refused, and the sender that used the last of the quota, are not offered a resend that would fail: it
      // frees in an hour. The earlier senders could not know; theirs waits for the cooldown, then names the wait.
      const waits = steps.map((r) => r.body.ui.nodes.find((n) => n.name === 'resend')?.availableIn);
      assert.deepEqual(waits.filter((w) => w === HOUR_S).length, RACERS - QUOTA + 1, JSON.stringify(waits));
      assert.ok(
        waits.every((w) => w === HOUR_S || w === 60),
        JSON.stringify(waits),
      );
      assert.ok(steps.every((r) => r.body.step === 'second_factor'));
      for (const r of refused) {
        const message = r.body.ui.messages.find((m) => m.id === 4100008)!;
        assert.equal(message.text, 'Too many codes were sent. Try again in 1 hour.');
        assert.deepEqual(message.context, { seconds: HOUR_S });
      }
    });

    test(`${RACERS} family invitations at once against ${QUOTA} an hour: exactly ${QUOTA} issued, the rest told the wait`, async () => {
      const owner = await signUp(s, { email: 'family-race@example.com', password: PASSWORD });
      const {
        codes: [code],
      } = await mintCodes(s, 'family', 1);
      const redeemed = await call(s, 'POST', '/v1/subscriptions/redeem', { code }, { token: owner.token });
      assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
      const id = redeemed.body.subscription.id as string;
      s.clock.advance(1000);
      const outcomes = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          s.tessera.licensing.invite(
            { accountId: owner.accountId, email: 'family-race@example.com' },
            { subscriptionId: id, email: `invitee${i}@example.com`, locale: 'en' },
          ),
        ),
      );
      assert.equal(outcomes.filter((o) => o.ok).length, QUOTA);
      for (const o of outcomes)
        if (!o.ok) assert.deepEqual([o.code, o.context], ['RATE_LIMITED', { seconds: HOUR_S }], JSON.stringify(o));
      s.clock.advance(60_000);
      const http = await call(s, 'POST', `/v1/subscriptions/${id}/invitations`, { email: 'late@example.com' }, owner);
      assert.equal(http.status, 429);
      assert.equal(http.headers['retry-after'], String(HOUR_S - 60));
      assert.equal(http.body.error.retryAfterSeconds, HOUR_S - 60);
      assert.equal(http.body.error.message, 'Too many requests. Try again in 59 minutes.');
    });
  });

  describe(`the request limiter under racing requests on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db: backend.db, redis: backend.redis, overrides: { requestsPerMinute: QUOTA } });
    });
    after(async () => {
      await s.close();
    });

    test(`${RACERS} flows started at once from one address, ${QUOTA} a minute: exactly ${QUOTA} pass`, async () => {
      const replies = await Promise.all(
        Array.from({ length: RACERS }, () => startFlow(s, { kind: 'sign_in' }, { ip: '10.9.9.9' })),
      );
      assert.equal(replies.filter((r) => r.status === 201).length, QUOTA);
      for (const r of replies.filter((r) => r.status !== 201)) {
        assert.equal(r.status, 429);
        assert.equal(r.headers['retry-after'], '60');
        assert.equal((r.body as any).error.retryAfterSeconds, 60);
      }
      s.clock.advance(45_000);
      const later = await startFlow(s, { kind: 'sign_in' }, { ip: '10.9.9.9' });
      assert.equal(later.headers['retry-after'], '15', 'the wait is what is left of the minute');
      s.clock.advance(15_000);
      assert.equal((await startFlow(s, { kind: 'sign_in' }, { ip: '10.9.9.9' })).status, 201);
    });
  });
}
