// Waits fall on the source, never on the account: a busy address waits longer and longer, while the owner from
// elsewhere gets in; past 100 failures in a row every password needs the captcha and meets the waits at once.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, solveCaptcha, startFlow, submit } from '../support/journey.js';
import { PASSWORD, backends } from './risk-support.js';

const RACERS = 50;

for (const backend of backends())
  describe(`waits per source on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({
        ...backend,
        overrides: { risk: { captchaAfterEmailFailures: 1000, captchaAfterIpFailures: 100000 } },
      });
    });
    after(async () => {
      await s.close();
    });

    const attempt = async (email: string, password: string, ip: string, captcha = false) => {
      const flow = (await startFlow(s, { kind: 'sign_in' }, { ip })).body.flow.id as string;
      if (!captcha) return submit(s, flow, { step: 'credentials', email, password }, { ip });
      await submit(s, flow, { step: 'credentials', email, password }, { ip });
      return submit(
        s,
        flow,
        { step: 'credentials', email, password, captcha_answer: await solveCaptcha(s, flow) },
        { ip },
      );
    };

    test('an address waits doubling times past its bar; the owner from another address gets straight in', async () => {
      const email = 'waits@example.com';
      await signUp(s, { email, password: PASSWORD });
      const attacker = '198.51.100.20';
      for (let i = 0; i < 11; i++)
        assert.equal((await attempt(email, 'wrong-password-1', attacker)).body.error!.code, 'CREDENTIALS_INVALID');
      const throttled = await attempt(email, PASSWORD, attacker);
      assert.equal(throttled.status, 429);
      assert.equal(throttled.body.error!.code, 'ACCOUNT_THROTTLED');
      assert.equal(throttled.headers['retry-after'], '1');
      s.clock.advance(1000);
      assert.equal((await attempt(email, 'wrong-password-1', attacker)).body.error!.code, 'CREDENTIALS_INVALID'); // 12th: wait 2 s
      assert.equal((await attempt(email, PASSWORD, attacker)).headers['retry-after'], '2');

      assert.equal((await attempt(email, PASSWORD, '203.0.113.9')).body.step, 'done', 'the account itself never waits');
    });

    test('racing passwords from one busy address: one takes the turn, the rest wait', async () => {
      const ip = '198.51.100.21';
      for (let i = 0; i < 10; i++) await attempt(`ghost${i}@example.com`, 'wrong-password-1', ip);
      // The source's slot and its turn are taken under contention: on PostgreSQL each racer holds its own connection.
      const flows = [];
      for (let i = 0; i < RACERS; i++)
        flows.push((await startFlow(s, { kind: 'sign_in' }, { ip })).body.flow.id as string);
      const replies = await Promise.all(
        flows.map((id, i) =>
          submit(s, id, { step: 'credentials', email: `race${i}@example.com`, password: 'wrong-password-1' }, { ip }),
        ),
      );
      const codes = replies.map((r) => r.body.error!.code);
      assert.equal(codes.filter((c) => c === 'CREDENTIALS_INVALID').length, 1, codes.join());
      assert.equal(codes.filter((c) => c === 'ACCOUNT_THROTTLED').length, RACERS - 1);
    });

    test('past 100 failures in a row: no lockout, but the captcha always and the waits from the first password', async () => {
      const email = 'cap@example.com';
      await signUp(s, { email, password: PASSWORD });
      // 100 failures from 100 addresses, so no address reaches its own bar.
      for (let i = 0; i < 100; i++) {
        assert.equal(
          (await attempt(email, 'wrong-password-1', `10.9.${i >> 8}.${i & 255}`)).body.error!.code,
          'CREDENTIALS_INVALID',
        );
      }
      const fresh = '192.0.2.50';
      assert.equal((await attempt(email, 'wrong-password-1', fresh)).body.error!.code, 'CAPTCHA_REQUIRED');
      assert.equal((await attempt(email, 'wrong-password-1', fresh, true)).body.error!.code, 'CREDENTIALS_INVALID');
      assert.equal(
        (await attempt(email, 'wrong-password-1', fresh, true)).body.error!.code,
        'ACCOUNT_THROTTLED',
        'a wait from the first failure',
      );

      const owner = await attempt(email, PASSWORD, '203.0.113.10', true);
      assert.equal(owner.body.step, 'done', JSON.stringify(owner.body.error));
      assert.equal(
        (await attempt(email, PASSWORD, '203.0.113.11')).body.step,
        'done',
        'success ends the run: no captcha needed now',
      );
    });

    test('unknown emails get the same captcha and waits as real ones', async () => {
      const ip = '198.51.100.22';
      for (let i = 0; i < 11; i++) await attempt('ghost@example.com', 'wrong-password-1', ip);
      assert.equal((await attempt('ghost@example.com', 'wrong-password-1', ip)).body.error!.code, 'ACCOUNT_THROTTLED');
    });
  });
