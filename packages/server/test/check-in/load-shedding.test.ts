// Load shedding at check-in: past `checkIn.maxReadsInFlight` check-ins at the database, or while the event loop runs
// `checkIn.shedAfterLagMs` late, a check-in that needs the database gets 503 with Retry-After and changes nothing; a
// cached answer is still given; the refused app's next check-in goes ahead. Concurrent clients on both dialects.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createReadAdmission } from '../../src/devices/index.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { checkIn, connected, metric, naming, person, type App } from './check-in-support.js';

const RETRY = 30;
const APPS = 24;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { outcome?: string; unchanged?: boolean; deviceCredential?: string; license?: { token: string } } & {
    error?: { code: string; retryAfterSeconds?: number };
  };
}

/** A check-in over a real socket, as the SDK sends it (the fast lane's way in): the credential as a bearer. */
async function overSocket(url: string, app: App): Promise<Answer> {
  const res = await fetch(`${url}/v1/check-in`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.credential}`, ...naming(app) },
  });
  const answer = {
    status: res.status,
    retryAfter: res.headers.get('retry-after') ?? undefined,
    body: await res.json(),
  };
  if (answer.status === 200 && answer.body.unchanged !== true) {
    app.credential = answer.body.deviceCredential!;
    app.token = answer.body.license!.token;
  }
  return answer as Answer;
}

/** A refusal as load shedding gives it: 503, the catalog's code, and the same wait in the header and the body. */
function assertShed(answer: Answer): void {
  assert.equal(answer.status, 503, JSON.stringify(answer.body));
  assert.equal(answer.body.error?.code, 'UNAVAILABLE');
  const wait = answer.body.error?.retryAfterSeconds;
  assert.ok(wait !== undefined && wait >= RETRY && wait < 2 * RETRY, `a wait in [${RETRY}, ${2 * RETRY}): ${wait}`);
  assert.equal(answer.retryAfter, String(wait));
}

describe('read admission (the shedding rule alone)', () => {
  test('lets in up to the limit, refuses past it, and spreads the wait over [r, 2r)', () => {
    let draw = 0;
    const draws = [0, 0.5, 0.999];
    const admission = createReadAdmission({
      maxInFlight: 2,
      lateness: () => 0,
      retryAfterSeconds: 10,
      random: () => draws[draw++ % draws.length]!,
    });
    assert.equal(admission.enter(), undefined);
    assert.equal(admission.enter(), undefined);
    assert.deepEqual([admission.enter(), admission.enter(), admission.enter()], [10, 15, 19]);
    assert.equal(admission.inFlight(), 2, 'a refusal takes no slot');
    admission.leave();
    assert.equal(admission.enter(), undefined, 'a slot left is a slot free');
    const unlimited = createReadAdmission({ maxInFlight: 0, lateness: () => 0, retryAfterSeconds: 10 });
    for (let i = 0; i < 1000; i++) assert.equal(unlimited.enter(), undefined, '0: no limit');
  });

  test('a late loop lets one read in `lateness` go ahead, the first of a late spell refused', () => {
    let late = 0;
    const admission = createReadAdmission({ maxInFlight: 0, lateness: () => late, retryAfterSeconds: 10 });
    const admitted = (tries: number) => {
      let n = 0;
      for (let i = 0; i < tries; i++) {
        if (admission.enter() !== undefined) continue;
        n += 1;
        admission.leave();
      }
      return n;
    };
    const seen = [0, 1, 2, 4, 16].map((l) => ((late = l), admitted(64)));
    assert.deepEqual(seen, [64, 64, 32, 16, 4]);
    late = 6;
    assert.notEqual(admission.enter(), undefined, 'the first of a new late spell is refused');
  });
});

for (const db of databaseKinds()) {
  describe(`check-ins past maxReadsInFlight on ${db}`, () => {
    let s: TestServer;
    let url: string;
    before(async () => {
      const checkInSettings = { maxReadsInFlight: 4, shedAfterLagMs: 0, shedRetryAfterSeconds: RETRY };
      s = await startTestServer({ db, overrides: { checkIn: checkInSettings } });
      await s.tessera.app.listen({ host: '127.0.0.1', port: 0 });
      url = `http://127.0.0.1:${(s.tessera.app.server.address() as AddressInfo).port}`;
    });
    after(() => s.close());

    test(`${APPS} apps at once: the reads past the limit are refused and lose nothing, cached answers all go`, async () => {
      const p = await person(s, 'shed');
      const apps: App[] = [];
      for (let i = 0; i < APPS; i++) apps.push(await connected(s, p, `Laptop ${i}`));
      const before = apps.map((a) => ({ ...a }));

      // Half over the socket (the fast lane), half through the route: every first check-in needs the database.
      const first = await Promise.all(
        apps.map(async (app, i): Promise<Answer> => {
          if (i % 2 === 0) return overSocket(url, app);
          const reply = await checkIn(s, app, { naming: true });
          return { status: reply.status, retryAfter: reply.headers['retry-after'] as string, body: reply.body };
        }),
      );
      const shed = first.flatMap((answer, i) => (answer.status === 503 ? [i] : []));
      assert.ok(shed.length > 0, 'some check-ins were refused');
      for (const [i, answer] of first.entries()) {
        if (answer.status === 503) assertShed(answer);
        else assert.equal(answer.status, 200, JSON.stringify(answer.body));
        if (answer.status === 503) assert.deepEqual(apps[i], before[i], 'a refused app keeps its credential');
      }
      assert.equal(await metric(s, /^tessera_check_ins_total\{outcome="UNAVAILABLE"\}/), shed.length);
      assert.equal(await metric(s, /^tessera_check_in_reads_in_flight /), 0, 'every slot given back');

      // The refused apps come back (one at a time, as their own waits spread them): each goes ahead.
      for (const i of shed) assert.equal((await overSocket(url, apps[i]!)).status, 200);
      // Every answer is cached now: all at once again, none refused, whatever the limit.
      const cached = await Promise.all(apps.map((app) => overSocket(url, app)));
      for (const answer of cached) assert.deepEqual([answer.status, answer.body.unchanged], [200, true]);
    });
  });
}

