// Two server instances on one PostgreSQL and one Redis: flows, failure counters and SMS quotas are shared.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { postgresUrl, redisUrl } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, latestCode, nodeNames, outboxCount, signUp, startFlow, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const enabled = Boolean(postgresUrl() && redisUrl());

describe('two instances, one PostgreSQL, one Redis', { skip: !enabled && 'needs PostgreSQL and Redis' }, () => {
  let a: TestServer & { redisPrefix: string };
  let b: TestServer;
  before(async () => {
    a = await startTestServer({ db: 'postgres', redis: true, overrides: { sms: { perNumberHour: 3 } } });
    b = await startTestServer({
      db: 'postgres',
      redis: true,
      clock: a.clock,
      shared: { db: a.db, redisPrefix: a.redisPrefix },
      overrides: { sms: { perNumberHour: 3 } },
    });
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  test('a flow begun on one instance finishes on the other', async () => {
    const email = 'ivan@example.com';
    const { token } = await signUp(a, { email, password: PASSWORD });
    const phone = await addPhone(b, token, '+12015550190', PASSWORD);
    const flow = await startFlow(a, {
      kind: 'connect',
      appId: 'app.secure',
      device: { name: 'Phone', platform: 'android' },
    });
    const second = await submit(b, flow.body.flow.id, { step: 'credentials', email, password: PASSWORD });
    assert.equal(second.body.step, 'second_factor');
    const done = await submit(a, flow.body.flow.id, {
      step: 'second_factor',
      action: 'verify',
      code: await latestCode(b, phone),
    });
    assert.equal(done.body.step, 'done');
    assert.match(done.body.result!.deviceCredential!, /^tdc_/);
  });

  test('failures on one instance bring the captcha on the other', async () => {
    const email = 'judy@example.com';
    await signUp(a, { email, password: PASSWORD });
    for (const s of [a, b, a]) {
      const f = await startFlow(s, { kind: 'sign_in' });
      assert.equal(
        (await submit(s, f.body.flow.id, { step: 'credentials', email, password: 'wrong-password-1' })).body.error!
          .code,
        'CREDENTIALS_INVALID',
      );
    }
    const f = await startFlow(b, { kind: 'sign_in' });
    const r = await submit(b, f.body.flow.id, { step: 'credentials', email, password: PASSWORD });
    assert.equal(r.body.error!.code, 'CAPTCHA_REQUIRED');
    assert.ok(nodeNames(r.body).includes('captcha'));
  });

  test('SMS quotas count sends from both instances', async () => {
    const email = 'ken@example.com';
    const { token } = await signUp(a, { email, password: PASSWORD });
    const phone = await addPhone(a, token, '+12015550191', PASSWORD); // 1
    for (const s of [b, a]) {
      const f = await startFlow(s, { kind: 'sign_in' });
      await submit(s, f.body.flow.id, { step: 'credentials', email, password: PASSWORD }); // 2, 3
    }
    const f = await startFlow(b, { kind: 'sign_in' });
    const refused = await submit(b, f.body.flow.id, { step: 'credentials', email, password: PASSWORD });
    assert.ok(refused.body.ui.messages.some((m) => m.id === 4100008));
    assert.equal(await outboxCount(a, phone), 3);
  });
});
