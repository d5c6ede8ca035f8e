// Limits under concurrency, in-process on every database: 5 trials (10 with TESSERA_TEST_TRIALS=full) × 200 racers each for the devices an account
// connects (connect flows finishing at once), the members a family takes and the subscriptions an account owns.
// Codes redeemed once and seats per subscription at the store: test/licensing/races.test.ts; all five over HTTP: http-races.test.ts.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadServerSecrets } from '../../src/common/index.js';
import { databaseKinds, trialsOn } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { createAccounts, mintCodes } from '../licensing/licensing-support.js';
import {
  assertHealthy,
  atOnce,
  connectedDevices,
  flowsAtSelectSubscription,
  invitations,
  RACERS,
  DEVICE_LIMIT,
  startRaceServer,
  SUBSCRIPTION_LIMIT,
} from './integrity-support.js';

const origin = { ip: '127.0.0.1', userAgent: null };

for (const db of databaseKinds()) {
  describe(`limits under concurrency on ${db} (in-process)`, () => {
    const TRIALS = trialsOn(db, { postgres: 5, full: 10 });
    let s: TestServer;
    let racers: string[];
    before(async () => {
      ({ s, racers } = await startRaceServer(db));
    });
    after(async () => {
      await s.close();
    });

    test(`${TRIALS} trials × ${RACERS} connects waiting at select_subscription, finished at once, connect exactly ${DEVICE_LIMIT} devices`, async () => {
      const { flows } = s.tessera.services;
      for (let trial = 0; trial < TRIALS; trial++) {
        const [account] = await createAccounts(s, 1);
        // Two subscriptions, so every connect stops at select_subscription and all of them finish together.
        const subscriptions: string[] = [];
        for (let i = 0; i < 2; i++) {
          const granted = await s.tessera.licensing.operator.grant({ accountId: account!, planId: 'wide' });
          assert.ok(granted.ok);
          subscriptions.push(granted.subscription.id);
        }
        const waiting = await flowsAtSelectSubscription(s, account!, RACERS);
        const outcomes = await atOnce(
          waiting.map(
            (id, i) => () =>
              flows.submit(id, { step: 'select_subscription', subscriptionId: subscriptions[i % 2]! } as never, origin),
          ),
        );
        const views = outcomes.map((o) => (o.kind === 'step' ? o.view : undefined));
        const done = views.filter((v) => v?.step === 'done' && v.result?.deviceCredential);
        assert.equal(done.length, DEVICE_LIMIT, `trial ${trial}: ${done.length} connected`);
        assert.ok(views.every((v) => v?.step === 'done' || v?.error?.code === 'DEVICE_LIMIT_REACHED'));
        assert.equal(await connectedDevices(s, account!), DEVICE_LIMIT, `trial ${trial}: devices stored`);
      }
      await assertHealthy(s, 'after the device-limit races');
    });

    test(`${TRIALS} trials × ${RACERS} acceptances of distinct invitations give a family exactly its 5 member places`, async () => {
      const secrets = loadServerSecrets(s.db.dataDir);
      for (let trial = 0; trial < TRIALS; trial++) {
        const [owner] = await createAccounts(s, 1);
        const granted = await s.tessera.licensing.operator.grant({ accountId: owner!, planId: 'fam' });
        assert.ok(granted.ok);
        const tokens = await invitations(s, granted.subscription.id, owner!, racers, secrets.keyedHash);
        const outcomes = await atOnce(
          tokens.map(
            (token, i) => () =>
              s.tessera.licensing.acceptInvitation({ accountId: racers[i]!, email: `${racers[i]}@example.vn` }, token),
          ),
        );
        assert.equal(outcomes.filter((o) => o.ok).length, 5, `trial ${trial}`);
        assert.ok(outcomes.every((o) => o.ok || o.code === 'MEMBER_LIMIT_REACHED'));
        const people = await s.tessera.stores.family.people(granted.subscription.id);
        assert.equal(people!.members.length, 5);
        assert.equal((await s.tessera.licensing.getSubscription(granted.subscription.id))!.membersUsed, 5);
      }
      await assertHealthy(s, 'after the member races');
    });

    test(`${TRIALS} trials × ${RACERS} codes redeemed at once by one account give exactly ${SUBSCRIPTION_LIMIT} subscriptions`, async () => {
      const { codes } = await mintCodes(s, 'personal', TRIALS * RACERS);
      const secrets = loadServerSecrets(s.db.dataDir);
      for (let trial = 0; trial < TRIALS; trial++) {
        const [owner] = await createAccounts(s, 1);
        // Straight to the store's redemption: the attempt counters in front of it are not what races here.
        const outcomes = await atOnce(
          codes.slice(trial * RACERS, (trial + 1) * RACERS).map(
            (code, i) => () =>
              s.tessera.stores.activationCodes.redeem({
                codeHash: secrets.keyedHash('activation-code', code),
                accountId: owner!,
                subscriptionId: `sub_${trial}_${i}_${db}`,
                now: s.clock.now(),
                maxActive: SUBSCRIPTION_LIMIT,
              }),
          ),
        );
        assert.equal(outcomes.filter((o) => o.ok).length, SUBSCRIPTION_LIMIT, `trial ${trial}`);
        assert.ok(outcomes.every((o) => o.ok || o.reason === 'limit'));
        assert.equal((await s.tessera.licensing.listForAccount(owner!)).length, SUBSCRIPTION_LIMIT);
      }
    });
  });
}
