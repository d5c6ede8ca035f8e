// Contract tests for DeviceStore, run on every database kind: devices, app connections and their replacement.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AppConnectionRecord, DeviceRecord, DeviceStore } from '../../src/devices/index.js';
import { T0, databaseKinds, sampleAccount, useStores, type OpenStores } from './store-harness.js';

let n = 0;
function device(accountId: string, overrides: Partial<DeviceRecord> = {}): DeviceRecord {
  n += 1;
  return {
    id: `dev_${n}`,
    accountId,
    name: `Lan's iPhone ${n}`,
    platform: 'ios',
    createdAt: T0 + n,
    lastSeenAt: T0 + n + 1,
    disconnectedAt: null,
    ...overrides,
  };
}
function connection(d: DeviceRecord, overrides: Partial<AppConnectionRecord> = {}): AppConnectionRecord {
  n += 1;
  return {
    id: `con_${n}`,
    deviceId: d.id,
    accountId: d.accountId,
    appId: 'app_notes',
    planId: 'plan_pro',
    subscriptionId: `sub_${n}`,
    credentialHash: `hash_${n}_${T0}`,
    createdAt: T0 + 100 * n,
    lastCheckInAt: T0 + 100 * n + 5,
    revokedAt: null,
    ...overrides,
  };
}
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

