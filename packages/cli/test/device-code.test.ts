// `tessera connect --device-code --json` as a script sees it: one line with the code while it waits, then the result
// document once the person approved in the portal; a denial exits 7 in the same shape.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { answerDeviceCode, signUp } from '@tessera/server/testing';
import { spawn } from 'node:child_process';
import { BIN, childEnv, newHome, serve, type Served } from './support/harness.js';
import { runDeviceCode } from './support/device-code.js';

const PASSWORD = 'lantern-harbour-42';

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

  test('for people: the URL, the code and a QR code of the link with the code, then connected', async () => {
    const args = ['connect', '--device-code', '--server', served.url, '--app', 'app.tv'];
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(newHome()) });
    child.stdin.end('');
    let out = '';
    let answered: Promise<unknown> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const code = /^ {4}([0-9A-Z]{4}-[0-9A-Z]{4})$/m.exec(out)?.[1];
      if (code && !answered) answered = answerDeviceCode(served.s, code, 'tv-owner@example.com', 'approve');
    });
    const exit = await new Promise<number | null>((resolve) => child.once('close', resolve));
    await answered;
    assert.equal(exit, 0, out);
    assert.match(out, new RegExp(`open ${served.url}/activate and enter the code`));
    assert.match(out, /[█▀▄]{7}/, 'a QR code drawn in block characters');
    assert.match(out, /Waiting for approval in the browser/);
    assert.match(out, /Connected: plan Free|plan Free/);
  });
});
