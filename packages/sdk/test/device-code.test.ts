// connectWithDeviceCode() against a real server: the code to show, polling at the server's pace (slow_down grows
// it), approval in the portal stores the connection as connect() does; a denial and an expired code throw.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerDeviceCode } from '@tessera/server/testing';
import { TesseraError } from '../src/index.js';
import { appClient, makeAccount, redeem, tempHome, useLiveServer } from './support/harness.js';

describe('connectWithDeviceCode()', () => {
  const server = useLiveServer();

  test('shows a code, polls until approved in the browser, and is connected with the chosen plan', async () => {
    const email = 'tivi@example.com';
    const { token } = await makeAccount(server(), { email });
    await redeem(server(), token, 'personal');
    const client = appClient(server(), tempHome(), 'app.tv');
    const code = await client.connectWithDeviceCode();
    assert.match(code.userCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(code.verificationUri, `${server().url}/activate`);
    assert.equal(code.verificationUriComplete, `${code.verificationUri}?code=${code.userCode}`);
    assert.equal(code.interval, 5);

    const pending: Array<{ interval: number; slowDown: boolean }> = [];
    let sleeps = 0;
    const done = await code.wait({
      onPending: (info) => pending.push(info),
      sleep: async (ms) => {
        sleeps += 1;
        // The first wait is a second short: the server answers slow_down and the SDK keeps the longer interval.
        server().s.clock.advance(sleeps === 2 ? ms - 1000 : ms);
        if (sleeps === 3) await answerDeviceCode(server().s, code.userCode, email, 'approve');
      },
    });
    assert.deepEqual(pending, [
      { interval: 5, slowDown: false },
      { interval: 10, slowDown: true },
    ]);
    assert.equal(done.kind, 'done');
    assert.equal(done.status.state, 'connected');
    assert.equal(done.status.plan, 'personal');
    const status = await client.status();
    assert.equal(status.state, 'connected');
    const checkIn = await client.checkIn();
    assert.equal(checkIn.ok, true);
  });

  test('a denial throws ACCESS_DENIED and an unanswered code DEVICE_CODE_EXPIRED; nothing is stored', async () => {
    const email = 'tu-choi@example.com';
    await makeAccount(server(), { email });
    const client = appClient(server(), tempHome(), 'app.tv');
    const denied = await client.connectWithDeviceCode();
    await assert.rejects(
      denied.wait({
        sleep: async (ms) => {
          server().s.clock.advance(ms);
          await answerDeviceCode(server().s, denied.userCode, email, 'deny');
        },
      }),
      (error: unknown) => error instanceof TesseraError && error.code === 'ACCESS_DENIED',
    );
    const expired = await client.connectWithDeviceCode();
    await assert.rejects(
      expired.wait({ sleep: async () => server().s.clock.advance(60_000) }),
      (error: unknown) => error instanceof TesseraError && error.code === 'DEVICE_CODE_EXPIRED',
    );
    assert.equal((await client.status()).state, 'not_connected');
  });
});
