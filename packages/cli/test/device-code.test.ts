// `tessera connect --device-code --json` as a script sees it: one line with the code while it waits, then the result
// document once the person approved in the portal; a denial exits 7 in the same shape.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { answerDeviceCode, signUp } from '@tessera/server/testing';
import { BIN, childEnv, newHome, serve, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';

/** Runs the command, hands its first line (the code) to `person`, and resolves with the exit code and what followed. */
function runDeviceCode(
  served: Served,
  home: string,
  person: (event: Record<string, any>) => Promise<unknown>,
): Promise<{ code: number | null; event: Record<string, any>; result: Record<string, any>; err: string }> {
  const args = ['connect', '--device-code', '--json', '--server', served.url, '--app', 'app.tv'];
  const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(home) });
  child.stdin.end('');
  let out = '';
  let err = '';
  let event: Record<string, any> | undefined;
  let answered: Promise<unknown> = Promise.resolve();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    const newline = out.indexOf('\n');
    if (!event && newline > 0) {
      event = JSON.parse(out.slice(0, newline));
      answered = person(event!);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', async (code) => {
      try {
        await answered;
        assert.ok(event, `no event line: ${out} ${err}`);
        resolve({ code, event, result: JSON.parse(out.slice(out.indexOf('\n') + 1)), err });
      } catch (error) {
        reject(error);
      }
    });
  });
}

describe('tessera connect --device-code --json', () => {
  let served: Served;
  let ticking: NodeJS.Timeout;
  before(async () => {
    // Polls every second of real time; the server's clock runs ahead so each poll finds the interval kept.
    served = await serve({ deviceCode: { intervalSeconds: 1 } });
    ticking = setInterval(() => served.s.clock.advance(1000), 250);
    await signUp(served.s, { email: 'tv-owner@example.com', password: PASSWORD });
  });
  after(async () => {
    clearInterval(ticking);
    await served.close();
  });

  test('prints the code first, then connects once it is approved in the browser', async () => {
    const home = newHome();
    const ran = await runDeviceCode(served, home, (event) =>
      answerDeviceCode(served.s, event.userCode, 'tv-owner@example.com', 'approve'),
    );
    assert.equal(ran.code, 0, JSON.stringify(ran.result) + ran.err);
    assert.equal(ran.event.command, 'connect');
    assert.equal(ran.event.event, 'device_code');
    assert.match(ran.event.userCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(ran.event.verificationUri, `${served.url}/activate`);
    assert.equal(ran.event.verificationUriComplete, `${served.url}/activate?code=${ran.event.userCode}`);
    assert.equal(ran.result.ok, true);
    assert.equal(ran.result.status.state, 'connected');
    assert.equal(ran.result.status.plan, 'free');
    assert.equal(ran.err, '', 'with --json nothing is written for people');
  });

  test('a denial exits 7 with ACCESS_DENIED in the failure shape', async () => {
    const ran = await runDeviceCode(served, newHome(), (event) =>
      answerDeviceCode(served.s, event.userCode, 'tv-owner@example.com', 'deny'),
    );
    assert.equal(ran.code, 7, JSON.stringify(ran.result));
    assert.deepEqual([ran.result.ok, ran.result.code, ran.result.exitCode], [false, 'ACCESS_DENIED', 7]);
    assert.equal(ran.result.userCode, ran.event.userCode);
  });
});
