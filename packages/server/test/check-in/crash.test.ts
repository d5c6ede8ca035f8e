// kill -9 under check-in load loses no entitlement: a real server process answers check-ins of apps on Free while
// their accounts redeem codes (so check-ins move apps onto subscriptions, the writes of this path), is SIGKILLed at a
// random moment and started again; then every invariant holds, every entitlement a check-in acknowledged reads back,
// and no subscription has more apps' devices on it than seats. Only buffered last-seen times may be lost. Half the
// apps check in as the SDK does (the credential as a bearer, naming the token held, so most answers are the short
// unchanged one), half as an older app (the credential in the body, every answer in full). The server lets two
// check-ins at the database at once, so some are refused (503, load shedding) and their apps come back later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { LICENSE_HELD_HEADER, licenseFingerprint } from '@tessera/protocol';
import { ManualClock } from '../../src/index.js';
import { createTestDatabase, databaseKinds, trialsOn, type TestDatabase } from '../support/databases.js';
import { startTestServer } from '../support/test-server.js';
import { openDatabase, sqlStores } from '../../src/storage/index.js';
import { createDoctor } from '../../src/integrity/index.js';
import { systemClock } from '../../src/common/index.js';
import { createAccounts, mintCodes } from '../licensing/licensing-support.js';
import { connectBody, request, sessionsFor } from '../integrity/integrity-support.js';
import { killed, serverEnv, startServer } from '../integrity/crash-support.js';

const WORKERS = 16;
const PEOPLE = 6;
const APPS_PER_PERSON = 4;

interface Tracked {
  token: string;
  accountId: string;
  deviceId: string;
  credential: string;
  /** Checks in as the SDK does; else as an older app. */
  sdk: boolean;
  /** The license token the last answer in full handed over. */
  license: string | undefined;
  /** A check-in went unanswered: its credential may have rotated, so it is not used again. */
  lost: boolean;
  busy: boolean;
  /** The subscription the last answered check-in named. */
  acknowledged: string | null;
}

async function seed(db: TestDatabase) {
  const s = await startTestServer({
    db: db.databaseUrl ? 'postgres' : 'sqlite',
    shared: { db, redisPrefix: 'crash:' },
    clock: new ManualClock(Date.now()),
  });
  try {
    const ids = await createAccounts(s, PEOPLE);
    const tokens = await sessionsFor(s, ids);
    const { codes } = await mintCodes(s, 'personal', 200);
    return { people: ids.map((accountId, i) => ({ accountId, token: tokens[i]! })), codes };
  } finally {
    await s.close();
  }
}

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
const naming = (app: Tracked): Record<string, string> =>
  app.license ? { [LICENSE_HELD_HEADER]: licenseFingerprint(app.license) } : {};

