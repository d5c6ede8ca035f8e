// The console's licensing desk in-process: overview figures and charts, minting with progress and a one-time CSV,
// batches with redeemed counts and revoking, plans, statements published and asked at the next connect; each page's
// role refusal, bad input answered with the form again, and every typed text escaped.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActivationCode } from '../../src/licensing/index.js';
import { utcDay } from '../../src/overview/index.js';
import { call, connectApp, signUp } from '../support/journey.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  act,
  makeOperator,
  openConsole,
  textOf,
  formFields,
  type Operator,
  type PortalClient,
} from './console-support.js';

let s: TestServer;
let admin: PortalClient;
let licensing: PortalClient;
let support: PortalClient;
let licensingId: string;
let licensingOperator: Operator;

before(async () => {
  s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
  const a = await makeOperator(s, 'desk-admin@example.com', 'admin');
  const l = await makeOperator(s, 'desk-licensing@example.com', 'licensing');
  const p = await makeOperator(s, 'desk-support@example.com', 'support');
  licensingId = l.accountId;
  licensingOperator = l;
  admin = await openConsole(s, a);
  licensing = await openConsole(s, l);
  support = await openConsole(s, p);
});
after(async () => {
  await s?.close();
});

describe('overview', () => {
  test('every role sees the figures, drawn as SVG images with the same numbers in tables', async () => {
    assert.ok((await s.tessera.licensing.operator.grant({ accountId: licensingId, planId: 'family' })).ok);
    await s.tessera.stores.overview.addSms(utcDay(s.clock.now()), 'VN', 'sent');
    await s.tessera.stores.overview.addSms(utcDay(s.clock.now()), 'VN', 'refused');
    for (const client of [admin, licensing, support]) {
      const page = await client.get('/console/overview');
      assert.equal(page.status, 200, textOf(page));
      assert.match(page.body, /<svg [^>]*role="img"[^>]*aria-labelledby="chart-plans-title chart-plans-desc"/);
      assert.match(page.body, /<svg [^>]*aria-labelledby="chart-sms-title chart-sms-desc"/);
      assert.match(page.body, /<svg [^>]*aria-labelledby="chart-checkins-title chart-checkins-desc"/);
      assert.doesNotMatch(page.body, /<script/);
      assert.match(textOf(page), /Accounts 3\b/);
      assert.match(textOf(page), /VN 1 1 0/);
      assert.match(textOf(page), /Family \(family\) 1/);
    }
  });

  test('in Vietnamese', async () => {
    const page = await admin.get('/console/overview?lang=vi');
    assert.match(textOf(page), /Tài khoản/);
    assert.match(textOf(page), /SMS đã gửi và bị từ chối theo quốc gia hôm nay/);
    await admin.get('/console/overview?lang=en');
  });
});

