// One --json shape for every command: `{ ok: true, command, … }` on success, `{ ok: false, command, exitCode, code, message, … }` on failure.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { signUp } from '@tessera/server/testing';
import { newHome, serve, tessera, type Ran, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';
const NODE = process.execPath;

/** Checks the document against the documented shape and returns it. */
function shaped(ran: Ran, command: string | null, expected: { exitCode: number; code?: string }): Record<string, any> {
  assert.equal(ran.code, expected.exitCode, ran.out + ran.err);
  const doc = ran.json();
  assert.equal(doc.command, command, ran.out);
  if (expected.exitCode === 0) {
    assert.equal(doc.ok, true, ran.out);
    for (const key of ['exitCode', 'code', 'message']) assert.ok(!(key in doc), `a success has no ${key}: ${ran.out}`);
  } else {
    assert.equal(doc.ok, false, ran.out);
    assert.equal(doc.exitCode, expected.exitCode, ran.out);
    assert.match(doc.code, /^[A-Z][A-Z_]*$/);
    if (expected.code) assert.equal(doc.code, expected.code, ran.out);
    assert.equal(typeof doc.message, 'string');
    assert.ok(doc.message.length > 0);
  }
  assert.equal(ran.err, '', 'with --json nothing is written for people');
  return doc;
}

describe('tessera --json', () => {
  let served: Served;
  before(async () => {
    served = await serve();
  });
  after(async () => {
    await served.close();
  });

  test('every command, connected or not, answers in the one documented shape', async () => {
    const { s, url } = served;
    const home = newHome();
    const email = 'json@example.com';
    await signUp(s, { email, password: PASSWORD });

    shaped(await tessera(['--version', '--json'], { home }), 'version', { exitCode: 0 });
    const help = shaped(await tessera(['status', '--help', '--json'], { home }), 'help', { exitCode: 0 });
    assert.equal(help.topic, 'status');
    assert.match(help.text, /^Usage: tessera status/);
    assert.equal(
      shaped(await tessera(['frob', '--json'], { home }), null, { exitCode: 2, code: 'USAGE' }).appId,
      undefined,
    );

    const notConnected = shaped(await tessera(['status', '--server', url, '--json'], { home }), 'status', {
      exitCode: 4,
      code: 'NOT_CONNECTED',
    });
    assert.deepEqual(
      [notConnected.appId, notConnected.server, notConnected.status.reason],
      ['app.tessera-cli', url, 'NO_CREDENTIAL'],
    );
    shaped(await tessera(['check-in', '--server', url, '--json'], { home }), 'check-in', {
      exitCode: 4,
      code: 'NOT_CONNECTED',
    });
    shaped(await tessera(['run', '--server', url, '--json', '--', NODE, '-e', ''], { home }), 'run', {
      exitCode: 4,
      code: 'NOT_CONNECTED',
    });
    const nothing = shaped(await tessera(['disconnect', '--server', url, '--json'], { home }), 'disconnect', {
      exitCode: 0,
    });
    assert.equal(nothing.disconnected, false);

    const connected = shaped(
      await tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json'], {
        home,
        input: PASSWORD,
      }),
      'connect',
      { exitCode: 0 },
    );
    assert.deepEqual(
      [connected.appId, connected.server, connected.alreadyConnected, connected.status.state],
      ['app.tessera-cli', url, false, 'connected'],
    );
    assert.deepEqual([connected.planName, connected.status.plan], ['Free', 'free'], "the plan's name, from the server");
    assert.equal(
      shaped(await tessera(['connect', '--json'], { home }), 'connect', { exitCode: 0 }).alreadyConnected,
      true,
    );
    assert.equal(
      shaped(await tessera(['status', '--json'], { home, binary: true }), 'status', { exitCode: 0 }).status.state,
      'connected',
    );
    const checkedIn = shaped(await tessera(['check-in', '--json'], { home, binary: true }), 'check-in', {
      exitCode: 0,
    });
    assert.deepEqual([checkedIn.outcome, typeof checkedIn.nextCheckInSeconds], ['VALID', 'number']);
    const person = shaped(await tessera(['connect', '--app', 'app.vpn', '--json'], { home }), 'connect', {
      exitCode: 3,
      code: 'PERSON_NEEDED',
    });
    assert.deepEqual([person.appId, person.step.kind], ['app.vpn', 'confirm_account']);
    // `run` prints nothing of its own once the command starts: stdout is the command's.
    const ran = await tessera(['run', '--json', '--', NODE, '-e', 'process.stdout.write("mine")'], { home });
    assert.deepEqual([ran.code, ran.out], [0, 'mine']);
    shaped(await tessera(['run', '--json', '--', '/nonexistent/program'], { home }), 'run', {
      exitCode: 127,
      code: 'COMMAND_NOT_FOUND',
    });
    assert.equal(
      shaped(await tessera(['disconnect', '--json'], { home, binary: true }), 'disconnect', {
        exitCode: 0,
      }).disconnected,
      true,
    );

    const down = newHome();
    const unreachable = shaped(
      await tessera(['connect', '--server', 'http://127.0.0.1:9', '--email', email, '--password-stdin', '--json'], {
        home: down,
        input: PASSWORD,
      }),
      'connect',
      { exitCode: 5, code: 'UNREACHABLE' },
    );
    assert.equal(unreachable.server, 'http://127.0.0.1:9');
  });
});
