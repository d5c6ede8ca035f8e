// `tessera connect` against a server asking for a proof of work: a script passes it with no person, end to end.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { signInWithPassword, signUp } from '@tessera/server/testing';
import { newHome, serve, tessera, type Served } from './support/harness.js';

const PASSWORD = 'lantern-harbour-42';

describe('tessera connect with a proof of work', () => {
  let served: Served;
  before(async () => {
    served = await serve({ risk: { captchaAfterEmailFailures: 1 }, captcha: { kind: 'pow', maxNumber: 20000 } });
  });
  after(async () => {
    await served.close();
  });

  test('after a failure on the account, the scripted connect solves the challenge and connects', async () => {
    const { s, url } = served;
    const email = 'kim@example.com';
    await signUp(s, { email, password: PASSWORD });
    const failed = await signInWithPassword(s, email, 'not-the-password');
    assert.equal(failed.body.error?.code, 'CREDENTIALS_INVALID');

    const connected = await tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json'], {
      home: newHome(),
      input: `${PASSWORD}\n`,
    });
    assert.equal(connected.code, 0, connected.out + connected.err);
    assert.equal(connected.json().ok, true);

    // A wrong password with the challenge solved is refused as a wrong password, not as a missing challenge.
    const refused = await tessera(['connect', '--server', url, '--email', email, '--password-stdin', '--json'], {
      home: newHome(),
      input: 'wrong-password\n',
    });
    assert.equal(refused.code === 0, false);
    assert.equal(refused.json().code, 'CREDENTIALS_INVALID', refused.out);
  });
});
