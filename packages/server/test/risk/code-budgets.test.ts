// Authenticator, SMS and emailed codes: each has a budget per code or flow and per account, spent before the code is
// checked, so neither racing submissions nor new flows from new addresses get more guesses.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../src/identity/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, latestCode, signUp, startFlow, submit } from '../support/journey.js';
import { PASSWORD, addressOf, auditCount, backends, codesOf, ownerWithTotp, wrongTotp } from './risk-support.js';

/** Signs in with the password from `ip`, leaving the flow at the second factor. */
async function atSecondFactor(s: TestServer, email: string, ip: string): Promise<string> {
  const flow = (await startFlow(s, { kind: 'sign_in' }, { ip })).body.flow.id as string;
  const r = await submit(s, flow, { step: 'credentials', email, password: PASSWORD }, { ip });
  assert.equal(r.body.step, 'second_factor', JSON.stringify(r.body.error));
  return flow;
}

const together = <T>(n: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => run(i)));

for (const backend of backends()) {
  describe(`code budgets on ${backend.name}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(async () => {
      await s.close();
    });

    test('authenticator: 30 racing wrong codes in one flow are checked at most 5 times, then even the right code is refused', async (t) => {
      const email = 'totp-flow@example.com';
      const owner = await ownerWithTotp(s, email);
      const flow = await atSecondFactor(s, email, '192.0.2.1');
      const wrong = wrongTotp(owner.secret, s.clock.now());
      await together(30, () =>
        submit(s, flow, { step: 'second_factor', action: 'verify', code: wrong }, { ip: '192.0.2.1' }),
      );
      const checked = await auditCount(s, owner.accountId, 'second_factor.failed', 'CODE_INVALID');
      t.diagnostic(`checked ${checked} of 30`);
      assert.ok(checked >= 1 && checked <= 5, String(checked));
      const right = await submit(
        s,
        flow,
        { step: 'second_factor', action: 'verify', code: totpCode(owner.secret, s.clock.now()) },
        { ip: '192.0.2.1' },
      );
      assert.equal(right.body.error?.code, 'CODE_ATTEMPTS_EXCEEDED');
    });

    test('authenticator: new flows from new addresses share the account budget of 10 wrong codes an hour', async (t) => {
      const email = 'totp-account@example.com';
      const owner = await ownerWithTotp(s, email);
      const wrong = wrongTotp(owner.secret, s.clock.now());
      // Four flows from four addresses, each racing 5 wrong codes.
      const flows = [];
      for (let i = 0; i < 4; i++) flows.push(await atSecondFactor(s, email, addressOf(i)));
      await Promise.all(
        flows.flatMap((flow, i) =>
          Array.from({ length: 5 }, () =>
            submit(s, flow, { step: 'second_factor', action: 'verify', code: wrong }, { ip: addressOf(i) }),
          ),
        ),
      );
      const checked = await auditCount(s, owner.accountId, 'second_factor.failed', 'CODE_INVALID');
      t.diagnostic(`checked ${checked} of 20`);
      assert.ok(checked >= 1 && checked <= 10, String(checked));

      const another = await atSecondFactor(s, email, addressOf(9));
      for (let i = 0; i < 10 - checked; i++) {
        await submit(s, another, { step: 'second_factor', action: 'verify', code: wrong }, { ip: addressOf(9) });
      }
      const late = await atSecondFactor(s, email, addressOf(10));
      const refused = await submit(
        s,
        late,
        { step: 'second_factor', action: 'verify', code: totpCode(owner.secret, s.clock.now()) },
        { ip: addressOf(10) },
      );
      assert.equal(refused.body.error?.code, 'ACCOUNT_THROTTLED');
      assert.ok(Number(refused.headers['retry-after']) <= 3600);

      s.clock.advance(3600_000);
      const next = await atSecondFactor(s, email, addressOf(11));
      const done = await submit(
        s,
        next,
        { step: 'second_factor', action: 'verify', code: totpCode(owner.secret, s.clock.now()) },
        { ip: addressOf(11) },
      );
      assert.equal(done.body.step, 'done', JSON.stringify(done.body.error));
    });

    test('SMS: 30 racing wrong codes are checked at most 5 times, then the right code is refused; new flows share the account budget', async (t) => {
      const email = 'sms@example.com';
      const { token, accountId } = await signUp(s, { email, password: PASSWORD });
      const phone = await addPhone(s, token, '+12015550123', PASSWORD);
      const flow = await atSecondFactor(s, email, '192.0.2.2');
      const right = await latestCode(s, phone);
      const wrong = right === '000000' ? '111111' : '000000';
      await together(30, () =>
        submit(s, flow, { step: 'second_factor', action: 'verify', code: wrong }, { ip: '192.0.2.2' }),
      );
      const checked = await auditCount(s, accountId, 'second_factor.failed', 'CODE_INVALID');
      t.diagnostic(`checked ${checked} of 30`);
      assert.ok(checked >= 1 && checked <= 5, String(checked));
      const late = await submit(s, flow, { step: 'second_factor', action: 'verify', code: right }, { ip: '192.0.2.2' });
      assert.equal(late.body.error?.code, 'CODE_ATTEMPTS_EXCEEDED');

      // New flows from new addresses, each with a new code: the account's budget of 10 wrong codes an hour holds.
      for (const ip of [addressOf(20), addressOf(21)]) {
        const next = await atSecondFactor(s, email, ip);
        await together(5, () => submit(s, next, { step: 'second_factor', action: 'verify', code: wrong }, { ip }));
      }
      const total = await auditCount(s, accountId, 'second_factor.failed', 'CODE_INVALID');
      t.diagnostic(`checked ${total} of 40 across three flows`);
      assert.ok(total <= 10, String(total));
      const last = await atSecondFactor(s, email, addressOf(22));
      const refused = await submit(
        s,
        last,
        { step: 'second_factor', action: 'verify', code: await latestCode(s, phone) },
        { ip: addressOf(22) },
      );
      assert.equal(refused.body.error?.code, 'ACCOUNT_THROTTLED');
    });

    test('recovery: racing wrong emailed codes spend the code; new flows from the same source share its budget, others do not', async () => {
      const email = 'recover@example.com';
      await signUp(s, { email, password: PASSWORD });
      const flow = (await startFlow(s, { kind: 'recovery' }, { ip: '192.0.2.3' })).body.flow.id as string;
      assert.equal((await submit(s, flow, { step: 'identify', email }, { ip: '192.0.2.3' })).body.step, 'verify_code');
      const right = await latestCode(s, email);
      const wrong = right === '000000' ? '111111' : '000000';
      const codes = codesOf(
        await together(30, () =>
          submit(s, flow, { step: 'verify_code', action: 'verify', code: wrong }, { ip: '192.0.2.3' }),
        ),
      );
      assert.ok((codes.CODE_INVALID ?? 0) <= 5, JSON.stringify(codes));
      const late = await submit(s, flow, { step: 'verify_code', action: 'verify', code: right }, { ip: '192.0.2.3' });
      assert.equal(late.body.error?.code, 'CODE_ATTEMPTS_EXCEEDED');

      // Another flow from the same address: 5 more wrong codes reach the budget of 10 per address and source.
      const identify = async () => {
        const next = (await startFlow(s, { kind: 'recovery' }, { ip: '192.0.2.3' })).body.flow.id as string;
        assert.equal(
          (await submit(s, next, { step: 'identify', email }, { ip: '192.0.2.3' })).body.step,
          'verify_code',
        );
        return next;
      };
      const second = await identify();
      for (let i = 0; i < 5; i++)
        await submit(s, second, { step: 'verify_code', action: 'verify', code: wrong }, { ip: '192.0.2.3' });
      const third = await identify();
      const refused = await submit(
        s,
        third,
        { step: 'verify_code', action: 'verify', code: await latestCode(s, email) },
        { ip: '192.0.2.3' },
      );
      assert.equal(refused.body.error?.code, 'ACCOUNT_THROTTLED');
      const elsewhere = (await startFlow(s, { kind: 'recovery' }, { ip: '203.0.113.30' })).body.flow.id as string;
      await submit(s, elsewhere, { step: 'identify', email }, { ip: '203.0.113.30' });
      const owner = await submit(
        s,
        elsewhere,
        { step: 'verify_code', action: 'verify', code: await latestCode(s, email) },
        { ip: '203.0.113.30' },
      );
      assert.equal(owner.body.step, 'new_password', 'typing the address elsewhere never blocks the owner');
    });
  });
}