describe('check-ins while the event loop runs late', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { checkIn: { shedAfterLagMs: 50, shedRetryAfterSeconds: RETRY } },
    });
  });
  after(() => s.close());

  /** Keeps this process's loop (the server's too: it runs in-process) busy for `ms`, then lets the lag tick run. */
  async function stall(ms: number): Promise<void> {
    const until = performance.now() + ms;
    while (performance.now() < until);
    await sleep(1);
  }

  /** A check-in once the loop keeps time (retried: the server's start, or a loaded machine, made it late). */
  async function whenCaughtUp(app: App) {
    let reply = await checkIn(s, app, { naming: true });
    for (let i = 0; i < 250 && reply.status === 503; i++) {
      await sleep(20);
      reply = await checkIn(s, app, { naming: true });
    }
    return reply;
  }

  test('a check-in that needs the database is refused while it is late; a cached one is answered; then both go', async () => {
    const p = await person(s, 'lag');
    const cachedApp = await connected(s, p, 'Cached');
    assert.equal((await whenCaughtUp(cachedApp)).status, 200);
    const coldApp = await connected(s, p, 'Cold');
    const before = { ...coldApp };

    await stall(300);
    const refused = await checkIn(s, coldApp, { naming: true });
    assertShed({ status: refused.status, retryAfter: refused.headers['retry-after'] as string, body: refused.body });
    assert.deepEqual(coldApp, before, 'nothing changed for the refused app');
    const cached = await checkIn(s, cachedApp, { naming: true });
    assert.deepEqual([cached.status, cached.body.unchanged], [200, true], 'the cached answer is still given');

    // Once the loop has kept time for a second or two the reading falls.
    const again = await whenCaughtUp(coldApp);
    assert.equal(again.status, 200, JSON.stringify(again.body));
  });
});