describe('codes', () => {
  test('mint 1,000 codes: progress page, then the CSV once, to the operator who minted them', async () => {
    const page = await licensing.get('/console/codes');
    assert.equal(page.status, 200);
    const posted = await licensing.submit(page, '/console/codes/mint', {
      plan: 'personal',
      count: '1000',
      note: 'Shop',
    });
    assert.equal(posted.status, 303, textOf(posted));
    assert.match(posted.location ?? '', /^\/console\/codes\/mints\/mnt_[\w-]+$/);
    await s.tessera.services.operator.mintJobs.idle();
    const done = await licensing.get(posted.location!);
    assert.equal(done.status, 200);
    assert.equal(done.headers.refresh, undefined);
    assert.match(textOf(done), /of 1,000 codes is ready/);
    // Nobody else sees it, not even an admin.
    assert.equal((await admin.get(posted.location!)).status, 404);

    const csvAction = `${posted.location}/csv`;
    const csv = await licensing.submit(done, csvAction);
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(
      String(csv.headers['content-disposition']),
      /^attachment; filename="activation-codes-bat_[\w-]+\.csv"$/,
    );
    const lines = csv.body.trimEnd().split('\r\n');
    assert.equal(lines.length, 1001);
    assert.ok(lines.slice(1).every((l) => parseActivationCode(l.split(',')[0]!).ok));

    const again = await licensing.post(csvAction, formFields(done, csvAction));
    assert.equal(again.status, 410);
    assert.match(textOf(again), /downloaded once already/);
    const after = await licensing.get(posted.location!);
    assert.match(textOf(after), /The codes were downloaded at/);
    assert.doesNotMatch(after.body, new RegExp(`action="${csvAction}"`));
  });

  test('a running mint’s page asks again by itself (a Refresh header, no script) and shows its progress', async () => {
    await s.tessera.stores.mintJobs.create({
      id: 'mnt_running',
      operatorId: licensingId,
      planId: 'personal',
      count: 50_000,
      createdAt: s.clock.now(),
    });
    await s.tessera.stores.mintJobs.progress('mnt_running', 20_000, s.clock.now());
    const page = await licensing.get('/console/codes/mints/mnt_running');
    assert.equal(page.status, 200);
    assert.equal(page.headers.refresh, '2');
    assert.match(page.body, /<progress max="50000" value="20000"/);
    assert.match(textOf(page), /20,000 of 50,000 codes stored/);
    // A job that stopped reporting is said to have failed: its server stopped.
    s.clock.advance(6 * 60_000);
    const stale = await licensing.get('/console/codes/mints/mnt_running');
    assert.equal(stale.headers.refresh, undefined);
    assert.match(textOf(stale), /the server stopped while minting/);
  });

  test('bad mint input gets the form again with what to fix, and nothing starts', async () => {
    const page = await licensing.get('/console/codes');
    const refused: Array<Record<string, string>> = [
      { plan: 'personal', count: 'many' },
      { plan: 'personal', count: '100001' },
      { plan: 'personal', count: '0' },
      { plan: '', count: '10' },
      { plan: 'no-such-plan', count: '10' },
      { plan: 'personal', count: '10', term: '-3' },
    ];
    for (const fields of refused) {
      const r = await licensing.submit(page, '/console/codes/mint', fields);
      assert.equal(r.status, 400, JSON.stringify(fields));
      assert.match(r.body, /class="error-summary"/);
    }
  });

  test('batches show redeemed counts; revoking needs codes:write and a recent proof', async () => {
    const minted = await s.tessera.licensing.operator.mint({ planId: 'personal', count: 2, note: '<b>promo</b>' });
    assert.ok(minted.ok);
    const buyer = await signUp(s, { email: 'buyer@example.com', password: 'correct-horse-battery-9' });
    const redeemed = await call(
      s,
      'POST',
      '/v1/subscriptions/redeem',
      { code: minted.codes[0] },
      { token: buyer.token },
    );
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));

    const page = await support.get('/console/codes');
    assert.equal(page.status, 200);
    assert.match(
      page.body,
      new RegExp(`${minted.batch.id}</td><td>personal</td><td class="num">2</td><td class="num">1</td>`),
    );
    assert.match(page.body, /&lt;b>promo&lt;\/b>/);
    assert.doesNotMatch(page.body, /action="\/console\/codes\/mint"/);
    const action = `/console/codes/batches/${minted.batch.id}/revoke`;
    assert.doesNotMatch(page.body, new RegExp(action));
    const refused = await support.post(action, formFields(page, '/console/sign-out'));
    assert.equal(refused.status, 403);
    assert.match(textOf(refused), /licensing or admin/);

    // A fresh console sign-in: revoking is destructive and needs a recent proof.
    licensing = await openConsole(s, licensingOperator);
    const mine = await licensing.get('/console/codes');
    const { posted, page: after } = await act(licensing, mine, action);
    assert.equal(posted.status, 303);
    assert.match(textOf(after), /no longer work \(1 were redeemed\)/);
    const batch = (await s.tessera.licensing.operator.listBatches()).find((b) => b.id === minted.batch.id);
    assert.notEqual(batch?.revokedAt, null);
  });

  test('a revoke long after the last proof asks for the password and code first', async () => {
    const minted = await s.tessera.licensing.operator.mint({ planId: 'personal', count: 1 });
    assert.ok(minted.ok);
    s.clock.advance(10 * 60_000);
    const page = await licensing.get('/console/codes');
    const action = `/console/codes/batches/${minted.batch.id}/revoke`;
    const posted = await licensing.submit(page, action);
    assert.equal(posted.status, 303);
    assert.match(posted.location ?? '', /^\/console\/confirm/);
    const batch = (await s.tessera.licensing.operator.listBatches()).find((b) => b.id === minted.batch.id);
    assert.equal(batch?.revokedAt, null);
  });
});

