// The unchanged answer: an app that names the token it holds (LICENSE_HELD_HEADER, as the SDK does) gets only the
// verdict while that token is still the one, from the cache with no SQL statement; any change, an older app that names
// nothing, or a token it does not hold, gets the answer in full. The cache keeps no token and no credential.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LICENSE_HELD_HEADER, licenseFingerprint } from '@tessera/protocol';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { checkIn, connected, naming, person, redeem, type App } from './check-in-support.js';

const REISSUE = 12 * 3_600_000; // half the default 24 h token lifetime (checkIn.reissuePercent 50)

for (const db of databaseKinds()) {
  describe(`the unchanged check-in answer on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, countStatements: true });
    });
    after(async () => {
      await s.close();
    });

    /** SQL statements `run` makes (the notices of what ran before it sent first: on PostgreSQL a NOTIFY each). */
    async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
      await s.tessera.changeNoticesSent();
      const counter = s.tessera.database.statements!;
      const before = counter.count;
      const result = await run();
      return { result, statements: counter.count - before };
    }

    /** A connected app whose first check-in re-issued its token (so its answer is cached, naming that token). */
    async function settled(): Promise<App> {
      const app = await connected(s, await person(s, 'unchanged'));
      const first = await checkIn(s, app, { naming: true });
      assert.equal(first.status, 200);
      assert.equal(first.body.unchanged, undefined, 'the first check-in re-issues, in full');
      s.clock.advance(60_000);
      return app;
    }

    test('naming the token it holds, an app gets the verdict alone, from the cache with no SQL statement', async () => {
      const app = await settled();
      const held = { ...app };
      const { result: reply, statements } = await statementsOf(() => checkIn(s, app, { naming: true }));
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, {
        outcome: 'VALID',
        unchanged: true,
        choicePending: false,
        nextCheckInSeconds: s.tessera.config.checkIn.intervalSeconds,
      });
      assert.equal(statements, 0, 'answered from the cache');
      assert.deepEqual(app, held, 'the credential and token stay');
      const full = await call(s, 'POST', '/v1/check-in', { credential: app.credential });
      assert.ok(
        Buffer.byteLength(JSON.stringify(reply.body)) * 5 < Buffer.byteLength(JSON.stringify(full.body)),
        'a fifth of the bytes or less',
      );
    });

    test('the cache keeps no token and no credential: a hit is the kept verdict itself', async () => {
      const app = await settled();
      const held = licenseFingerprint(app.token!);
      const first = await s.tessera.services.checkIn(app.credential, held);
      const again = await s.tessera.services.checkIn(app.credential, held);
      assert.equal(first, again, 'the same object the cache holds');
      const kept = JSON.stringify(first);
      assert.ok(!kept.includes(app.token!) && !kept.includes(app.credential), kept);
    });

    test('an app that names no token, or another one, gets the answer in full, read from the database', async () => {
      const app = await settled();
      const cases: Array<[string, Record<string, string>]> = [
        ['no header (an older app)', {}],
        ['a token it does not hold', { [LICENSE_HELD_HEADER]: 'A'.repeat(22) }],
      ];
      for (const [what, headers] of cases) {
        const { result: res, statements } = await statementsOf(() =>
          s.tessera.app.inject({
            method: 'POST',
            url: '/v1/check-in',
            payload: { credential: app.credential },
            headers,
          }),
        );
        assert.equal(res.statusCode, 200, what);
        const body = JSON.parse(res.body);
        assert.equal(body.license.token, app.token, `${what}: the token held, not a new one`);
        assert.equal(body.deviceCredential, app.credential, `${what}: no rotation`);
        assert.ok(statements > 0, `${what}: read from the database, not the cache`);
      }
      // The app that then names its token is answered from the cache again.
      const { statements } = await statementsOf(() => checkIn(s, app, { naming: true }));
      assert.equal(statements, 0);
    });

    test('a change reaches an app that names its token: the answer is in full, on the new subscription', async () => {
      const p = await person(s, 'unchanged');
      const app = await connected(s, p);
      await checkIn(s, app, { naming: true });
      assert.equal((await checkIn(s, app, { naming: true })).body.unchanged, true);
      const subscriptionId = await redeem(s, p, 'personal');
      const next = await checkIn(s, app, { naming: true });
      assert.equal(next.status, 200);
      assert.equal(next.body.unchanged, undefined, JSON.stringify(next.body));
      assert.equal(next.body.license.subscriptionId, subscriptionId);
      assert.equal((await checkIn(s, app, { naming: true })).body.unchanged, true, 'then unchanged on it');
      // A token past its refresh point is re-signed: in full again, with the credential rotated.
      s.clock.advance(REISSUE);
      const before = app.credential;
      const reissued = await checkIn(s, app, { naming: true });
      assert.equal(reissued.body.unchanged, undefined);
      assert.notEqual(app.credential, before);
    });

    test('a disconnect refuses the next check-in of an app that names its token', async () => {
      const p = await person(s, 'unchanged');
      const app = await connected(s, p);
      await checkIn(s, app, { naming: true });
      assert.equal((await checkIn(s, app, { naming: true })).body.unchanged, true);
      const done = await call(s, 'POST', `/v1/devices/${app.deviceId}/disconnect`, undefined, { token: p.token });
      assert.equal(done.status, 200);
      assert.equal((await checkIn(s, app, { naming: true })).body.error.code, 'DEVICE_DISCONNECTED');
    });

    test('a stolen credential is still caught at the next re-issue when both holders name the token', async () => {
      const app = await settled();
      const thief = { ...app };
      assert.equal((await checkIn(s, thief, { naming: true })).body.unchanged, true);
      s.clock.advance(REISSUE);
      assert.equal((await checkIn(s, thief, { naming: true })).status, 200, 'the thief comes first and rotates');
      s.clock.advance(10 * 60_000);
      assert.equal((await checkIn(s, app, { naming: true })).body.error.code, 'DEVICE_CREDENTIAL_INVALID');
      assert.equal((await checkIn(s, thief, { naming: true })).body.error.code, 'DEVICE_DISCONNECTED');
    });

    test('a malformed fingerprint is refused as invalid input, and changes nothing', async () => {
      const app = await settled();
      for (const bad of ['short', 'A'.repeat(23), 'A'.repeat(21) + '.', '']) {
        const res = await s.tessera.app.inject({
          method: 'POST',
          url: '/v1/check-in',
          payload: { credential: app.credential },
          headers: { [LICENSE_HELD_HEADER]: bad },
        });
        assert.equal(res.statusCode, 400, JSON.stringify(bad));
        assert.equal(JSON.parse(res.body).error.code, 'VALIDATION_FAILED');
      }
      assert.equal((await checkIn(s, app, { naming: true })).body.unchanged, true, 'the app checks in as before');
    });

    test('twenty apps re-issued at once, then sixty concurrent check-ins from the cache under the new credentials; the old ones are refused', async () => {
      const owner = await person(s, 'burst');
      const apps: App[] = [];
      for (let i = 0; i < 20; i++) apps.push(await connected(s, owner, `Laptop ${i}`));
      await Promise.all(apps.map((app) => checkIn(s, app, { naming: true })));
      s.clock.advance(REISSUE + 60_000);
      const before = apps.map((app) => app.credential);
      // Each app's token is due: every one rotates, at the same time as the others.
      const reissued = await Promise.all(apps.map((app) => checkIn(s, app, { naming: true })));
      for (const reply of reissued) assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(new Set(apps.map((app) => app.credential)).size, 20);
      assert.ok(apps.every((app, i) => app.credential !== before[i]));
      // The answers each re-issue kept, under the cache's key of the new credential: no SQL, all at once.
      const { result: hits, statements } = await statementsOf(() =>
        Promise.all([...apps, ...apps, ...apps].map((app) => checkIn(s, app, { naming: true }))),
      );
      assert.ok(hits.every((reply) => reply.status === 200 && reply.body.unchanged === true));
      assert.equal(statements, 0, 'answered from the cache');
      // Past the grace, a credential rotated away is refused, from the cache or not.
      s.clock.advance(s.tessera.config.deviceCredentialGraceSeconds * 1000 + 1000);
      const old = await call(s, 'POST', '/v1/check-in', { credential: before[0] });
      assert.equal(old.status, 401);
    });

    test('fifty concurrent check-ins of one app naming its token, each read from the database: unchanged, nothing written', async () => {
      const app = await settled();
      s.tessera.checkInCache.setEnabled(false);
      const replies = await Promise.all(
        Array.from({ length: 50 }, () =>
          s.tessera.app.inject({
            method: 'POST',
            url: '/v1/check-in',
            payload: { credential: app.credential },
            headers: naming(app),
          }),
        ),
      );
      s.tessera.checkInCache.setEnabled(true);
      for (const res of replies) assert.equal(res.statusCode, 200, res.body);
      assert.ok(replies.every((res) => JSON.parse(res.body).unchanged === true));
      const row = await s.tessera.database.db
        .selectFrom('app_connections')
        .select(['revoked_at', 'license_token'])
        .where('device_id', '=', app.deviceId)
        .executeTakeFirstOrThrow();
      assert.equal(row.revoked_at, null);
      assert.equal(row.license_token, app.token, 'no re-issue');
      assert.equal((await checkIn(s, app, { naming: true })).body.unchanged, true);
    });
  });
}
