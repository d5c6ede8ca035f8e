// Account deletion behind the portal's "delete my account", on every database: grace period, cancel, a purge that runs
// once however many instances try, and places in a shared subscription given back.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { connectApp, signUp } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`account deletion on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('request twice keeps the first date; cancel; purge once after the grace period, giving back seats and places', async () => {
      const deletion = s.tessera.services.accountDeletion;
      const owner = await signUp(s, { email: 'owner@example.com', password: PASSWORD });
      const member = await signUp(s, { email: 'member@example.com', password: PASSWORD });
      const minted = await s.tessera.licensing.operator.mint({ planId: 'family', count: 1 });
      assert.ok(minted.ok);
      const redeemed = await s.tessera.licensing.redeem({
        accountId: owner.accountId,
        input: minted.codes[0]!,
        ip: '127.0.0.1',
      });
      assert.ok(redeemed.ok);
      const subscriptionId = redeemed.subscription.id;
      const invited = await s.tessera.licensing.invite(
        { accountId: owner.accountId, email: 'owner@example.com' },
        { subscriptionId, email: 'member@example.com', locale: 'en' },
      );
      assert.ok(invited.ok);
      assert.ok(
        (
          await s.tessera.licensing.acceptInvitation(
            { accountId: member.accountId, email: 'member@example.com' },
            invited.token,
          )
        ).ok,
      );
      const connected = await connectApp(s, { email: 'member@example.com', password: PASSWORD });
      assert.equal(connected.body.result?.connection?.plan, 'family');
      const seatsOf = async () => (await s.tessera.licensing.getSubscription(subscriptionId))!;
      assert.equal((await seatsOf()).seatsUsed, 1);
      assert.equal((await seatsOf()).membersUsed, 1);

      const account = (await s.tessera.services.accounts.get(member.accountId))!;
      const actor = { account, ip: '127.0.0.1', userAgent: null };
      assert.equal((await deletion.request(actor, 'wrong-password')).ok, false);
      const first = await deletion.request(actor, PASSWORD);
      assert.ok(first.ok && !first.already);
      s.clock.advance(DAY);
      const second = await deletion.request(actor, PASSWORD);
      assert.ok(second.ok && second.already);
      assert.equal(second.purgeAt, first.purgeAt, 'asking again does not move the date');
      assert.equal(
        (await s.tessera.stores.sessions.listForAccount(member.accountId, s.clock.now())).length,
        0,
        'signed out everywhere',
      );

      assert.equal(await deletion.cancel(actor), true);
      assert.equal(await deletion.cancel(actor), false);
      assert.ok((await deletion.request(actor, PASSWORD)).ok);
      assert.equal(await deletion.purgeDue(), 0, 'not before the grace period ends');
      s.clock.advance(deletion.graceMs);
      const purged = await Promise.all([deletion.purgeDue(), deletion.purgeDue()]);
      assert.equal(purged[0]! + purged[1]!, 1, 'two instances purging at once remove the account once');
      assert.equal(await s.tessera.services.accounts.get(member.accountId), undefined);
      assert.equal((await s.tessera.stores.audit.listForAccount(member.accountId, { limit: 10 })).length, 0);
      assert.equal((await s.tessera.stores.devices.listDevices(member.accountId)).length, 0);
      assert.equal((await seatsOf()).seatsUsed, 0, 'the device seat was given back');
      assert.equal((await seatsOf()).membersUsed, 0, 'the family place was given back');
      assert.ok(await s.tessera.services.accounts.get(owner.accountId), 'the owner is untouched');
    });
  });
}