function deviceStoreContract(open: () => OpenStores) {
  const store = (): DeviceStore => open().stores.devices;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };

  test('createDevice then findDevice returns every field, times as numbers', async () => {
    const d = device(await account());
    const gone = device(d.accountId, { disconnectedAt: T0 + 999 });
    await store().createDevice(d);
    await store().createDevice(gone);
    const found = await store().findDevice(d.id);
    assert.deepEqual(found, d);
    assert.equal(typeof found?.createdAt, 'number');
    assert.deepEqual(await store().findDevice(gone.id), gone);
    assert.equal(await store().findDevice('dev_missing'), undefined);
  });

  test('listDevices gives the devices of that account only', async () => {
    const me = await account();
    const other = await account();
    const mine = [device(me), device(me), device(me, { disconnectedAt: T0 })];
    const theirs = device(other);
    for (const d of [...mine, theirs]) await store().createDevice(d);
    const withoutApps = (d: DeviceRecord) => ({ ...d, apps: [] });
    assert.deepEqual(byId(await store().listDevices(me)), byId(mine.map(withoutApps)));
    assert.deepEqual(await store().listDevices(other), [withoutApps(theirs)]);
    assert.deepEqual(await store().listDevices('acc_missing'), []);
  });

  test('listDevices gives each device, oldest first, with all its app connections (revoked ones too), oldest first', async () => {
    const me = await account();
    const other = await account();
    const phone = device(me);
    const laptop = device(me, { disconnectedAt: T0 + 50 });
    const empty = device(me);
    const theirs = device(other);
    for (const d of [phone, laptop, empty, theirs]) await store().createDevice(d);
    const notes = connection(phone);
    const mail = connection(phone, { appId: 'app_mail', subscriptionId: null, planId: 'free' });
    const notesAgain = connection(phone);
    const onLaptop = connection(laptop, { revokedAt: T0 + 60 });
    const onTheirs = connection(theirs);
    for (const c of [notes, mail, notesAgain, onLaptop, onTheirs]) await store().connectApp(c);
    assert.deepEqual(await store().listDevices(me), [
      { ...phone, apps: [{ ...notes, revokedAt: notesAgain.createdAt }, mail, notesAgain] },
      { ...laptop, apps: [onLaptop] },
      { ...empty, apps: [] },
    ]);
    const [only] = await store().listDevices(other);
    assert.deepEqual(only, { ...theirs, apps: [onTheirs] });
    assert.equal(typeof only?.apps[0]?.createdAt, 'number');
  });

  test('connectApp then findConnectionByCredentialHash returns every field', async () => {
    const d = device(await account());
    await store().createDevice(d);
    const c = connection(d);
    const free = connection(d, { appId: 'app_other', subscriptionId: null });
    await store().connectApp(c);
    await store().connectApp(free);
    const found = await store().findConnectionByCredentialHash(c.credentialHash);
    assert.deepEqual(found, c);
    assert.equal(typeof found?.lastCheckInAt, 'number');
    assert.deepEqual(await store().findConnectionByCredentialHash(free.credentialHash), free);
    assert.equal(await store().findConnectionByCredentialHash('hash_missing'), undefined);
  });

  test('connecting the same app again on the same device revokes the earlier connection', async () => {
    const d = device(await account());
    await store().createDevice(d);
    const first = connection(d);
    const second = connection(d);
    await store().connectApp(first);
    await store().connectApp(second);
    assert.deepEqual(await store().findConnectionByCredentialHash(first.credentialHash), {
      ...first,
      revokedAt: second.createdAt,
    });
    assert.deepEqual(await store().findConnectionByCredentialHash(second.credentialHash), second);
    const third = connection(d);
    await store().connectApp(third);
    const all = await store().listConnections(d.id);
    assert.equal(all.length, 3);
    assert.deepEqual(
      all.filter((c) => c.revokedAt === null),
      [third],
    );
    assert.equal(
      all.find((c) => c.id === first.id)?.revokedAt,
      second.createdAt,
      'an earlier revocation keeps its time',
    );
    assert.equal(all.find((c) => c.id === second.id)?.revokedAt, third.createdAt);
  });

  test('other apps on the device and the same app on other devices are left connected', async () => {
    const me = await account();
    const phone = device(me);
    const tablet = device(me);
    await store().createDevice(phone);
    await store().createDevice(tablet);
    const notesOnPhone = connection(phone);
    const mailOnPhone = connection(phone, { appId: 'app_mail' });
    const notesOnTablet = connection(tablet);
    for (const c of [notesOnPhone, mailOnPhone, notesOnTablet]) await store().connectApp(c);
    const notesAgain = connection(phone);
    await store().connectApp(notesAgain);
    assert.equal(
      (await store().findConnectionByCredentialHash(notesOnPhone.credentialHash))?.revokedAt,
      notesAgain.createdAt,
    );
    assert.deepEqual(await store().findConnectionByCredentialHash(mailOnPhone.credentialHash), mailOnPhone);
    assert.deepEqual(await store().findConnectionByCredentialHash(notesOnTablet.credentialHash), notesOnTablet);
  });

  test('listConnections gives every connection of that device, revoked ones included', async () => {
    const me = await account();
    const phone = device(me);
    const tablet = device(me);
    await store().createDevice(phone);
    await store().createDevice(tablet);
    const a = connection(phone);
    const b = connection(phone, { appId: 'app_mail' });
    const c = connection(tablet);
    for (const x of [a, b, c]) await store().connectApp(x);
    assert.deepEqual(byId(await store().listConnections(phone.id)), byId([a, b]));
    assert.deepEqual(await store().listConnections(tablet.id), [c]);
    assert.deepEqual(await store().listConnections('dev_missing'), []);
  });

  test('a rotated-out credential is replayed once, by one of many racers; a credential handed out twice gets none', async () => {
    const phone = device(await account());
    await store().createDevice(phone);
    const c = connection(phone);
    await store().connectApp(c);
    assert.equal(await store().rotateCredential(c.id, c.credentialHash, 'h1', T0 + 10), true);
    assert.equal(await store().rotateCredential(c.id, c.credentialHash, 'h1b', T0 + 10), false, 'no longer current');
    assert.equal(
      await store().replayPreviousCredential(c.id, c.credentialHash, T0 + 11),
      false,
      'rotated before the grace began',
    );
    const racers = await Promise.all(
      Array.from({ length: 16 }, () => store().replayPreviousCredential(c.id, c.credentialHash, T0)),
    );
    assert.equal(racers.filter(Boolean).length, 1);
    // h1 was handed out twice (rotation and replay): once rotated out, it may not be replayed.
    assert.equal(await store().rotateCredential(c.id, 'h1', 'h2', T0 + 20), true);
    assert.equal(await store().replayPreviousCredential(c.id, 'h1', T0), false);
    // h2 was handed out once: its replay is open again.
    assert.equal(await store().rotateCredential(c.id, 'h2', 'h3', T0 + 30), true);
    assert.equal(await store().replayPreviousCredential(c.id, 'h2', T0), true);
    await store().revokeConnection(c.id, T0 + 40);
    assert.equal(await store().rotateCredential(c.id, 'h3', 'h4', T0 + 50), false, 'an ended connection never rotates');
  });
}

for (const kind of databaseKinds()) {
  describe(`DeviceStore on ${kind}`, () => {
    deviceStoreContract(useStores(kind));
  });
}
