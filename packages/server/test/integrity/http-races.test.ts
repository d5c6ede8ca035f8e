// Limits under concurrency over real HTTP on every database: 200 clients on their own sockets at once, per limit:
// devices per account, seats per subscription, members per family, subscriptions per account, codes redeemed once.
// `npm test` runs 2 trials per limit on PostgreSQL and 1 on SQLite to keep the suite short (the in-process suite races
// the same limits); TESSERA_TEST_TRIALS=full runs 10 on both.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { M } from '@tessera/protocol';
import { loadServerSecrets } from '../../src/common/index.js';
import { databaseKinds, trialsOn } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { createAccounts, mintCodes } from '../licensing/licensing-support.js';
import {
  assertHealthy,
  atOnce,
  connectBody,
  connectedDevices,
  invitations,
  listen,
  RACERS,
  request,
  sessionsFor,
  DEVICE_LIMIT,
  startRaceServer,
  SUBSCRIPTION_LIMIT,
} from './integrity-support.js';

for (const db of databaseKinds()) {
  describe(`limits under concurrency on ${db} over HTTP`, () => {
    const TRIALS = trialsOn(db, { postgres: 2, full: 10 });
    let s: TestServer;
    let base: string;
    let racers: string[];
    let tokens: string[];
    before(async () => {
      ({ s, racers } = await startRaceServer(db));
      base = await listen(s);
      tokens = await sessionsFor(s, racers);
    });
    after(async () => {
      await s.close();
    });

    test(`devices per account: ${TRIALS} trials × ${RACERS} concurrent connects connect exactly ${DEVICE_LIMIT}`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const [account] = await createAccounts(s, 1);
        const [token] = await sessionsFor(s, [account!]);
        const replies = await atOnce(
          Array.from(
            { length: RACERS },
            (_, i) => () => request(base, 'POST', '/v1/flows', connectBody('app.race', `Racer ${i}`), token),
          ),
        );
        assert.equal(
          replies.filter((r) => r.status === 201 && r.body.result?.deviceCredential).length,
          DEVICE_LIMIT,
          `trial ${trial}`,
        );
        assert.ok(
          replies.every((r) => r.status === 201 || r.body.error?.code === 'DEVICE_LIMIT_REACHED'),
          `trial ${trial}: only the limit refuses`,
        );
        assert.equal(await connectedDevices(s, account!), DEVICE_LIMIT);
      }
      await assertHealthy(s, 'after the device-limit races');
    });

    test(`seats per subscription: ${TRIALS} trials × ${RACERS} concurrent connects of ${RACERS} family members' devices take exactly 5 seats; the rest are told`, async () => {
      // One account can connect only five devices, so the racers for one subscription's seats are its members.
      for (let trial = 0; trial < TRIALS; trial++) {
        const [owner] = await createAccounts(s, 1);
        const granted = await s.tessera.licensing.operator.grant({ accountId: owner!, planId: 'five' });
        assert.ok(granted.ok);
        const subscriptionId = granted.subscription.id;
        // Members are joined straight in the store: the seat race is under test here, not invitations.
        await s.tessera.database.db
          .insertInto('subscription_members')
          .values(
            racers.map((account_id) => ({ subscription_id: subscriptionId, account_id, joined_at: s.clock.now() })),
          )
          .execute();
        await s.tessera.database.db
          .updateTable('subscriptions')
          .set({ members_used: RACERS })
          .where('id', '=', subscriptionId)
          .execute();
        const replies = await atOnce(
          tokens.map(
            (token, i) => () =>
              request(base, 'POST', '/v1/flows', connectBody(`app.seat${trial}`, `Member ${i}`), token),
          ),
        );
        assert.ok(
          replies.every((r) => r.status === 201),
          `trial ${trial}: every member connects`,
        );
        const seated = replies.filter((r) => r.body.result.license.subscriptionId === subscriptionId);
        assert.equal(seated.length, 5, `trial ${trial}: ${seated.length} seated`);
        const told = replies.filter(
          (r) =>
            r.body.result.license.plan === 'free' &&
            r.body.ui.messages.some((m: { id: number }) => m.id === M.INFO_SEAT_UNAVAILABLE_FREE),
        );
        assert.equal(told.length, RACERS - 5, `trial ${trial}: everyone landing on Free is told why`);
        assert.equal((await s.tessera.licensing.getSubscription(subscriptionId))!.seatsUsed, 5);
        await assertHealthy(s, `seat trial ${trial}`);
        // The racers' devices are disconnected again (all at once, in-process) so the device limit does not bite later.
        await atOnce(
          replies.map((r, i) => () => s.tessera.services.disconnectDevice(racers[i]!, r.body.result.device.id)),
        );
        assert.equal(
          (await s.tessera.licensing.getSubscription(subscriptionId))!.seatsUsed,
          0,
          'every seat given back',
        );
        await s.tessera.database.db
          .deleteFrom('subscription_members')
          .where('subscription_id', '=', subscriptionId)
          .execute();
        await s.tessera.database.db
          .updateTable('subscriptions')
          .set({ members_used: 0 })
          .where('id', '=', subscriptionId)
          .execute();
      }
    });

    test(`members per family: ${TRIALS} trials × ${RACERS} concurrent acceptances fill exactly 5 places`, async () => {
      const secrets = loadServerSecrets(s.db.dataDir);
      for (let trial = 0; trial < TRIALS; trial++) {
        const [owner] = await createAccounts(s, 1);
        const granted = await s.tessera.licensing.operator.grant({ accountId: owner!, planId: 'fam' });
        assert.ok(granted.ok);
        const invites = await invitations(s, granted.subscription.id, owner!, racers, secrets.keyedHash);
        const replies = await atOnce(
          invites.map((token, i) => () => request(base, 'POST', '/v1/invitations/accept', { token }, tokens[i])),
        );
        assert.equal(replies.filter((r) => r.status === 200).length, 5, `trial ${trial}`);
        assert.ok(replies.every((r) => r.status === 200 || r.body.error?.code === 'MEMBER_LIMIT_REACHED'));
        assert.equal((await s.tessera.licensing.getSubscription(granted.subscription.id))!.membersUsed, 5);
      }
      await assertHealthy(s, 'after the member races');
    });

    test(`subscriptions per account: ${TRIALS} trials × ${RACERS} concurrent redemptions by one account give exactly ${SUBSCRIPTION_LIMIT}`, async () => {
      const { codes } = await mintCodes(s, 'personal', TRIALS * RACERS);
      for (let trial = 0; trial < TRIALS; trial++) {
        const [owner] = await createAccounts(s, 1);
        const [token] = await sessionsFor(s, [owner!]);
        const replies = await atOnce(
          codes
            .slice(trial * RACERS, (trial + 1) * RACERS)
            .map((code) => () => request(base, 'POST', '/v1/subscriptions/redeem', { code }, token)),
        );
        assert.equal(replies.filter((r) => r.status === 201).length, SUBSCRIPTION_LIMIT, `trial ${trial}`);
        assert.ok(replies.every((r) => r.status === 201 || r.body.error?.code === 'SUBSCRIPTION_LIMIT_REACHED'));
      }
    });

    test(`codes redeemed once: ${TRIALS} trials × ${RACERS} accounts redeeming one code at once give one subscription`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const {
          codes: [code],
        } = await mintCodes(s, 'personal', 1);
        const replies = await atOnce(
          tokens.map((token) => () => request(base, 'POST', '/v1/subscriptions/redeem', { code }, token)),
        );
        assert.equal(replies.filter((r) => r.status === 201).length, 1, `trial ${trial}`);
        assert.ok(
          replies.every(
            (r) =>
              r.status === 201 ||
              r.body.error?.code === 'ACTIVATION_CODE_INVALID' ||
              r.body.error?.code === 'SUBSCRIPTION_LIMIT_REACHED',
          ),
        );
      }
    });
  });
}
