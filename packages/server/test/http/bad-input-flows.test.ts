// Bad input against a flow's state: a step that is not current, a flow past its life, a code used twice; each refused
// with its catalog code, and the flow left as it was.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, latestCode, signUp, startFlow, submit } from '../support/journey.js';
import { PASSWORD } from './bad-input-bodies.js';
import { refusedWithoutChange } from './refused-without-change.js';

/** A step submitted to flow `id`, to be refused with `code`. */
const submitted = (id: string, payload: object, code: 'FLOW_EXPIRED' | 'FLOW_COMPLETED') => ({
  request: { method: 'POST' as const, url: `/v1/flows/${id}`, payload },
  code,
});

for (const db of databaseKinds()) {
  describe(`bad input against a flow's state on ${db}`, () => {
    let s: TestServer;
    let token: string;
    before(async () => {
      s = await startTestServer({ db });
      ({ token } = await signUp(s, { email: 'alice@example.com', password: PASSWORD }));
    });
    after(async () => {
      await s.close();
    });

    test('a submission for a step that is not current → 409 FLOW_STEP_MISMATCH, flow untouched', async () => {
      const signIn = (await startFlow(s, { kind: 'sign_in' })).body.flow.id;
      const signUpFlow = (await startFlow(s, { kind: 'sign_up' })).body.flow.id;
      const others = [
        { step: 'details', email: 'new@example.com', password: PASSWORD, country: 'VN' },
        { step: 'identify', email: 'alice@example.com' },
        { step: 'second_factor', action: 'verify', code: '123456' },
        { step: 'verify_email', action: 'verify', code: '123456' },
        { step: 'verify_code', action: 'resend' },
        { step: 'new_password', password: PASSWORD },
      ];
      const credentials = { step: 'credentials', email: 'alice@example.com', password: PASSWORD };
      await refusedWithoutChange(s, [
        ...others.slice(1).map((b) => ({
          request: { method: 'POST', url: `/v1/flows/${signIn}`, payload: b },
          code: 'FLOW_STEP_MISMATCH' as const,
        })),
        ...[credentials, ...others.slice(1)].map((b) => ({
          request: { method: 'POST', url: `/v1/flows/${signUpFlow}`, payload: b },
          code: 'FLOW_STEP_MISMATCH' as const,
        })),
      ]);
      const mismatch = await submit(s, signIn, others[0]!);
      assert.deepEqual((mismatch.body as any).error.details, { current: 'credentials' });
    });

    test('an expired flow → 410 FLOW_EXPIRED on read and submit, flow untouched', async () => {
      const id = (await startFlow(s, { kind: 'sign_in' })).body.flow.id;
      const stored = await s.tessera.stores.flows.get(id);
      s.clock.advance(31 * 60_000);
      await refusedWithoutChange(s, [
        { request: { method: 'GET', url: `/v1/flows/${id}` }, code: 'FLOW_EXPIRED' },
        submitted(id, { step: 'credentials', email: 'alice@example.com', password: PASSWORD }, 'FLOW_EXPIRED'),
        submitted(
          id,
          { step: 'details', email: 'alice@example.com', password: PASSWORD, country: 'VN' },
          'FLOW_EXPIRED',
        ),
      ]);
      assert.deepEqual(await s.tessera.stores.flows.get(id), stored);
    });

    test('replayed codes: a finished sign-up and a confirmed phone refuse the same code again', async () => {
      const flow = (await startFlow(s, { kind: 'sign_up' })).body.flow.id;
      await submit(s, flow, { step: 'details', email: 'carol@example.com', password: PASSWORD, country: 'VN' });
      const code = await latestCode(s, 'carol@example.com');
      const done = await submit(s, flow, { step: 'verify_email', action: 'verify', code });
      assert.equal(done.body.step, 'done');
      const phone = await addPhone(s, token, '+12015550123', PASSWORD);
      const phoneCode = await latestCode(s, phone);
      await refusedWithoutChange(s, [
        submitted(flow, { step: 'verify_email', action: 'verify', code }, 'FLOW_COMPLETED'),
        submitted(
          flow,
          { step: 'details', email: 'carol@example.com', password: PASSWORD, country: 'VN' },
          'FLOW_COMPLETED',
        ),
        {
          request: { method: 'POST', url: '/v1/account/phone/verify', payload: { code: phoneCode }, token },
          code: 'FACTOR_NOT_PENDING',
        },
      ]);
      const view = await call(s, 'GET', `/v1/flows/${flow}`);
      assert.equal(view.status, 200);
      assert.equal(view.body.result, undefined, 'a finished flow does not hand out its session again');
    });
  });
}
