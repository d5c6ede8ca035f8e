// Contract tests for StatementStore, run on every database kind: published statements are immutable, versions per
// region, and who accepted which version.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DataStatement, StatementAcceptance, StatementStore } from '../../src/consent/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';

function statement(overrides: Partial<DataStatement> = {}): DataStatement {
  return {
    region: 'VN',
    locale: 'vi',
    version: 1,
    title: 'Thông báo xử lý dữ liệu cá nhân',
    body: 'Chúng tôi xử lý dữ liệu của bạn…\n\nLine two 🙂',
    publishedAt: T0,
    ...overrides,
  };
}

let n = 0;
function acceptance(accountId: string, overrides: Partial<StatementAcceptance> = {}): StatementAcceptance {
  n += 1;
  return {
    id: `sta_${n}`,
    accountId,
    region: 'VN',
    version: 1,
    locale: 'vi',
    deviceId: 'dev_1',
    appId: 'app.secure',
    ip: '203.0.113.9',
    acceptedAt: T0 + n,
    ...overrides,
  };
}

function statementStoreContract(open: () => OpenStores) {
  const store = (): StatementStore => open().stores.statements;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };

  test('publish then versionTexts returns every field, each locale of the version by locale', async () => {
    const vi = statement();
    const en = statement({ locale: 'en', title: 'Data statement', body: 'We process…' });
    assert.equal(await store().publish(vi), true);
    assert.equal(await store().publish(en), true);
    await store().publish(statement({ version: 2 }));
    assert.deepEqual(await store().versionTexts('VN', 1), [en, vi]);
    assert.deepEqual(await store().versionTexts('VN', 3), []);
    assert.deepEqual(await store().versionTexts('TH', 1), []);
  });

  test('a published region/locale/version is immutable', async () => {
    const s = statement();
    assert.equal(await store().publish(s), true);
    assert.equal(await store().publish({ ...s, title: 'Changed', publishedAt: T0 + 1 }), false);
    assert.deepEqual(await store().versionTexts('VN', 1), [s]);
  });

  test('latestVersion is the highest published for the region, or 0', async () => {
    assert.equal(await store().latestVersion('VN'), 0);
    await store().publish(statement({ version: 2 }));
    await store().publish(statement({ version: 10, locale: 'en' }));
    await store().publish(statement({ version: 3 }));
    await store().publish(statement({ region: 'TH', version: 50 }));
    assert.equal(await store().latestVersion('VN'), 10);
    assert.equal(typeof (await store().latestVersion('VN')), 'number');
  });

  test('listStatements orders by region, newest version, locale; a region narrows it', async () => {
    const a = statement({ region: 'TH', version: 1 });
    const b = statement({ region: 'VN', version: 1, locale: 'en' });
    const c = statement({ region: 'VN', version: 2 });
    const d = statement({ region: 'VN', version: 1 });
    for (const s of [d, a, c, b]) await store().publish(s);
    assert.deepEqual(await store().listStatements(), [a, c, b, d]);
    assert.deepEqual(await store().listStatements('VN'), [c, b, d]);
    assert.deepEqual(await store().listStatements('XX'), []);
  });

  test('acceptances: every field back, newest first; acceptedVersion is the highest for the region, or 0', async () => {
    const me = await account();
    const other = await account();
    const first = acceptance(me, { version: 1 });
    const second = acceptance(me, { version: 3, deviceId: null, appId: null, ip: null, locale: 'en' });
    const older = acceptance(me, { version: 2, acceptedAt: T0 - 1 });
    const elsewhere = acceptance(me, { region: 'TH', version: 9 });
    for (const x of [first, second, older, elsewhere]) await store().recordAcceptance(x);
    await store().recordAcceptance(acceptance(other, { version: 7 }));
    assert.deepEqual(await store().listAcceptances(me), [elsewhere, second, first, older]);
    assert.equal(await store().acceptedVersion(me, 'VN'), 3);
    assert.equal(await store().acceptedVersion(me, 'TH'), 9);
    assert.equal(await store().acceptedVersion(me, 'JP'), 0);
    assert.equal(await store().acceptedVersion('acc_missing', 'VN'), 0);
    assert.deepEqual(await store().listAcceptances('acc_missing'), []);
  });

  test('of many concurrent publications of one version and locale, exactly one is stored', async () => {
    const results = await together(12, (i) => store().publish(statement({ title: `Title ${i}` })));
    assert.equal(countTrue(results), 1);
    assert.deepEqual(await store().versionTexts('VN', 1), [statement({ title: `Title ${results.indexOf(true)}` })]);
  });
}

for (const kind of databaseKinds()) {
  describe(`StatementStore on ${kind}`, () => {
    statementStoreContract(useStores(kind));
  });
}
