// connect() against a server asking for a proof of work: the SDK solves it in submit(), reports progress, and never
// shows the person an image it can get past by itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appClient,
  expectStep,
  makeAccount,
  PASSWORD,
  removeHomes,
  startLiveServer,
  tempHome,
  type LiveServer,
} from './support/harness.js';

describe('proof of work through the SDK', () => {
  let live: LiveServer;
  before(async () => {
    live = await startLiveServer({
      overrides: { risk: { captchaAfterEmailFailures: 1 }, captcha: { kind: 'image+pow', maxNumber: 4000 } },
    });
  });
  after(async () => {
    await live.close();
    removeHomes();
  });

  test('after a wrong password the challenge is solved automatically and the right password connects', async () => {
    const email = 'pow@example.com';
    await makeAccount(live, { email });
    const client = appClient(live, tempHome(), 'app.pow');
    let credentials = expectStep(await client.connect(), 'credentials');
    assert.equal(credentials.proofOfWork, undefined);
    credentials = expectStep(await credentials.submit({ email, password: 'not-the-password' }), 'credentials');
    assert.equal(credentials.error?.code, 'CREDENTIALS_INVALID');
    assert.deepEqual(credentials.proofOfWork, { maxNumber: 4000 });
    assert.equal(credentials.captcha, undefined, 'no image to read when the SDK can solve the proof of work');

    // Another challenge on request is no failure, and still one the SDK solves.
    credentials = expectStep(await credentials.newCaptcha!(), 'credentials');
    assert.equal(credentials.error, undefined);
    assert.ok(credentials.proofOfWork);

    const progress: number[] = [];
    const next = await credentials.submit({ email, password: PASSWORD, onProgress: (tried) => progress.push(tried) });
    assert.notEqual(next.kind, 'credentials', JSON.stringify(next.messages));
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i]! > progress[i - 1]!, 'progress only grows');
    assert.ok(progress.every((p) => p <= 4001));
  });
});