for (const db of databaseKinds()) {
  const TRIALS = trialsOn(db, { sqlite: 2, postgres: 2, full: 6 });
  test(`${TRIALS} × SIGKILL under check-in load on ${db}: no acknowledged entitlement lost, seats never exceeded`, async () => {
    const database = await createTestDatabase(db);
    try {
      const { people, codes } = await seed(database);
      // Few check-ins at the database at once, so some are refused under this load (load shedding): a refusal
      // changes nothing, and the app checks in with the same credential later, whatever the kills did meanwhile.
      const env = serverEnv(database, { maxReadsInFlight: 2 });
      const handle = openDatabase({ dataDir: database.dataDir, databaseUrl: database.databaseUrl, poolSize: 2 });
      const checks = createDoctor({ store: sqlStores(handle).integrity, clock: systemClock });
      let server = await startServer(env);
      const apps: Tracked[] = [];
      const redeemed: Array<{ token: string; subscriptionId: string }> = [];
      let unchanged = 0;
      let shed = 0;
      try {
        for (const p of people) {
          for (let i = 0; i < APPS_PER_PERSON; i++) {
            const r = await request(server.base, 'POST', '/v1/flows', connectBody('app.a', `Crash ${i}`), p.token);
            assert.ok(r.body.result?.deviceCredential, JSON.stringify(r.body));
            apps.push({
              ...p,
              deviceId: r.body.result.device.id,
              credential: r.body.result.deviceCredential,
              sdk: apps.length % 2 === 0,
              license: r.body.result.license?.token,
              lost: false,
              busy: false,
              acknowledged: null,
            });
          }
        }
        for (let trial = 0; trial < TRIALS; trial++) {
          let answered = 0;
          let stopped = false;
          const base = server.base;
          // One redemption before the load, so every trial has apps on Free that a check-in moves onto a
          // subscription (the write this crash test is about), whatever the random mix below does.
          const first = pick(people)!;
          const code = codes.pop();
          if (code) {
            const r = await request(base, 'POST', '/v1/subscriptions/redeem', { code }, first.token);
            assert.equal(r.status, 201, JSON.stringify(r.body));
            redeemed.push({ token: first.token, subscriptionId: r.body.subscription.id });
          }
          const load = Promise.all(
            Array.from({ length: WORKERS }, async () => {
              while (!stopped) {
                try {
                  if (Math.random() < 0.08) {
                    const p = pick(people)!;
                    const code = codes.pop();
                    if (!code) continue;
                    const r = await request(base, 'POST', '/v1/subscriptions/redeem', { code }, p.token);
                    if (r.status === 201) redeemed.push({ token: p.token, subscriptionId: r.body.subscription.id });
                    continue;
                  }
                  const app = pick(apps.filter((a) => !a.lost && !a.busy));
                  if (!app) {
                    await sleep(1);
                    continue;
                  }
                  app.busy = true;
                  app.lost = true;
                  const r = app.sdk
                    ? await request(base, 'POST', '/v1/check-in', undefined, app.credential, naming(app))
                    : await request(base, 'POST', '/v1/check-in', { credential: app.credential });
                  if (r.status === 503) {
                    assert.equal(r.body.error.code, 'UNAVAILABLE', JSON.stringify(r.body));
                    [app.lost, app.busy] = [false, false];
                    shed += 1;
                    continue;
                  }
                  assert.equal(r.status, 200, JSON.stringify(r.body));
                  // An unchanged answer confirms the token (and so the subscription) the app already holds.
                  if (r.body.unchanged !== true) {
                    app.credential = r.body.deviceCredential;
                    app.license = r.body.license.token;
                    app.acknowledged = r.body.license.subscriptionId;
                  } else unchanged += 1;
                  app.lost = false;
                  app.busy = false;
                  answered += 1;
                } catch (error) {
                  if (error instanceof assert.AssertionError) throw error;
                  return; // the server is gone
                }
              }
            }),
          );
          for (let waited = 0; answered < 50 && waited < 20_000; waited += 20) await sleep(20);
          await sleep(Math.floor(Math.random() * 300));
          await killed(server.process);
          stopped = true;
          await load;
          for (const app of apps) app.busy = false;
          server = await startServer(env);

          const when = `after kill ${trial + 1}`;
          assert.deepEqual(await checks.examine(), [], `${when}: every invariant holds`);
          for (const app of apps.filter((a) => a.acknowledged !== null)) {
            const devices = (await request(server.base, 'GET', '/v1/devices', undefined, app.token)).body.devices;
            const device = devices.find((d: { id: string }) => d.id === app.deviceId);
            // Apps only ever move onto subscriptions here (none ends), so an acknowledged one must still be there.
            assert.equal(
              device.apps[0].subscriptionId,
              app.acknowledged,
              `${when}: ${app.deviceId} kept its entitlement`,
            );
          }
          const onSubscriptions = await handle.db
            .selectFrom('app_connections')
            .select(['subscription_id', (eb) => eb.fn.count<number>('device_id').distinct().as('devices')])
            .where('revoked_at', 'is', null)
            .where('subscription_id', 'is not', null)
            .groupBy('subscription_id')
            .execute();
          for (const row of onSubscriptions) assert.ok(Number(row.devices) <= 3, `${when}: seats never exceeded`);
          for (const r of redeemed) {
            const listed = (await request(server.base, 'GET', '/v1/subscriptions', undefined, r.token)).body;
            assert.ok(listed.subscriptions.some((x: { id: string }) => x.id === r.subscriptionId));
          }
        }
        assert.ok(
          apps.some((a) => a.acknowledged !== null),
          'some check-in moved an app onto a subscription',
        );
        assert.ok(unchanged > 0, 'some check-ins were answered unchanged');
        assert.ok(shed > 0, 'some check-ins were refused under load, and their apps checked in later');
      } finally {
        await killed(server.process);
        await handle.close();
      }
    } finally {
      await database.drop();
    }
  });
}
