// `admin doctor`: nothing on a healthy database; each kind of broken row found, repaired with --fix, and reported.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createAccounts } from '../licensing/licensing-support.js';
import { connectBody, findings, sessionsFor } from './integrity-support.js';
import { createDoctor } from '../../src/integrity/index.js';
import { startFlow } from '../support/journey.js';
import { runServerCli, spawnServerCli } from '../support/server-cli.js';

for (const db of databaseKinds()) {
  describe(`admin doctor on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('finds nothing after ordinary use, then finds and repairs each broken invariant', async () => {
      const [account] = await createAccounts(s, 1);
      const [token] = await sessionsFor(s, [account!]);
      const granted = await s.tessera.licensing.operator.grant({ accountId: account!, planId: 'family' });
      assert.ok(granted.ok);
      const sub = granted.subscription.id;
      const devices: string[] = [];
      for (let i = 0; i < 4; i++)
        devices.push((await startFlow(s, connectBody('app.doc', `D${i}`), { token })).body.result!.device!.id);
      assert.deepEqual(await findings(s), [], 'healthy');

      // Break it the ways a half-written operation would.
      const dbh = s.tessera.database.db;
      const now = s.clock.now();
      await dbh.updateTable('app_connections').set({ revoked_at: now }).where('device_id', '=', devices[0]!).execute();
      await dbh.updateTable('devices').set({ disconnected_at: now }).where('id', '=', devices[1]!).execute();
      await dbh
        .insertInto('seats')
        .values({ subscription_id: sub, device_id: 'dev_gone', account_id: account!, claimed_at: now })
        .execute();
      await dbh.updateTable('subscriptions').set({ members_used: 3 }).where('id', '=', sub).execute();
      const flowRows = await dbh.selectFrom('flows').select(['id', 'state']).where('kind', '=', 'connect').execute();
      const flowRow = flowRows.find((r) => JSON.parse(r.state).connected?.deviceId === devices[3])!;
      await dbh.deleteFrom('devices').where('id', '=', devices[3]!).execute();

      const found = new Set((await findings(s)).map((f) => f.check));
      for (const check of [
        'device_without_app',
        'app_on_disconnected_device',
        'seat_held_by_nobody',
        'member_count_mismatch',
        'done_flow_without_connection',
      ]) {
        assert.ok(found.has(check as never), `${check} found`);
      }
      const report = await createDoctor({ store: s.tessera.stores.integrity, clock: s.clock }).repair();
      assert.ok(
        report.every((r) => r.repaired === null || r.repaired >= r.found || r.found === 0),
        JSON.stringify(report),
      );
      assert.deepEqual(
        (await findings(s)).map((f) => f.check).filter((c) => c !== 'done_flow_without_connection'),
        [],
        'all repaired',
      );
      const subscription = (await s.tessera.licensing.getSubscription(sub))!;
      const seats = await dbh.selectFrom('seats').select('device_id').where('subscription_id', '=', sub).execute();
      assert.equal(subscription.seatsUsed, seats.length, 'seats used equals seats held');
      assert.equal(subscription.membersUsed, 0);
      assert.ok(
        seats.every((x) => ![devices[0], devices[1], 'dev_gone'].includes(x.device_id)),
        'seats nobody holds are free again',
      );
      await dbh.deleteFrom('flows').where('id', '=', flowRow.id).execute();
      assert.deepEqual(await findings(s), []);
    });

    if (db === 'sqlite') {
      test('the command prints what it found and did, and exits 1 while something is left broken', async () => {
        const env = { TESSERA_DATA_DIR: s.db.dataDir, TESSERA_LOG_LEVEL: 'warn' };
        // In-process, but for the run whose exit status 1 a script or monitor acts on (the built binary's own).
        const run = (...args: string[]) => runServerCli(['admin', 'doctor', ...args], env);
        const healthy = await run();
        assert.equal(healthy.code, 0, healthy.err);
        assert.match(healthy.out, /No broken invariants found/);
        const [account] = await createAccounts(s, 1);
        const granted = await s.tessera.licensing.operator.grant({ accountId: account!, planId: 'personal' });
        assert.ok(granted.ok);
        await s.tessera.database.db
          .updateTable('subscriptions')
          .set({ seats_used: 2 })
          .where('id', '=', granted.subscription.id)
          .execute();
        const broken = spawnServerCli(['admin', 'doctor'], env);
        assert.equal(broken.code, 1);
        assert.match(
          broken.out,
          new RegExp(`seat_count_mismatch\\s+${granted.subscription.id}\\s+seats_used is 2, 0 seats are held`),
        );
        const fixed = await run('--fix');
        assert.equal(fixed.code, 0, fixed.err);
        assert.match(fixed.out, /seat_count_mismatch: 1 found, 1 repaired/);
        assert.match(fixed.out, /No broken invariants found/);
      });
    }
  });
}
