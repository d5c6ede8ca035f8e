// The unit of work on every database kind: a transaction's context survives others starting and ending around it
// (async context is switched off whenever none runs, see unit-of-work.ts), and nothing of it leaks out after it ends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { contextualDatabase, unitsOfWorkRunning } from '../../src/storage/unit-of-work.js';
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

    test("a store's own transaction leaves the async context off, and inside a unit of work it is a savepoint of it", async () => {
      const { stores, handle } = open();
      const db = contextualDatabase(handle.db);
      const [alone, nested, undone] = [sampleAccount(), sampleAccount(), sampleAccount()];
      await stores.accounts.create(alone);
      // As a store's own transaction does: its work goes through its `tx` alone.
      const seen = await db.transaction().execute(async (tx) => {
        assert.equal(unitsOfWorkRunning(), 0, 'no async hooks while only a store transacts');
        return tx.selectFrom('accounts').select('id').where('id', '=', alone.id).execute();
      });
      assert.equal(seen.length, 1);

      await assert.rejects(
        stores.unitOfWork.run(async () => {
          assert.equal(unitsOfWorkRunning(), 1);
          await db.transaction().execute(() => stores.accounts.create(nested));
          // A store's transaction that fails inside undoes its own writes only; the caller decides on the rest.
          await assert.rejects(
            db.transaction().execute(async () => {
              await stores.accounts.create(undone);
              throw new Error('the store gives up');
            }),
          );
          assert.ok(await stores.accounts.findById(nested.id), 'the savepoint released into the unit of work');
          assert.equal(await stores.accounts.findById(undone.id), undefined, 'rolled back to its savepoint');
          throw new Error('the unit of work gives up');
        }),
        /unit of work gives up/,
      );
      assert.equal(await stores.accounts.findById(nested.id), undefined, 'gone with the unit of work it joined');
      assert.equal(unitsOfWorkRunning(), 0);
    });
  });
}
