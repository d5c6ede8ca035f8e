// Redeeming activation codes in the account through HTTP, on every database: the good path and every refusal.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateActivationCodes } from '../../src/licensing/index.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { assertRefused, send, snapshot } from '../http/http-support.js';
import { mintCodes } from './licensing-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

/** The same code with one character replaced by another from the alphabet. */
const mistype = (code: string) => code.replace(/^./, (c) => (c === 'A' ? 'C' : 'A'));

for (const db of databaseKinds()) {
  describe(`redeeming activation codes on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('sign up → redeem a personal code → the subscription is listed with plan, expiry, status and seats', async () => {
      const { token } = await signUp(s, { email: 'an@example.vn', password: PASSWORD });
      assert.deepEqual((await call(s, 'GET', '/v1/subscriptions', undefined, { token })).body, { subscriptions: [] });
      const {
        codes: [code],
      } = await mintCodes(s, 'personal', 1);
      // Typed the way people type: lower case, spaces instead of dashes.
      const redeemed = await call(
        s,
        'POST',
        '/v1/subscriptions/redeem',
        { code: code!.toLowerCase().replace(/-/g, ' ') },
        { token },
      );
      assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
      const sub = redeemed.body.subscription;
      assert.equal(sub.plan.id, 'personal');
      assert.equal(sub.role, 'owner');
      assert.equal(sub.status, 'active');
      assert.equal(sub.source, 'activation_code');
      assert.equal(sub.startsAt, new Date(s.clock.now()).toISOString());
      assert.equal(sub.endsAt, new Date(s.clock.now() + 365 * DAY).toISOString());
      assert.deepEqual(sub.seats, { used: 0, total: 3, full: false });
      const listed = await call(s, 'GET', '/v1/subscriptions', undefined, { token });
      assert.deepEqual(listed.body.subscriptions, [sub]);
      const events = await call(s, 'GET', '/v1/account/events', undefined, { token });
      assert.ok(events.body.events.some((e: { type: string }) => e.type === 'subscription.redeemed'));
    });

    test('a typo is reported as a typo, junk as malformed; a used, unknown or revoked code is one answer: invalid', async () => {
      const { token } = await signUp(s, { email: 'binh@example.vn', password: PASSWORD });
      const other = await signUp(s, { email: 'chi@example.vn', password: PASSWORD });
      const {
        codes: [used],
      } = await mintCodes(s, 'family', 1);
      const redeem = (code: string, t = token) =>
        send(s, { method: 'POST', url: '/v1/subscriptions/redeem', payload: { code }, token: t });

      const before = await snapshot(s);
      assertRefused(await redeem(mistype(used!)), 'typo', 'ACTIVATION_CODE_TYPO');
      assertRefused(await redeem('not a code'), 'junk', 'ACTIVATION_CODE_MALFORMED');
      assertRefused(await redeem(`${used}X`), 'too long', 'ACTIVATION_CODE_MALFORMED');
      assert.deepEqual(await snapshot(s), before, 'refusals change nothing');

      assert.equal((await redeem(used!)).status, 201);
      assertRefused(await redeem(used!), 'reuse by the same account', 'ACTIVATION_CODE_INVALID');
      assertRefused(await redeem(used!, other.token), 'reuse by another account', 'ACTIVATION_CODE_INVALID');

      const [unknown] = generateActivationCodes(1); // well-formed, check character right, never minted
      assertRefused(await redeem(unknown!), 'unknown', 'ACTIVATION_CODE_INVALID');

      const {
        codes: [later],
      } = await mintCodes(s, 'family', 1);
      assert.ok((await s.tessera.licensing.operator.revokeCode(later!)).ok);
      assertRefused(await redeem(later!), 'revoked code', 'ACTIVATION_CODE_INVALID');

      const batch = await mintCodes(s, 'family', 2);
      assert.ok((await s.tessera.licensing.operator.revokeBatch(batch.batchId)).ok);
      const refused = await redeem(batch.codes[0]!, other.token);
      assertRefused(refused, 'revoked batch', 'ACTIVATION_CODE_INVALID');
      assert.equal(
        refused.body.error.message,
        'This activation code cannot be used. It may have been used already or withdrawn.',
      );
      const vi = await send(s, {
        method: 'POST',
        url: '/v1/subscriptions/redeem',
        payload: { code: batch.codes[1]! },
        token,
        headers: { 'accept-language': 'vi' },
      });
      assert.match(vi.body.error.message, /mã kích hoạt/i);
      assert.equal(
        (await call(s, 'GET', '/v1/subscriptions', undefined, { token: other.token })).body.subscriptions.length,
        0,
      );
    });

    test('attempts are limited per account (10 an hour) and refused ones count; typos spend none', async () => {
      const { token } = await signUp(s, { email: 'dung@example.vn', password: PASSWORD });
      const { codes } = await mintCodes(s, 'personal', 1);
      for (let i = 0; i < 5; i++)
        assertRefused(
          await send(s, {
            method: 'POST',
            url: '/v1/subscriptions/redeem',
            payload: { code: mistype(codes[0]!) },
            token,
          }),
          'typo',
          'ACTIVATION_CODE_TYPO',
        );
      const { batchId, codes: fresh } = await mintCodes(s, 'personal', 11);
      await s.tessera.licensing.operator.revokeBatch(batchId);
      for (let i = 0; i < 10; i++) {
        assertRefused(
          await send(s, { method: 'POST', url: '/v1/subscriptions/redeem', payload: { code: fresh[i]! }, token }),
          `attempt ${i + 1}`,
          'ACTIVATION_CODE_INVALID',
        );
      }
      const limited = await send(s, {
        method: 'POST',
        url: '/v1/subscriptions/redeem',
        payload: { code: codes[0]! },
        token,
      });
      assertRefused(limited, 'eleventh attempt', 'RATE_LIMITED');
      assert.equal(limited.headers['retry-after'], '3600');
      s.clock.advance(3600_000 + 1);
      assert.equal(
        (await send(s, { method: 'POST', url: '/v1/subscriptions/redeem', payload: { code: codes[0]! }, token }))
          .status,
        201,
        'an hour later',
      );
    });

    test('attempts are limited per IP (30 an hour) across accounts', async () => {
      const ip = '203.0.113.7';
      const tokens = [];
      for (const name of ['em', 'gia', 'hai', 'khoa'])
        tokens.push((await signUp(s, { email: `${name}@example.vn`, password: PASSWORD })).token);
      const { codes } = await mintCodes(s, 'personal', 31);
      const results = [];
      for (let i = 0; i < 31; i++) {
        results.push(
          await send(s, {
            method: 'POST',
            url: '/v1/subscriptions/redeem',
            payload: { code: codes[i]! },
            token: tokens[i % 4]!,
            ip,
          }),
        );
      }
      assert.equal(results.filter((r) => r.status === 201).length, 30);
      assertRefused(results[30]!, 'thirty-first from one IP', 'RATE_LIMITED');
    });

    test('expiry follows the clock: past its end a subscription is expired and not usable; no job has to run', async () => {
      const { token, accountId } = await signUp(s, { email: 'lan@example.vn', password: PASSWORD });
      const {
        codes: [code],
      } = await mintCodes(s, 'personal', 1, 10);
      const redeemed = await call(s, 'POST', '/v1/subscriptions/redeem', { code }, { token });
      const id = redeemed.body.subscription.id as string;
      assert.equal(
        redeemed.body.subscription.endsAt,
        new Date(s.clock.now() + 10 * DAY).toISOString(),
        'the batch term, not the plan term',
      );
      assert.equal((await s.tessera.licensing.usableSubscriptions(accountId, s.clock.now())).length, 1);
      s.clock.advance(10 * DAY);
      const listed = await call(s, 'GET', '/v1/subscriptions', undefined, { token });
      assert.equal(listed.body.subscriptions[0].status, 'expired');
      assert.equal((await s.tessera.licensing.getSubscription(id))!.status, 'expired');
      assert.deepEqual(await s.tessera.licensing.usableSubscriptions(accountId, s.clock.now()), []);
      assert.deepEqual(
        await s.tessera.licensing.claimSeat({ subscriptionId: id, deviceId: 'dev_x', accountId, now: s.clock.now() }),
        { ok: false, code: 'SUBSCRIPTION_NOT_USABLE' },
      );
    });

    test('an account cannot own more active subscriptions than configured', async () => {
      const capped = await startTestServer({ db, overrides: { licensing: { maxSubscriptionsPerAccount: 2 } } });
      try {
        const { token } = await signUp(capped, { email: 'my@example.vn', password: PASSWORD });
        const { codes } = await mintCodes(capped, 'personal', 3, 10);
        for (const code of codes.slice(0, 2))
          assert.equal((await call(capped, 'POST', '/v1/subscriptions/redeem', { code }, { token })).status, 201);
        assertRefused(
          await send(capped, { method: 'POST', url: '/v1/subscriptions/redeem', payload: { code: codes[2]! }, token }),
          'third',
          'SUBSCRIPTION_LIMIT_REACHED',
        );
        capped.clock.advance(10 * DAY);
        assert.equal(
          (await call(capped, 'POST', '/v1/subscriptions/redeem', { code: codes[2] }, { token })).status,
          201,
          'expired ones do not count; the refused code was not spent',
        );
      } finally {
        await capped.close();
      }
    });

    test('the routes need a session', async () => {
      assertRefused(await send(s, { method: 'GET', url: '/v1/subscriptions' }), 'list', 'UNAUTHENTICATED');
      assertRefused(
        await send(s, { method: 'POST', url: '/v1/subscriptions/redeem', payload: { code: 'x' } }),
        'redeem',
        'UNAUTHENTICATED',
      );
    });
  });
}
