// The seed's journey on every database: sign up, verify email, sign in; failures bring the image code; SMS second factor.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  addPhone,
  call,
  latestCode,
  nodeNames,
  outboxCount,
  signInWithPassword,
  signUp,
  solveCaptcha,
  startFlow,
  submit,
} from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const PHONE = '+12015550123';

for (const db of databaseKinds()) {
  describe(`sign-in journey on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, countStatements: true });
    });
    after(async () => {
      await s.close();
    });

    test('sign up → verify email → sign in', async () => {
      const { token } = await signUp(s, { email: 'Alice@Example.com', password: PASSWORD });
      const me = await call(s, 'GET', '/v1/account', undefined, { token });
      assert.equal(me.status, 200);
      assert.equal(me.body.email, 'Alice@Example.com');
      const signedIn = await signInWithPassword(s, 'alice@example.com', PASSWORD);
      assert.equal(signedIn.status, 200);
      assert.equal(signedIn.body.step, 'done');
      assert.match(signedIn.body.result!.session!.token, /^tss_/);
    });

    test('a password sign-in takes its guard slots in one transaction and settles them in one statement', async () => {
      const email = 'counted@example.com';
      await signUp(s, { email, password: PASSWORD });
      const flow = await startFlow(s, { kind: 'sign_in' });
      const counter = s.tessera.database.statements!;
      const before = counter.count;
      const signedIn = await submit(s, flow.body.flow.id, { step: 'credentials', email, password: PASSWORD });
      assert.equal(signedIn.body.step, 'done');
      // The request's own limit (5: BEGIN, the key, its count, the event, COMMIT), the flow, the guard's four slots in
      // one transaction (5), the account, their settling (1), the next steps' reads (2), the finishing unit of work
      // (10: the flow claimed and written, the session with its cap, the audit event). 33 when each slot and each
      // give-back was its own step.
      assert.equal(counter.count - before, 25);
    });

    test('3 wrong passwords → captcha → right password + captcha → SMS → resend (cooldown) → code → done', async () => {
      const email = 'bob@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      await addPhone(s, token, PHONE, PASSWORD);

      const flow = await startFlow(s, { kind: 'sign_in' });
      const id = flow.body.flow.id;
      assert.deepEqual(nodeNames(flow.body), ['email', 'password', 'continue']);
      for (let i = 0; i < 3; i++) {
        const wrong = await submit(s, id, { step: 'credentials', email, password: 'not-the-password' });
        assert.equal(wrong.status, 400);
        assert.equal(wrong.body.error!.code, 'CREDENTIALS_INVALID');
        assert.equal(wrong.body.step, 'credentials');
      }
      const view = await call(s, 'GET', `/v1/flows/${id}`);
      assert.deepEqual(nodeNames(view.body), [
        'email',
        'password',
        'captcha',
        'captcha_answer',
        'continue',
        'new_challenge',
      ]);
      const image = view.body.ui.nodes.find((n: { name: string }) => n.name === 'captcha');
      assert.match(image.src, /^data:image\/png;base64,/);

      const noAnswer = await submit(s, id, { step: 'credentials', email, password: PASSWORD });
      assert.equal(noAnswer.body.error!.code, 'CAPTCHA_REQUIRED');
      const wrongAnswer = await submit(s, id, {
        step: 'credentials',
        email,
        password: PASSWORD,
        captcha_answer: 'XXXXX',
      });
      assert.equal(wrongAnswer.body.error!.code, 'CAPTCHA_INVALID');

      const answer = await solveCaptcha(s, id);
      const sent = await outboxCount(s, PHONE);
      const second = await submit(s, id, {
        step: 'credentials',
        email,
        password: PASSWORD,
        captcha_answer: answer.toLowerCase(),
      });
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.equal(second.body.step, 'second_factor');
      assert.deepEqual(nodeNames(second.body), ['code', 'verify', 'resend', 'help']);
      assert.equal(await outboxCount(s, PHONE), sent + 1);
      const firstCode = await latestCode(s, PHONE);

      const tooSoon = await submit(s, id, { step: 'second_factor', action: 'resend' });
      assert.equal(tooSoon.status, 429);
      assert.equal(tooSoon.body.error!.code, 'RESEND_COOLDOWN');
      assert.equal(await outboxCount(s, PHONE), sent + 1);

      const help = await submit(s, id, { step: 'second_factor', action: 'help' });
      assert.equal(help.status, 200);
      assert.ok(help.body.ui.messages.some((m: { text: string }) => m.text.includes('0123')));

      s.clock.advance(61_000);
      const resent = await submit(s, id, { step: 'second_factor', action: 'resend' });
      assert.equal(resent.status, 200);
      assert.equal(await outboxCount(s, PHONE), sent + 2);
      const code = await latestCode(s, PHONE);

      const stale = await submit(s, id, {
        step: 'second_factor',
        action: 'verify',
        code: firstCode === code ? '000000' : firstCode,
      });
      assert.equal(stale.body.error!.code, 'CODE_INVALID');
      const done = await submit(s, id, { step: 'second_factor', action: 'verify', code });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(done.body.step, 'done');
      assert.match(done.body.result!.session!.token, /^tss_/);

      const replay = await submit(s, id, { step: 'second_factor', action: 'verify', code });
      assert.equal(replay.status, 409);
      assert.equal(replay.body.error?.code, 'FLOW_COMPLETED');
    });

    test('an image code answers one attempt: reusing a right answer fails', async () => {
      const email = 'carl@example.com';
      await signUp(s, { email, password: PASSWORD });
      const flow = await startFlow(s, { kind: 'sign_in' });
      const id = flow.body.flow.id;
      for (let i = 0; i < 3; i++) await submit(s, id, { step: 'credentials', email, password: 'not-the-password' });
      const answer = await solveCaptcha(s, id);
      const wrongPassword = await submit(s, id, {
        step: 'credentials',
        email,
        password: 'still-not-it',
        captcha_answer: answer,
      });
      assert.equal(wrongPassword.body.error!.code, 'CREDENTIALS_INVALID');
      const reused = await submit(s, id, { step: 'credentials', email, password: PASSWORD, captcha_answer: answer });
      assert.equal(reused.body.error!.code, 'CAPTCHA_INVALID');
      const fresh = await solveCaptcha(s, id);
      s.clock.advance(6 * 60_000);
      const expired = await submit(s, id, { step: 'credentials', email, password: PASSWORD, captcha_answer: fresh });
      assert.equal(expired.body.error!.code, 'CAPTCHA_INVALID', 'an image code expires in minutes');
    });
  });
}