describe('plans', () => {
  test('licensing defines a plan; bad values get the plan check’s reason; names are escaped', async () => {
    const page = await licensing.get('/console/plans');
    assert.equal(page.status, 200);
    const fields = {
      id: 'team',
      name: 'Team <i>plus</i>',
      devices: '5',
      members: '4',
      term: '30',
      features: 'sync, share',
    };
    const { posted, page: listed } = await act(licensing, page, '/console/plans', fields);
    assert.equal(posted.status, 303, textOf(posted));
    assert.match(textOf(listed), /The plan team was created/);
    assert.match(listed.body, /Team &lt;i>plus&lt;\/i>/);
    assert.ok((await s.tessera.licensing.operator.listPlans()).some((p) => p.id === 'team'));

    const bad = await licensing.submit(page, '/console/plans', { ...fields, id: 'Bad Id' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad), /plan id: lower-case letters/);
    const dup = await licensing.submit(page, '/console/plans', fields);
    assert.equal(dup.status, 400);
    const nan = await licensing.submit(page, '/console/plans', { ...fields, id: 'other', devices: 'x' });
    assert.equal(nan.status, 400);
  });

  test('support reads plans but may not define one', async () => {
    const page = await support.get('/console/plans');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /action="\/console\/plans"/);
    const refused = await support.post('/console/plans', { ...formFields(page, '/console/sign-out'), id: 'x' });
    assert.equal(refused.status, 403);
  });
});

describe('statements', () => {
  test('publish a version in English and its Vietnamese translation; the next connect asks for it', async () => {
    const person = { email: 'reader@example.com', password: 'correct-horse-battery-9' };
    await signUp(s, person);
    const page = await licensing.get('/console/statements');
    assert.equal(page.status, 200);
    const en = { region: 'vn', locale: 'en', title: 'Your data', body: 'We keep <b>little</b>.\r\n\r\nAsk us.' };
    const { posted, page: preview } = await act(licensing, page, '/console/statements', en);
    assert.equal(posted.status, 303, textOf(posted));
    const version = Number(/\/console\/statements\/VN\/(\d+)$/.exec(posted.location ?? '')?.[1]);
    assert.ok(version >= 1);
    assert.match(preview.body, /<p>We keep &lt;b>little&lt;\/b>\.<\/p><p>Ask us\.<\/p>/);
    assert.match(textOf(preview), /Not translated into this language yet/);

    const vi = {
      region: 'VN',
      locale: 'vi',
      title: 'Dữ liệu của bạn',
      body: 'Chúng tôi giữ ít.',
      version: String(version),
    };
    const translated = await act(licensing, await licensing.get('/console/statements'), '/console/statements', vi);
    assert.equal(translated.posted.status, 303);
    assert.match(textOf(translated.page), /Dữ liệu của bạn/);
    assert.match(translated.page.body, /<div lang="vi"><h3>Dữ liệu của bạn<\/h3>/);

    const connect = await connectApp(s, person);
    assert.equal(connect.body.step, 'consent', JSON.stringify(connect.body));
  });

  test('bad input: region, empty text, an older version; the form comes back with the values', async () => {
    const page = await licensing.get('/console/statements');
    const base = { region: 'VN', locale: 'en', title: 'T', body: 'B' };
    for (const fields of [
      { ...base, region: 'Viet' },
      { ...base, body: ' ' },
      { ...base, version: '0' },
      { ...base, version: 'x' },
    ]) {
      const r = await licensing.submit(page, '/console/statements', fields);
      assert.equal(r.status, 400, JSON.stringify(fields));
      assert.match(r.body, /class="error-summary"/);
    }
    const badLocale = await licensing.submit(page, '/console/statements', { ...base, locale: 'fr' });
    assert.equal(badLocale.status, 400);
    assert.equal((await licensing.get('/console/statements/VN/999')).status, 404);
    assert.equal((await licensing.get('/console/statements/vn1/1')).status, 404);
  });

  test('support reads the statements but may not publish: the refusal names the roles that may', async () => {
    const page = await support.get('/console/statements');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /action="\/console\/statements"/);
    assert.equal((await support.get('/console/statements/VN/1')).status, 200);
    const refused = await support.post('/console/statements', {
      ...formFields(page, '/console/sign-out'),
      region: 'VN',
      locale: 'en',
      title: 'T',
      body: 'B',
    });
    assert.equal(refused.status, 403);
    assert.match(textOf(refused), /licensing or admin/);
  });
});
