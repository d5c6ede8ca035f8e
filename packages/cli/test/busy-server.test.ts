// A server shedding load (503 with Retry-After at check-in): the CLI says when to try again, exits 5 like any
// unreachable server, keeps everything, and checks in once the server keeps up.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { signUp } from '@tessera/server/testing';
import { newHome, serve, tessera, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';

describe('tessera check-in against a busy server', () => {
  let served: Served;
  let home: string;
  before(async () => {
    served = await serve({ checkIn: { shedAfterLagMs: 50, shedRetryAfterSeconds: 30 } });
    home = newHome();
    await signUp(served.s, { email: 'thu@example.com', password: PASSWORD });
    const ran = await tessera(['connect', '--server', served.url, '--email', 'thu@example.com', '--password-stdin'], {
      home,
      input: PASSWORD,
    });
    assert.equal(ran.code, 0, ran.err);
  });
  after(() => served.close());

  test('exit 5 with the wait in the message and in --json; nothing stored changes; later it checks in', async () => {
    const appFile = join(home, 'apps', 'app.tessera-cli.json');
    const before = readFileSync(appFile, 'utf8');
    // The server runs in this process: its loop kept busy in bursts, as a fleet's burst would, while the CLI runs.
    let running = true;
    const busy = tessera(['check-in', '--json'], { home }).finally(() => (running = false));
    while (running) {
      const until = performance.now() + 200;
      while (performance.now() < until);
      await sleep(5);
    }
    const ran = await busy;
    assert.equal(ran.code, 5, ran.out + ran.err);
    const json = ran.json();
    assert.equal(json.code, 'UNREACHABLE');
    assert.ok(json.retryAfterSeconds >= 30 && json.retryAfterSeconds < 60, String(json.retryAfterSeconds));
    assert.match(json.message, new RegExp(`is busy: try again in ${json.retryAfterSeconds} s`));
    assert.match(json.message, /keeps working offline until/);
    assert.equal(readFileSync(appFile, 'utf8'), before, 'nothing stored changed');

    let later = ran;
    for (let i = 0; i < 20 && later.code !== 0; i++) {
      await sleep(500);
      later = await tessera(['check-in'], { home });
    }
    assert.equal(later.code, 0, later.out + later.err);
  });
});
