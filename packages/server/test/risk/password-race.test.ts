// Racing wrong passwords are checked no more often than the captcha bars allow, and the burst cannot lock the owner out.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../src/identity/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { solveCaptcha, startFlow, submit } from '../support/journey.js';
import { PASSWORD, addressOf, auditCount, backends, codesOf, ownerWithTotp, racingFlows } from './risk-support.js';

const WRONG = 'wrong-password-1';
/** Racers on one account: enough to overrun a read-then-write check many times over (3 may be checked). */
const RACERS = 200;

for (const backend of backends()) {
  describe(`racing wrong passwords on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(async () => {
      await s.close();
    });

    test(`${RACERS} at once on one account, one flow and one address each: at most 3 checked; the owner still gets in`, async (t) => {
      const email = 'owner@example.com';
      const owner = await ownerWithTotp(s, email);
      const replies = await racingFlows(
        s,
        Array(RACERS).fill({ step: 'credentials', email, password: WRONG }),
        addressOf,
      );
      const codes = codesOf(replies);
      const checked = codes.CREDENTIALS_INVALID ?? 0;
      t.diagnostic(`checked ${checked} of ${RACERS}`);
      assert.ok(checked >= 1 && checked <= 3, JSON.stringify(codes));
      assert.equal(codes.CAPTCHA_REQUIRED, RACERS - checked, JSON.stringify(codes));
      assert.equal(
        await auditCount(s, owner.accountId, 'sign_in.failed'),
        checked,
        'only the checked passwords were refused by the password check',
      );

      // The owner, from an address of their own: the captcha, never a wait; then the second factor.
      const ip = '203.0.113.5';
      const flow = (await startFlow(s, { kind: 'sign_in' }, { ip })).body.flow.id;
      const asked = await submit(s, flow, { step: 'credentials', email, password: PASSWORD }, { ip });
      assert.equal(asked.body.error?.code, 'CAPTCHA_REQUIRED');
      const signedIn = await submit(
        s,
        flow,
        { step: 'credentials', email, password: PASSWORD, captcha_answer: await solveCaptcha(s, flow) },
        { ip },
      );
      assert.equal(signedIn.body.step, 'second_factor', JSON.stringify(signedIn.body.error));
      const done = await submit(
        s,
        flow,
        { step: 'second_factor', action: 'verify', code: totpCode(owner.secret, s.clock.now()) },
        { ip },
      );
      assert.equal(done.body.step, 'done', JSON.stringify(done.body.error));
    });

    test('100 at once from one address, 100 emails: at most 10 checked', async (t) => {
      const bodies = Array.from({ length: 100 }, (_, i) => ({
        step: 'credentials',
        email: `nobody${i}@example.com`,
        password: WRONG,
      }));
      const codes = codesOf(await racingFlows(s, bodies, () => '198.51.100.7'));
      const checked = codes.CREDENTIALS_INVALID ?? 0;
      t.diagnostic(`checked ${checked} of 100`);
      assert.ok(checked >= 1 && checked <= 10, JSON.stringify(codes));
      assert.equal(codes.CAPTCHA_REQUIRED, 100 - checked, JSON.stringify(codes));
    });
  });
}
