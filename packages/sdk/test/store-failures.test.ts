// The client when the disk misbehaves: a failed write during check-in loses nothing and a retry works; damaged
// or loose files are reported, never silently replaced.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, createFileStore, TesseraError, type DeviceStorePort } from '@tessera/sdk';
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

const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (e: unknown) => e instanceof TesseraError && e.code === code);

/** The file store, with app-state writes failing while `failing` is set (a full disk, a yanked USB home…). */
function flakyStore(home: string) {
  const inner = createFileStore({ home });
  const control = { failing: false };
  const store: DeviceStorePort = {
    ...inner,
    readDevice: () => inner.readDevice(),
    listApps: () => inner.listApps(),
    async writeApp(appId, state) {
      if (control.failing)
        throw new TesseraError('STORE_WRITE_FAILED', 'disk full (simulated); the previous version is unchanged');
      return inner.writeApp(appId, state);
    },
  };
  return { store, control };
}

describe('store failures seen through the client', () => {
  let live: LiveServer;
  before(async () => {
    live = await startLiveServer();
    await makeAccount(live, { email: 'phuong@example.com' });
  });
  after(async () => {
    await live.close();
    removeHomes();
  });

  async function connected(home: string, store?: DeviceStorePort) {
    const app = store
      ? createClient({ server: live.url, appId: 'app.secure', store, clock: () => live.s.clock.now() })
      : appClient(live, home, 'app.secure');
    const step = await app.connect();
    const credentials =
      step.kind === 'confirm_account'
        ? expectStep(await step.useAnotherAccount(), 'credentials')
        : expectStep(step, 'credentials');
    expectStep(await credentials.submit({ email: 'phuong@example.com', password: PASSWORD }), 'done');
    return app;
  }

  test('a check-in whose write fails keeps the previous credential and token; retrying works (the server accepts the previous one)', async () => {
    const home = tempHome();
    const { store, control } = flakyStore(home);
    const app = await connected(home, store);
    const file = join(home, 'apps', 'app.secure.json');
    const before = readFileSync(file, 'utf8');

    control.failing = true;
    await rejectsWith(app.checkIn(), 'STORE_WRITE_FAILED');
    assert.equal(readFileSync(file, 'utf8'), before, 'the previous credential is still there');
    assert.equal((await app.status()).state, 'connected', 'and the app still works');

    control.failing = false;
    live.s.clock.advance(60_000);
    const retried = await app.checkIn();
    assert.ok(retried.ok, JSON.stringify(retried));
    assert.notEqual(JSON.parse(readFileSync(file, 'utf8')).credential, JSON.parse(before).credential);
    assert.ok((await app.checkIn()).ok, 'and the chain of rotations goes on');
  });

  test('a damaged app file: status() and checkIn() say STORE_CORRUPT and leave it for the person to see', async () => {
    const home = tempHome();
    const app = await connected(home);
    const file = join(home, 'apps', 'app.secure.json');
    writeFileSync(file, '{"credential": "tdc_', { mode: 0o600 });
    await rejectsWith(app.status(), 'STORE_CORRUPT');
    await rejectsWith(app.checkIn(), 'STORE_CORRUPT');
    await rejectsWith(app.disconnect(), 'STORE_CORRUPT');
    assert.equal(readFileSync(file, 'utf8'), '{"credential": "tdc_');
  });

  test('a damaged device file stops connect() with STORE_CORRUPT; a loose app file stops status() with STORE_PERMISSIONS', async () => {
    const home = tempHome();
    const app = await connected(home);
    chmodSync(join(home, 'apps', 'app.secure.json'), 0o644);
    await rejectsWith(app.status(), 'STORE_PERMISSIONS');
    chmodSync(join(home, 'apps', 'app.secure.json'), 0o600);
    assert.equal((await app.status()).state, 'connected');
    writeFileSync(join(home, 'device.json'), 'not json', { mode: 0o600 });
    await rejectsWith(app.connect(), 'STORE_CORRUPT');
  });

  test('a tampered token in the app file: status() says TOKEN_INVALID; check-in replaces it', async () => {
    const home = tempHome();
    const app = await connected(home);
    const file = join(home, 'apps', 'app.secure.json');
    const state = JSON.parse(readFileSync(file, 'utf8'));
    const [h, p, s] = state.licenseToken.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.plan = 'family';
    writeFileSync(
      file,
      JSON.stringify({
        ...state,
        licenseToken: `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`,
      }),
      { mode: 0o600 },
    );
    const tampered = await app.status();
    assert.equal(tampered.state === 'not_connected' && tampered.reason, 'TOKEN_INVALID');
    const checked = await app.checkIn();
    assert.ok(checked.ok);
    assert.equal(checked.status.plan, 'free');
  });
});
