// The default device store on its own: where it lives, permissions, atomic writes, damaged and loose files.
import { afterEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createFileStore, TesseraError, type AppState, type DeviceState } from '@tessera/sdk';
import { resolveHome } from '../src/store/home.js';
import { removeHomes, tempHome } from './support/harness.js';

const APP: AppState = {
  server: 'https://accounts.example.com',
  appId: 'app.secure',
  deviceId: 'dev_1',
  accountId: 'acc_1',
  credential: 'tdc_first',
  licenseToken: 'a.b.c',
  connectedAt: '2026-11-24T12:00:00.000Z',
  lastCheckInAt: '2026-11-24T12:00:00.000Z',
};
const DEVICE: DeviceState = {
  server: APP.server,
  deviceId: 'dev_1',
  accountHint: 'a•••@example.com',
  shared: { appId: 'app.secure', credential: 'tdc_first' },
};
const mode = (path: string) => statSync(path).mode & 0o777;
const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  assert.rejects(
    promise,
    (e: unknown) => e instanceof TesseraError && e.code === code && (!message || message.test(e.message)),
  );

describe('file store', () => {
  afterEach(() => {
    mock.restoreAll();
    removeHomes();
  });

  test('home: an explicit option, else TESSERA_HOME, else $XDG_CONFIG_HOME/tessera, else ~/.config/tessera', () => {
    assert.equal(resolveHome('/x/explicit', { TESSERA_HOME: '/x/env', XDG_CONFIG_HOME: '/x/xdg' }), '/x/explicit');
    assert.equal(resolveHome(undefined, { TESSERA_HOME: '/x/env', XDG_CONFIG_HOME: '/x/xdg' }), '/x/env');
    assert.equal(resolveHome(undefined, { XDG_CONFIG_HOME: '/x/xdg' }), '/x/xdg/tessera');
    assert.equal(
      resolveHome(undefined, { XDG_CONFIG_HOME: 'relative/xdg' }),
      join(homedir(), '.config', 'tessera'),
      'a relative XDG path is ignored',
    );
    assert.equal(resolveHome(undefined, {}), join(homedir(), '.config', 'tessera'));
  });

  test('TESSERA_HOME is read when the store is made, not later', async () => {
    const home = tempHome();
    const saved = process.env.TESSERA_HOME;
    process.env.TESSERA_HOME = home;
    try {
      const store = createFileStore();
      process.env.TESSERA_HOME = '/nonexistent/elsewhere';
      assert.equal(store.home, home);
      await store.writeDevice(DEVICE);
      assert.deepEqual(await store.readDevice(), DEVICE);
    } finally {
      if (saved === undefined) delete process.env.TESSERA_HOME;
      else process.env.TESSERA_HOME = saved;
    }
  });

  test('files 0600 in folders 0700, device state beside each app state, no temp files left', async () => {
    const home = join(tempHome(), 'nested', 'tessera');
    const store = createFileStore({ home });
    assert.equal(await store.readDevice(), undefined);
    assert.equal(await store.readApp('app.secure'), undefined);
    await store.writeDevice(DEVICE);
    await store.writeApp('app.secure', APP);
    await store.writeApp('app.vpn', { ...APP, appId: 'app.vpn' });
    await store.writeKeys(APP.server, { fetchedAt: APP.connectedAt, keys: [{ kid: 'k1', kty: 'OKP' }] });
    assert.deepEqual(await store.readApp('app.secure'), APP);
    assert.deepEqual(await store.readKeys(APP.server), {
      fetchedAt: APP.connectedAt,
      keys: [{ kid: 'k1', kty: 'OKP' }],
    });
    assert.equal(await store.readKeys('https://other.example.com'), undefined);
    assert.deepEqual(await store.listApps(), ['app.secure', 'app.vpn']);
    for (const dir of [home, join(home, 'apps'), join(home, 'keys')]) assert.equal(mode(dir), 0o700, dir);
    for (const file of ['device.json', 'apps/app.secure.json', 'apps/app.vpn.json'])
      assert.equal(mode(join(home, file)), 0o600, file);
    assert.equal(readdirSync(join(home, 'keys')).length, 1);
    assert.ok(
      readdirSync(join(home, 'apps')).every((n) => !n.startsWith('.')),
      'no temp files',
    );

    await store.removeApp('app.vpn');
    await store.removeApp('app.vpn');
    assert.deepEqual(await store.listApps(), ['app.secure']);
    await rejectsWith(store.readApp('../device'), 'INVALID_OPTIONS');
  });

  test('the same object comes back while the file is unchanged; a write by another store is seen at once', async () => {
    const home = tempHome();
    const mine = createFileStore({ home });
    const theirs = createFileStore({ home });
    await mine.writeApp('app.secure', APP);
    const first = await mine.readApp('app.secure');
    assert.equal(await mine.readApp('app.secure'), first, 'parsed once');
    assert.ok(Object.isFrozen(first));
    await theirs.writeApp('app.secure', { ...APP, credential: 'tdc_second' });
    assert.equal((await mine.readApp('app.secure'))?.credential, 'tdc_second');
  });

  test('a file others could read → STORE_PERMISSIONS with the fix; a folder others could write into too', async () => {
    const home = tempHome();
    const store = createFileStore({ home });
    await store.writeApp('app.secure', APP);
    const file = join(home, 'apps', 'app.secure.json');
    await store.readApp('app.secure');
    for (const loose of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(file, loose);
      await rejectsWith(store.readApp('app.secure'), 'STORE_PERMISSIONS', /chmod 600/);
    }
    chmodSync(file, 0o600);
    assert.deepEqual(await store.readApp('app.secure'), APP);
    chmodSync(join(home, 'apps'), 0o777);
    await rejectsWith(store.writeApp('app.secure', APP), 'STORE_PERMISSIONS', /chmod 700/);
  });

  test('damaged files → STORE_CORRUPT, and nothing is deleted', async () => {
    const home = tempHome();
    const store = createFileStore({ home });
    mkdirSync(join(home, 'apps'), { mode: 0o700 });
    const file = join(home, 'apps', 'app.secure.json');
    for (const text of [
      '{"server": "https://a.example',
      '',
      '[]',
      'null',
      JSON.stringify({ ...APP, credential: 42 }),
    ]) {
      writeFileSync(file, text, { mode: 0o600 });
      await rejectsWith(store.readApp('app.secure'), 'STORE_CORRUPT', /damaged/);
      assert.equal(readFileSync(file, 'utf8'), text);
    }
    writeFileSync(join(home, 'device.json'), JSON.stringify({ ...DEVICE, shared: 'tdc_x' }), { mode: 0o600 });
    await rejectsWith(store.readDevice(), 'STORE_CORRUPT');
  });

  test('a write that fails at any point leaves the previous file as it was, and no temp file', async () => {
    const home = tempHome();
    const store = createFileStore({ home });
    await store.writeApp('app.secure', APP);
    const file = join(home, 'apps', 'app.secure.json');
    const before = readFileSync(file, 'utf8');
    const enospc = () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));

    for (const step of ['rename', 'open'] as const) {
      const failing = mock.method(fsp, step, enospc);
      await rejectsWith(
        store.writeApp('app.secure', { ...APP, credential: 'tdc_second' }),
        'STORE_WRITE_FAILED',
        /ENOSPC.*previous version is unchanged/,
      );
      failing.mock.restore();
      assert.equal(readFileSync(file, 'utf8'), before, `after a failed ${step}`);
      assert.deepEqual(readdirSync(join(home, 'apps')), ['app.secure.json']);
      assert.equal((await store.readApp('app.secure'))?.credential, 'tdc_first');
    }
  });
});
