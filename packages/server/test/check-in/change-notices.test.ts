// Change notices on their own: the local cache hears of a change at once and again after its commit, the feed after
// the commit, and `idle()` resolves only once every notice has gone out (what a closing server waits for).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createChangeNotices, type ChangeFeed } from '../../src/devices/index.js';

/** A feed whose publishes complete when the test says (a feed outside the process, slow to answer). */
function heldFeed() {
  const published: string[][] = [];
  const release: Array<() => void> = [];
  const feed: ChangeFeed = {
    publish: (tags) => {
      published.push([...tags]);
      return new Promise<void>((resolve) => release.push(resolve));
    },
    start: async () => {},
    close: async () => {},
  };
  return { feed, published, release };
}

test('a notice drops the local answers at once and after the commit, then goes out on the feed', () => {
  const { feed, published } = heldFeed();
  const invalidated: string[][] = [];
  let commit: (() => void) | undefined;
  const notices = createChangeNotices({
    invalidate: (tags) => invalidated.push([...tags]),
    afterCommit: (fn) => (commit = fn),
    feed,
    onError: (error) => assert.fail(String(error)),
  });
  notices.changed(['c:1']);
  assert.deepEqual(invalidated, [['c:1']]);
  assert.deepEqual(published, [], 'nothing sent before the change commits');
  commit!();
  assert.deepEqual(invalidated, [['c:1'], ['c:1']]);
  assert.deepEqual(published, [['c:1']]);
});

test('idle() waits for every notice on its way to the feed, and for none once they are sent', async () => {
  const { feed, release } = heldFeed();
  const notices = createChangeNotices({
    invalidate: () => {},
    afterCommit: (fn) => fn(),
    feed,
    onError: (error) => assert.fail(String(error)),
  });
  notices.changed(['c:1']);
  notices.changed(['d:2']);
  let idle = false;
  const waiting = notices.idle().then(() => (idle = true));
  await new Promise(setImmediate);
  assert.equal(idle, false, 'two notices still on their way');
  release[0]!();
  await new Promise(setImmediate);
  assert.equal(idle, false, 'one notice still on its way');
  release[1]!();
  await waiting;
  assert.equal(idle, true);
  await notices.idle();
});
