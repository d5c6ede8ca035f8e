// Brute-force defence on every store: exact counters under 500 parallel failures, growing waits, no permanent lockout.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds, redisUrl, type DbKind } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, startFlow, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const WINDOW = 15 * 60_000;

const backends: Array<{ db: DbKind; redis: boolean }> = databaseKinds().map((db) => ({ db, redis: false }));
if (redisUrl()) backends.push({ db: 'sqlite', redis: true });

async function parallelWrongPasswords(s: TestServer, emails: string[], ip: string) {
  const flows = [];
  for (const _ of emails) flows.push((await startFlow(s, { kind: 'sign_in' }, { ip })).body.flow.id);
  return Promise.all(flows.map((id, i) => submit(s, id, { step: 'credentials', email: emails[i]!, password: 'wrong-password-1' }, { ip })));
}

for (const backend of backends) {
  const name = `${backend.db}${backend.redis ? ' + redis' : ''}`;
  describe(`failure counters on ${name}`, () => {
    let s: TestServer;
    before(async () => { s = await startTestServer(backend); });
    after(async () => { await s.close(); });

    test('500 parallel wrong passwords from one IP, 500 emails: the IP counter is exactly 500', async () => {
      const emails = Array.from({ length: 500 }, (_, i) => `nobody${i}@example.com`);
      const replies = await parallelWrongPasswords(s, emails, '198.51.100.7');
      for (const r of replies) assert.ok(['CREDENTIALS_INVALID', 'CAPTCHA_REQUIRED'].includes(r.body.error!.code), r.body.error!.code);
      assert.equal(await s.tessera.counters.count('signin:ip:198.51.100.7', WINDOW, s.clock.now()), 500);
    });

    test('500 parallel wrong passwords on one account: every counted failure is a failure reply, none lost', async () => {
      const email = `target-${name.replace(/\W/g, '')}@example.com`;
      await signUp(s, { email, password: PASSWORD });
      const replies = await parallelWrongPasswords(s, Array(500).fill(email), '198.51.100.8');
      const codes = replies.map((r) => r.body.error!.code);
      const failures = codes.filter((c) => c === 'CREDENTIALS_INVALID' || c === 'CAPTCHA_REQUIRED').length;
      const throttled = codes.filter((c) => c === 'ACCOUNT_THROTTLED').length;
      assert.equal(failures + throttled, 500);
      assert.ok(failures >= 3 && failures <= 500);
      assert.equal(await s.tessera.counters.count(`signin:email:${email}`, WINDOW, s.clock.now()), failures);
      assert.equal(await s.tessera.counters.count('signin:ip:198.51.100.8', WINDOW, s.clock.now()), failures);
    });
  });
}

describe('growing waits (sqlite)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { risk: { captchaAfterEmailFailures: 1000, captchaAfterIpFailures: 100000 } } });
  });
  after(async () => { await s.close(); });

  const attempt = async (email: string, password: string) => {
    const flow = await startFlow(s, { kind: 'sign_in' });
    return submit(s, flow.body.flow.id, { step: 'credentials', email, password });
  };

  test('waits double past the bar, are bounded, and the right password still waits its turn', async () => {
    const email = 'waits@example.com';
    await signUp(s, { email, password: PASSWORD });
    for (let i = 0; i < 9; i++) assert.equal((await attempt(email, 'wrong-password-1')).body.error!.code, 'CREDENTIALS_INVALID');
    assert.equal((await attempt(email, 'wrong-password-1')).body.error!.code, 'CREDENTIALS_INVALID'); // 10th: wait 1 s starts
    const throttled = await attempt(email, PASSWORD);
    assert.equal(throttled.status, 429);
    assert.equal(throttled.body.error!.code, 'ACCOUNT_THROTTLED');
    assert.equal(throttled.headers['retry-after'], '1');
    s.clock.advance(1000);
    assert.equal((await attempt(email, 'wrong-password-1')).body.error!.code, 'CREDENTIALS_INVALID'); // 11th: wait 2 s
    assert.equal((await attempt(email, PASSWORD)).headers['retry-after'], '2');
    s.clock.advance(2000);
    const ok = await attempt(email, PASSWORD);
    assert.equal(ok.body.step, 'done');
  });

  test('never more than 100 consecutive failures, and no permanent lockout: it lifts with time or a reset', async () => {
    const email = 'cap@example.com';
    await signUp(s, { email, password: PASSWORD });
    let failures = 0;
    for (let i = 0; i < 400 && failures < 100; i++) {
      const r = await attempt(email, 'wrong-password-1');
      if (r.body.error!.code === 'CREDENTIALS_INVALID') failures++;
      else s.clock.advance(Number(r.headers['retry-after']) * 1000);
    }
    assert.equal(failures, 100);
    const locked = await attempt(email, PASSWORD);
    assert.equal(locked.body.error!.code, 'ACCOUNT_THROTTLED');
    assert.ok(Number(locked.headers['retry-after']) > 3600, 'the cap holds for hours');
    s.clock.advance(24 * 3600_000 + 1000);
    assert.equal((await attempt(email, PASSWORD)).body.step, 'done');
  });

  test('unknown emails get the same captcha and waits as real ones', async () => {
    const ghost = 'ghost@example.com';
    for (let i = 0; i < 10; i++) await attempt(ghost, 'wrong-password-1');
    assert.equal((await attempt(ghost, 'wrong-password-1')).body.error!.code, 'ACCOUNT_THROTTLED');
  });
});
