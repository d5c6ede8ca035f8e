// The sign-in challenge over HTTP: proof of work solved by a client, single use under parallel replays, the image
// or the proof of work in `image+pow`, and the new-image action that counts as no attempt.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowView } from '@tessera/protocol';
import { singleUseCaptcha } from '../../src/captcha/index.js';
import { databaseKinds, redisUrl, type DbKind } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, solveCaptcha, startFlow, submit, type Reply } from '../support/journey.js';
import { solveViewChallenge } from '../support/proof-of-work.js';

const PASSWORD = 'lantern-harbour-42';
// One failure before the challenge, so each test reaches it with one wrong password.
const RISK = { captchaAfterEmailFailures: 1, captchaAfterIpFailures: 100000, throttleAfterConsecutiveFailures: 8 };

async function flowShowingChallenge(s: TestServer, email: string, ip: string): Promise<Reply<FlowView>> {
  const flow = await startFlow(s, { kind: 'sign_in' }, { ip });
  const failed = await submit(
    s,
    flow.body.flow.id,
    { step: 'credentials', email, password: 'wrong-password-1' },
    { ip },
  );
  // A first wrong password, or (once the email has failed before) the challenge asked for straight away.
  assert.ok(
    ['CREDENTIALS_INVALID', 'CAPTCHA_REQUIRED'].includes(failed.body.error?.code ?? ''),
    JSON.stringify(failed.body),
  );
  return failed;
}

const backends: Array<{ db: DbKind; redis: boolean }> = databaseKinds().map((db) => ({ db, redis: false }));
if (redisUrl()) backends.push({ db: 'sqlite', redis: true });

for (const backend of backends) {
  test(`one solved challenge passes once among 20 parallel checks (${backend.db}${backend.redis ? ' + redis' : ''})`, async () => {
    const s = await startTestServer({ ...backend, overrides: { captcha: { kind: 'image+pow', maxNumber: 300 } } });
    try {
      const port = singleUseCaptcha(s.tessera.captcha, s.tessera.challengeUses);
      const now = s.clock.now();
      const { state, nodes } = await port.issue({ flowId: 'flw_race', now, locale: 'en' });
      const answer = solveViewChallenge({ ui: { nodes } } as unknown as FlowView);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => port.verify({ flowId: 'flw_race', now, state, answer, ip: '' })),
      );
      assert.equal(results.filter(Boolean).length, 1);
    } finally {
      await s.close();
    }
  });
}

const kindsOf = (view: FlowView) => view.ui.nodes.map((n) => n.type);

