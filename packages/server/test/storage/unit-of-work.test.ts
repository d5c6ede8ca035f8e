// The unit of work on every database kind: a transaction's context survives others starting and ending around it
// (async context is switched off whenever none runs, see unit-of-work.ts), and nothing of it leaks out after it ends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseKinds, sampleAccount, useStores } from './store-harness.js';

for (const kind of databaseKinds()) {
  describe(`unit of work on ${kind}`, () => {
    const open = useStores(kind);

    test('a transaction keeps its context while shorter ones begin and end meanwhile', async () => {
      const { stores } = open();
      const [long, ...short] = [sampleAccount(), sampleAccount(), sampleAccount()];
      const failing = stores.unitOfWork.run(async () => {
        await stores.accounts.create(long!);
        // Others run to the end while this one waits (on SQLite they queue behind it, on PostgreSQL they run).
        await sleep(30);
        assert.ok(await stores.accounts.findById(long!.id), 'its own write is visible inside it');
        throw new Error('rolled back');
      });
      const others = short.map((account) => stores.unitOfWork.run(() => stores.accounts.create(account)));
      await assert.rejects(failing, /rolled back/);
      await Promise.all(others);
      assert.equal(await stores.accounts.findById(long!.id), undefined, 'the whole transaction rolled back');
      for (const account of short) assert.ok(await stores.accounts.findById(account.id));
    });

    test('after every transaction ended, writes go straight to the database, and a new one opens as before', async () => {
      const { stores } = open();
      const [a, b] = [sampleAccount(), sampleAccount()];
      await stores.unitOfWork.run(() => stores.accounts.create(a));
      await stores.accounts.create(b);
      assert.ok(await stores.accounts.findById(b.id));
      await assert.rejects(
        stores.unitOfWork.run(async () => {
          await stores.accounts.setDisabled(a.id, 1);
          throw new Error('undo');
        }),
      );
      assert.equal((await stores.accounts.findById(a.id))?.disabledAt ?? null, null);
    });
  });
}