for (const db of databaseKinds()) {
  describe(`proof-of-work challenge on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { risk: RISK, captcha: { kind: 'pow', maxNumber: 1000 } } });
    });
    after(async () => {
      await s.close();
    });

    test('a client that solves the challenge signs in; the same payload is refused on its second use and in another flow', async () => {
      const email = `pow-${db}@example.com`;
      await signUp(s, { email, password: PASSWORD });
      const shown = await flowShowingChallenge(s, email, '198.51.100.20');
      assert.deepEqual(
        kindsOf(shown.body).filter((k) => k === 'proof_of_work' || k === 'image'),
        ['proof_of_work'],
      );
      const flowId = shown.body.flow.id;
      const payload = solveViewChallenge(shown.body);

      const wrong = await submit(
        s,
        flowId,
        { step: 'credentials', email, password: 'wrong-password-2', captcha_answer: payload },
        { ip: '198.51.100.20' },
      );
      assert.equal(wrong.body.error?.code, 'CREDENTIALS_INVALID', 'the solved challenge let the password be checked');
      const replay = await submit(
        s,
        flowId,
        { step: 'credentials', email, password: PASSWORD, captcha_answer: payload },
        { ip: '198.51.100.20' },
      );
      assert.equal(replay.body.error?.code, 'CAPTCHA_INVALID');
      const elsewhere = await flowShowingChallenge(s, email, '198.51.100.21');
      const foreign = await submit(
        s,
        elsewhere.body.flow.id,
        { step: 'credentials', email, password: PASSWORD, captcha_answer: payload },
        { ip: '198.51.100.21' },
      );
      assert.equal(foreign.body.error?.code, 'CAPTCHA_INVALID');

      const done = await submit(
        s,
        flowId,
        { step: 'credentials', email, password: PASSWORD, captcha_answer: solveViewChallenge(replay.body) },
        { ip: '198.51.100.20' },
      );
      assert.equal(done.body.step, 'done', JSON.stringify(done.body.ui.messages));
    });

    test('twelve parallel submissions of one payload: one passes the challenge, the rest are refused or conflict', async () => {
      const email = `pow-race-${db}@example.com`;
      await signUp(s, { email, password: PASSWORD });
      const shown = await flowShowingChallenge(s, email, '198.51.100.22');
      const payload = solveViewChallenge(shown.body);
      const replies = await Promise.all(
        Array.from({ length: 12 }, () =>
          submit(
            s,
            shown.body.flow.id,
            { step: 'credentials', email, password: 'wrong-password-3', captcha_answer: payload },
            { ip: '198.51.100.22' },
          ),
        ),
      );
      const codes = replies.map((r) => r.body.error?.code ?? (r.body as unknown as { code?: string }).code);
      assert.ok(codes.filter((c) => c === 'CREDENTIALS_INVALID').length <= 1, codes.join());
      for (const c of codes)
        assert.ok(
          ['CREDENTIALS_INVALID', 'CAPTCHA_INVALID', 'FLOW_CONFLICT', 'ACCOUNT_THROTTLED'].includes(String(c)),
          String(c),
        );
    });
  });
}

describe('image+pow, and the new-image action (sqlite)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { risk: RISK, captcha: { kind: 'image+pow', maxNumber: 1000 } },
    });
  });
  after(async () => {
    await s.close();
  });

  test('either the image code or the proof of work passes', async () => {
    const email = 'either@example.com';
    await signUp(s, { email, password: PASSWORD });
    for (const [ip, answer] of [
      ['198.51.100.30', 'image'],
      ['198.51.100.31', 'pow'],
    ] as const) {
      const shown = await flowShowingChallenge(s, email, ip);
      assert.deepEqual(
        kindsOf(shown.body).filter((k) => k === 'proof_of_work' || k === 'image'),
        ['proof_of_work', 'image'],
      );
      const captcha_answer =
        answer === 'image' ? await solveCaptcha(s, shown.body.flow.id) : solveViewChallenge(shown.body);
      const done = await submit(
        s,
        shown.body.flow.id,
        { step: 'credentials', email, password: PASSWORD, captcha_answer },
        { ip },
      );
      assert.equal(done.body.step, 'done', `${answer}: ${JSON.stringify(done.body.ui.messages)}`);
    }
  });

  test('a new image replaces the shown one and counts as no attempt', async () => {
    const email = 'another-image@example.com';
    await signUp(s, { email, password: PASSWORD });
    const shown = await flowShowingChallenge(s, email, '198.51.100.32');
    const flowId = shown.body.flow.id;
    const imageOf = (view: FlowView) => view.ui.nodes.find((n) => n.type === 'image')?.src;
    const oldCode = await solveCaptcha(s, flowId);
    let view = shown.body;
    // More requests than the failures that start the waits: none of them may count as one.
    for (let i = 0; i < RISK.throttleAfterConsecutiveFailures + 2; i++) {
      const another = await submit(
        s,
        flowId,
        { step: 'credentials', action: 'new_challenge' },
        { ip: '198.51.100.32' },
      );
      assert.equal(another.status, 200);
      assert.deepEqual(
        another.body.ui.messages.filter((m) => m.type === 'error'),
        [],
      );
      assert.notEqual(imageOf(another.body), imageOf(view));
      view = another.body;
    }
    const code = await solveCaptcha(s, flowId);
    assert.notEqual(code, oldCode);
    const done = await submit(
      s,
      flowId,
      { step: 'credentials', email, password: PASSWORD, captcha_answer: code },
      { ip: '198.51.100.32' },
    );
    assert.equal(done.body.step, 'done', JSON.stringify(done.body.ui.messages));
  });

  test('asking for a new image when none is shown changes nothing', async () => {
    const flow = await startFlow(s, { kind: 'sign_in' }, { ip: '198.51.100.33' });
    const reply = await submit(
      s,
      flow.body.flow.id,
      { step: 'credentials', action: 'new_challenge' },
      { ip: '198.51.100.33' },
    );
    assert.equal(reply.status, 200);
    assert.deepEqual(
      kindsOf(reply.body).filter((k) => k === 'proof_of_work' || k === 'image'),
      [],
    );
  });
});
